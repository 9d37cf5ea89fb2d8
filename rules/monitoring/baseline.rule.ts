import { assessCoverage, defineRule, type EvidenceItem, FLAG_NUMBER, type GradedHit, type Sentence } from "../engine/rule-api.js";
import { bodyFor, clauseAround, digitQuantities, hasQuantity, inBody, inSentence, pastTense } from "./lib/evidence.js";

/** What makes a figure one that is aimed at: an intention ("willen", "moet"), a target word, an ambition or a change to reach. */
const TARGET_CUES = ["intention-auxiliary", "target-term", "ambition-term", "target-change"];
/** What makes a comparison with a base year one the policy aims from: an intention ("willen", "moet"), a target or an ambition. */
const COMPARISON_AIM = ["intention-auxiliary", "target-term", "ambition-term"];
/** Verbs of the simple past that report last year's figures ("steeg", "daalde"): lexicon past-report-verb. */
const PAST_REPORT = ["past-report-verb"];
/** Words that make the year right after them a deadline ("uiterlijk in 2028", "tegen 2030", "vóór 2027", "eind 2026"). */
const DEADLINE = ["target-deadline", "deadline-end", "deadline-preposition"];
/** Tokens between a deadline word and its year ("uiterlijk in 2028": one). */
const DEADLINE_REACH = 1;
/** A change in the present ("daalt", "neemt af"): with a later year what a plan expects (lexicon present-change-verb). */
const PRESENT_CHANGE = ["present-change-verb"];
/** What makes "als uitgangspunt" a starting value: figures or data, a measurement, a year. */
const FIGURE_WORDS = ["data-figures-term", "measurement-word", "baseline-term", "@year"];
/** A moment ahead without a year: "over vier jaar", "aan het einde van de looptijd". */
const TARGET_MOMENT = ["target-horizon"];

// Baseline (seed 000 §4.3, seed 003 Bijlage 3): a starting value against which the results of the policy are
// set: a nulmeting, a nulsituatie, or a target "ten opzichte van 2009". A pre/post measurement reported in an
// evaluation annex is a mention, not a baseline for the policy.
export default defineRule({
  id: "baseline",
  kind: "coverage",
  title: { nl: "Nulmeting", en: "Baseline" },
  description: {
    nl: "Legt het beleid een uitgangssituatie vast (nulmeting, nulsituatie, referentiejaar) waartegen de resultaten worden afgezet? Present: een nulmeting of een vergelijking met een uitgangsjaar in de doelen of de monitoring; alleen een nulmeting uit een eerder onderzoek of in een bijlage is partial.",
    en: "Does the policy fix a starting point (baseline measurement, zero situation, reference year) against which results are set? Present: a baseline or a comparison with a base year in the goals or monitoring; only a baseline from an earlier study or in an appendix is partial.",
  },
  severity: "warning",
  score: 40,
  messages: {
    missing: {
      nl: "Het beleid heeft geen nulmeting: er is geen uitgangssituatie waartegen resultaten worden gemeten.",
      en: "The policy has no baseline: there is no starting point against which results are measured.",
    },
    partial: {
      nl: "Een nulmeting wordt alleen genoemd in {where} ('{quote}'), niet als uitgangspunt voor de doelen.",
      en: "A baseline is only mentioned in {where} ('{quote}'), not as the starting point of the goals.",
    },
  },
  remedies: ["monitoring-baseline"],
  sources: [
    { source: "seed-003", locator: "L837-845", quote: "geen analyse gemaakt" },
    { source: "seed-003", locator: "L3566-3571", quote: "nulmeting" },
    { source: "seed-000", locator: "L2874-2878", quote: "voor en na afloop van een voorlichtingscampagne" },
  ],
  tags: ["smart"],
  uses: ["baseline-term", "baseline-frame", "past-report-verb", "baseline-comparison", "baseline-current", "current-moment", "pre-measurement-cue", "measurement-word", "measure-start-object", "baseline-as", "data-figures-term", "@year", "@percentage", "@money", "quantity-without-number", "fraction-statistic", ...TARGET_CUES, ...TARGET_MOMENT, ...DEADLINE, ...PRESENT_CHANGE],
  examples: [
    { text: "# Monitoring\n\nIn het eerste kwartaal van 2025 voert de GGD een [[nulmeting]] uit onder jongeren.", expect: "present" },
    { text: "# [[Uitgangssituatie]]\n\nAantal opgelegde tijdelijke huisverboden (2023): 37\n\nAantal crisisplaatsen vrouwenopvang: 14", expect: "present", note: "A heading over figures." },
    { text: "# Uitgangssituatie\n\nDe regio kent een lange traditie van samenwerking tegen huiselijk geweld.", expect: "partial", note: "A heading without figures." },
    { text: "Het aantal meldingen van ouderenmishandeling bedroeg vorig jaar 142. 'Dat is ons [[ijkpunt]],' zegt de beleidsadviseur.", expect: "present", note: "A figure named as the starting point." },
    { text: "Het uitgangspunt van deze visie is dat iedereen recht heeft op een veilig thuis, ongeacht gender.", expect: "missing", note: "A principle is no baseline." },
    { text: "Het percentage volwassenen dat slachtoffer is daalt in 2015 [[ten opzichte van]] 2009.", expect: "present" },
    { text: "# Doelen\n\nHuiselijk geweld is afgenomen ten opzichte van de verschillende [[nulsituaties]].", expect: "present" },
    { text: "# Doelen\n\nDe uitgangswaarde is het aantal meldingen in 2023 (2.780); we willen [[ten opzichte van]] 2023 tien procent meer eerste meldingen.", expect: "present" },
    { text: "# Bijlage 3 Tussenevaluatie\n\nDe tussenevaluatie geeft de resultaten van 28 cliëntsystemen die deelnamen aan de [[nulmeting]].", expect: "partial" },
    { text: "# Monitoring\n\nEr is nog geen nulmeting uitgevoerd.", expect: "missing", note: "Negated." },
    { text: "De meldingen van ouderenmishandeling daalden met 7 procent ten opzichte van 2019.", expect: "missing", note: "A reported change against a past year aims at nothing." },
    { text: "Het aantal meldingen bij Veilig Thuis ligt 8 procent hoger ten opzichte van vorig jaar.", expect: "missing", note: "A statistic compared with last year, no aim." },
    { text: "In 2024 ligt het aantal adviesvragen bij Veilig Thuis 12 procent lager ten opzichte van 2019.", expect: "missing", note: "A level of a later year in the present reports a statistic." },
    { text: "# Doelen\n\nIn 2029 ligt het aantal herhaalde meldingen een vijfde lager [[ten opzichte van]] 2025.", expect: "present", note: "The same shape in a goals section aims from its base year." },
    { text: "Uiterlijk in 2029 ligt het aantal herhaalde meldingen een vijfde lager [[ten opzichte van]] 2025.", expect: "present", note: "A deadline before the later year makes it a target year." },
    { text: "Het aantal herhaalde meldingen neemt in 2029 verder af [[ten opzichte van]] 2025.", expect: "present", note: "A change in the present towards a later year." },
    { text: "# Doelen\n\n[[Ten opzichte van]] 2024 willen we het aantal herhaalde meldingen met een kwart verminderen.", expect: "present", note: "The base year of the policy's own aim." },
    { text: "# Doelen\n\nJongeren zijn minder tolerant ten opzichte van partnermishandeling.", expect: "missing", note: "'ten opzichte van' without a year is no baseline." },
    { text: "# Maatregelen\n\nWe organiseren een meting van de tevredenheid onder cliënten.", expect: "missing" },
    {
      text: "In [[2024]] hadden 310 gezinnen een tweede melding van huiselijk geweld binnen een jaar. In 2028 moeten dat er hooguit 200 zijn.",
      expect: "present",
      note: "A figure with its year, then a target for a later year: the figure is the target's starting value.",
    },
    { text: "In 2024 hadden 310 gezinnen een tweede melding van huiselijk geweld binnen een jaar.", expect: "missing", note: "A figure without a target is no baseline." },
    { text: "Het aantal meldingen steeg van 800 in 2019 naar 1.200 in 2023.", expect: "missing", note: "Two years and figures, but a trend that already happened." },
    { text: "# Doelen\n\n[[Huidige waarde]]: 58 tijdelijke huisverboden per jaar.", expect: "present", note: "The current level with its figure." },
    { text: "De huidige situatie in de opvang voor slachtoffers van huiselijk geweld is zorgelijk.", expect: "missing", note: "The current situation without a figure." },
    { text: "[[Vertrekpunt]] zijn de cijfers over 2024: 2.100 adviezen en 1.350 meldingen bij Veilig Thuis.", expect: "present", note: "A starting point named with its figures." },
    { text: "Het startpunt van de hulp bij huiselijk geweld is een gesprek met het wijkteam.", expect: "missing", note: "A first step, no figure." },
    {
      text: "[[Momenteel]] wacht 40% van de slachtoffers langer dan twee weken op hulp; in 2027 willen we dat terugbrengen tot 10%.",
      expect: "present",
      note: "A figure of now, then an aimed figure for a later year.",
    },
    { text: "Momenteel wacht 40% van de slachtoffers langer dan twee weken op hulp.", expect: "missing", note: "A figure of now without an aim." },
    { text: "[[Uitgangspunt voor de doelen]] is het aantal meldingen van ouderenmishandeling in 2024.", expect: "present", note: "The starting point of the goals." },
    { text: "[[Voordat]] de voorlichting over partnergeweld start, meten we hoe bekend jongeren met Veilig Thuis zijn.", expect: "present", note: "A measurement before the start of a measure." },
    { text: "Na afloop van de voorlichting over partnergeweld krijgen deelnemers een certificaat.", expect: "missing" },
    { text: "We nemen de cijfers van [[2024]] als uitgangspunt voor de monitor huiselijk geweld.", expect: "present", note: "A year and figures taken as the starting point." },
    { text: "We nemen de veiligheid van het kind als uitgangspunt in de aanpak van huiselijk geweld.", expect: "missing", note: "A principle." },
    { text: "Bij aanvang van de hulp aan een gezin meet het wijkteam de veiligheid met een risicotaxatie-instrument.", expect: "missing", note: "An assessment at the start of a case is no baseline." },
    {
      text: "Gezien het convenant van 12 maart 2016; gelet op de richtlijn uit 2006, herzien in 2015; overwegende dat de gemeente moet deelnemen aan de aanpak van huiselijk geweld;",
      expect: "missing",
      note: "Dates in separate clauses of considerations: no starting value with an aim.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const evidence: EvidenceItem[] = [
          // A baseline in the body; one reported in the past tense ("een half jaar na de 0-meting is het geweld
          // afgenomen") belongs to an earlier study.
          // A heading "Uitgangssituatie" or "Nulmeting" over a section that gives figures is that section's baseline.
          {
            concepts: ["baseline-term"],
            grade: (_h, s) =>
              s.blockType === "heading" ? (figuresBelow(s) ? "strong" : "weak") : inBody(ctx, s) && !pastTense(ctx, s) ? "strong" : "weak",
          },
          // "Dat is ons ijkpunt", "met die gegevens als vertrekpunt": a figure named as the starting point, also when it
          // was taken already ("als startpunt is in 2024 een enquête gehouden").
          { concepts: ["baseline-frame"], grade: (_h, s) => (inBody(ctx, s) && s.blockType !== "heading" ? "strong" : "weak") },
          // "ten opzichte van 2009": a comparison with a base year, a baseline only where the sentence aims at something
          // from it: an intention or target word ("ten opzichte van 2024 willen we …"), or a later year it does not
          // report as past ("daalt in 2015 ten opzichte van 2009"), or a goals section. A statistic of a news item ("daalden
          // met 7 procent ten opzichte van 2019", "ligt hoger dan vorig jaar") compares figures and aims at nothing.
          {
            concepts: ["baseline-comparison"],
            grade: (h, s) => {
              const t = ctx.doc.tokens;
              const base = ctx.hits.inSentence(s.index, ["@year"]).find((y) => y.tokStart >= h.tokEnd && y.tokStart - h.tokEnd <= 1);
              const lastYear = ["vorig", "afgelopen"].includes(t.normAt(h.tokEnd)) && t.normAt(h.tokEnd + 1) === "jaar";
              if (!base && !lastYear) return null;
              const yearOf = (y: { start: number; end: number }) => Number(ctx.doc.text.slice(y.start, y.end));
              const laterYears = base ? ctx.hits.inSentence(s.index, ["@year"]).filter((y) => yearOf(y) > yearOf(base)) : [];
              // A later year is one aimed at only when the sentence marks it so: a deadline right before it ("uiterlijk in
              // 2028", "tegen 2030") or a change in the present ("daalt in 2015"). A level in the present ("In 2023 ligt
              // het aantal 8 procent hoger ten opzichte van 2017") reports that year's statistic; without an aim or a
              // goals section it is no base the policy aims from, as the document's own date is not known.
              const deadlines = ctx.hits.inSentence(s.index, DEADLINE);
              const aimedYear = (y: { tokStart: number }) => deadlines.some((d) => d.tokEnd <= y.tokStart && y.tokStart - d.tokEnd <= DEADLINE_REACH);
              const later = laterYears.some(aimedYear) || (laterYears.length > 0 && inSentence(ctx, s, PRESENT_CHANGE));
              const reported = pastTense(ctx, s) || inSentence(ctx, s, PAST_REPORT);
              if (!inSentence(ctx, s, COMPARISON_AIM) && (reported || !(later || s.role === "vision-goals"))) return null;
              // A trend that already happened ("is in 2014 gestegen ten opzichte van 2011") is a figure, not a baseline.
              return inBody(ctx, s) && inSentence(ctx, s, ["@year"]) && !pastTense(ctx, s) ? "strong" : "weak";
            },
          },
          // "De huidige situatie: 42 procent …", "Huidige waarde: 58": the current level, only with its figure.
          { concepts: ["baseline-current"], grade: (_h, s) => (!hasQuantity(ctx, s) ? null : inBody(ctx, s) && !pastTense(ctx, s) ? "strong" : undefined) },
          // "We nemen de cijfers van 2024 als uitgangspunt": a principle ("de veiligheid van het kind als uitgangspunt")
          // becomes a starting value only with figures, a measurement or a year in the sentence.
          {
            concepts: ["baseline-as"],
            grade: (_h, s) => (!inSentence(ctx, s, FIGURE_WORDS) ? null : inBody(ctx, s) && !pastTense(ctx, s) ? "strong" : undefined),
          },
          // "Voordat de campagne start, meten we …", "vóór en na de training een vragenlijst": a measurement before a
          // measure starts. One at the start of help to a family ("bij aanvang van de hulp wordt de veiligheid gemeten")
          // is a case assessment: the measure that starts must be a campaign, training, project or the approach.
          {
            concepts: ["pre-measurement-cue"],
            with: [["measurement-word"], ["measure-start-object"]],
            grade: (_h, s) => (inBody(ctx, s) && !pastTense(ctx, s) ? "strong" : "weak"),
          },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, graded: startingValues(), commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

        /**
         * "In 2023 registreerde Veilig Thuis 1.240 meldingen; in 2027 willen we …", "van 42 procent in 2024 naar 60
         * procent in 2028", "De huidige situatie: 42 procent … Over vier jaar moet dat 60 procent zijn": a figure with its
         * year (or named as the current level), and in the same or the next sentence a figure for a later year (or a
         * horizon) that is aimed at. The first figure is the target's starting value. A trend that already happened
         * ("steeg van 800 in 2019 naar 1.200 in 2023") has no aim.
         */
        function startingValues(): GradedHit[] {
          const out: GradedHit[] = [];
          const sentences = ctx.doc.sentences;
          const yearsOf = (s: Sentence) => ctx.hits.inSentence(s.index, ["@year"]);
          const aimed = (s: Sentence) => hasQuantity(ctx, s) && inSentence(ctx, s, TARGET_CUES) && !pastTense(ctx, s);
          for (const s of sentences) {
            if (s.blockType === "footnote" || s.blockType === "heading" || !hasQuantity(ctx, s)) continue;
            const years = yearsOf(s);
            const current = ctx.hits.inSentence(s.index, ["baseline-current", "current-moment"])[0];
            // "Op dit moment krijgt 60% hulp; we willen dat dat in 2026 90% is": a figure of now before every year, so each
            // year in the sentence lies ahead of it (cov-rec).
            const now = !!current && (years.length === 0 || current.tokStart < years[0].tokStart);
            const start = now ? current : years[0] ?? current;
            if (!start) continue;
            // A fold, not a spread into Math.min: a sentence can hold any number of years (test/engine/big-document.test.ts).
            const from = now ? 0 : years.reduce((m, y) => Math.min(m, Number(ctx.doc.text.slice(y.start, y.end))), years.length > 0 ? Infinity : 0);
            const later = (u: Sentence) =>
              yearsOf(u).some((y) => Number(ctx.doc.text.slice(y.start, y.end)) > from) || inSentence(ctx, u, TARGET_MOMENT);
            const next = sentences[s.index + 1];
            const clause = clauseAround(ctx, s, start.tokStart);
            const same = clause === s ? (years.length > 1 || (now && years.length > 0)) && later(s) && aimed(s) : sameClause(s, clause, now);
            const following = next !== undefined && next.section === s.section && next.blockType !== "heading" && later(next) && aimed(next);
            if (same || following) out.push({ hit: start, grade: inBody(ctx, s) ? "strong" : undefined });
          }
          return out;
        }

        /**
         * In a sentence of clauses between semicolons ("… in werking sinds 2015; gelet op de richtlijn van 2008,
         * aangepast in 2019; overwegende dat de gemeente moet …"), the aim with its later year stands in the starting value's
         * clause or in the next one ("Momenteel wacht 40% …; in 2027 willen we dat terugbrengen tot 10%").
         */
        function sameClause(s: Sentence, c: Sentence, now: boolean): boolean {
          const within = (x: Sentence, concepts: string[]) => ctx.hits.inSentence(s.index, concepts).filter((h) => h.tokStart >= x.tokenStart && h.tokEnd <= x.tokenEnd);
          const yearsIn = (x: Sentence) => within(x, ["@year"]).map((y) => Number(ctx.doc.text.slice(y.start, y.end)));
          const from = now ? 0 : yearsIn(c).reduce((m, y) => Math.min(m, y), Infinity);
          const aimedLater = (x: Sentence) =>
            (yearsIn(x).some((y) => y > from) || within(x, TARGET_MOMENT).length > 0) &&
            (digitQuantities(ctx, x).length > 0 || within(x, ["@percentage", "@money", "quantity-without-number", "fraction-statistic"]).length > 0) &&
            within(x, TARGET_CUES).length > 0 &&
            !pastTense(ctx, x);
          if (aimedLater(c)) return true;
          const next = c.tokenEnd < s.tokenEnd ? clauseAround(ctx, s, c.tokenEnd) : null;
          return !!next && aimedLater(next);
        }

        /** Does the heading's own section state figures ("Aantal huisverboden (2023): 37", a number after a colon included)? */
        function figuresBelow(h: Sentence): boolean {
          const t = ctx.doc.tokens;
          const figure = (x: Sentence) => {
            if (hasQuantity(ctx, x)) return true;
            for (let i = x.tokenStart; i < x.tokenEnd; i++) if ((t.flags[i] & FLAG_NUMBER) !== 0 && !/^(?:19|20)\d\d$/.test(t.normAt(i))) return true;
            return false;
          };
          return ctx.doc.sentences.some((x) => x.section === h.section && x.index > h.index && x.blockType !== "heading" && figure(x));
        }
      },
    };
  },
});
