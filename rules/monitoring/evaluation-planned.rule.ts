import { assessCoverage, clauseBreak, clauseSpan, defineRule, type EvidenceItem, type Hit, presence, type Sentence } from "../engine/rule-api.js";
import { authorVoice, bodyFor, headingOf, inBody, inContext, inSentence, pastTense, simplePast, tokensOf, WHEN } from "./lib/evidence.js";

/** "deze pilot", "dit beleid" (monitoring-outcomes.yml). */
const DEMONSTRATIVE = ["demonstrative"];
/** Words before a policy word that make it the document's own policy ("de aanpak", "onze visie"). */
const SELF_REFERENCE = [...DEMONSTRATIVE, "self-reference-determiner"];
/** The goals, results or effects of the policy ("doelen", "resultaten", "effecten", "doelgroepenbeleid"). */
const OUTCOME = ["evaluated-outcome"];

/** A conjunction between a verb and a noun ("worden gevolgd en de resultaten …"): another clause. */
const CLAUSE_BOUNDARY = ["clause-joiner", "clause-breaker"];

/** "is", "heeft", "hebben" (lexicon tense, perfect-auxiliary): the auxiliary of a perfect. */
const PERFECT = ["perfect-auxiliary"];

/** A request of the council to the executive: "Verzoekt het college …", "Is het college bereid …". */
const REQUEST = ["motion-request", "council-question-request"];

// A planned evaluation (seed 001 L5502-5558, seed 003 gold 38): an evaluation of the policy with a moment or
// frequency ("Na een halfjaar vindt een evaluatie plaats", "Deze samenwerkingsafspraken worden begin 2018
// geëvalueerd", "In 2015 wordt door de GGD weer gemeten op de doelstellingen"). Partial: an evaluation without
// a moment, an evaluation of a pilot inside the policy, or one that already took place ("uit de evaluatie van
// de voorgaande regiovisie"). Periodic reporting is monitoring, not evaluation: partial at most.
export default defineRule({
  id: "evaluation-planned",
  kind: "coverage",
  title: { nl: "Geplande evaluatie", en: "Planned evaluation" },
  description: {
    nl: "Plant het beleid een evaluatie van zichzelf, met een moment of frequentie (tussentijds, na twee jaar, in 2026, jaarlijks)? Een evaluatie die al heeft plaatsgevonden, een evaluatie zonder moment of alleen de evaluatie van een pilot is partial.",
    en: "Does the policy plan an evaluation of itself, with a moment or frequency (midway, after two years, in 2026, annually)? An evaluation that already took place, one without a moment, or only the evaluation of a pilot, is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid plant geen evaluatie: niet vastgelegd is wanneer wordt nagegaan of de doelen zijn gehaald.",
      en: "The policy plans no evaluation: it does not fix when it will be checked whether the goals were met.",
    },
    partial: {
      nl: "Evaluatie wordt genoemd in {where} ('{quote}'), maar zonder moment, alleen voor een onderdeel of als terugblik.",
      en: "Evaluation is mentioned in {where} ('{quote}'), but without a moment, only for a part, or as a look back.",
    },
  },
  remedies: ["monitoring-evaluation-planned"],
  sources: [
    { source: "seed-003", locator: "L2963-2967", quote: "Bij de evaluatie van dit actieprogramma" },
    { source: "seed-003", locator: "L2311-2315", quote: "de evaluatie daarvan vindt plaats in november 2019" },
    { source: "seed-001", locator: "L5554-5558", quote: "Wie deze evaluatie zal gaan uitvoeren en wat de tijdplanning is, is nog niet bekend" },
  ],
  tags: ["accountability"],
  uses: ["reference-list-heading", "evaluation-term", "evaluation-review", "continuation-decision", "examine-verb", "evaluation-object", "moment-lead", "period-unit", "@number", "@year", "goal-measurement", "policy-self-reference", "sub-project-noun", "past-evaluation-cue", "scheduled-cue", "reporting-term", "periodic-report", "report-infinitive", "case-evaluation-partner", "legislation-object", "author-subject", "author-possessive", "author-body", "monitor-term", "perfect-auxiliary", "discuss-verb", "follow-verb", ...CLAUSE_BOUNDARY, ...REQUEST, ...WHEN],
  examples: [
    { text: "Over drie jaar gaan we [[na]] of de voorlichting over kindermishandeling op scholen effect heeft.", expect: "present", note: "A verb of examining, what it examines and a moment built from its parts." },
    { text: "De politie onderzoekt de aangifte van partnergeweld.", expect: "missing", note: "Examining a case is no evaluation of the policy." },
    { text: "# Monitoring\n\nEind 2027 [[bekijken]] we met de partners wat de aanpak heeft opgeleverd.", expect: "present", note: "The perfect belongs to what is examined, not to the examining (coverage2)." },
    { text: "# Monitoring\n\nNa twee jaar [[kijken]] we of de werkwijze het beoogde effect heeft gehad.", expect: "present", note: "'kijken' with what it examines and a moment (coverage2)." },
    { text: "# Monitoring\n\nIn 2021 hebben we [[bekeken]] wat de aanpak heeft opgeleverd.", expect: "partial", note: "The perfect before the examining: a look back (coverage2)." },
    { text: "# Maatregelen\n\nWe kijken of we de opvang in de regio kunnen uitbreiden.", expect: "missing", note: "No result or effect examined (coverage2)." },
    { text: "De tussentijdse [[evaluatie]] van de regiovisie huiselijk geweld is gepland voor het najaar van 2026.", expect: "present", note: "A perfect that schedules is no look back." },
    { text: "De evaluatie van de regiovisie huiselijk geweld was gepland voor 2020.", expect: "partial", note: "In the simple past it is a look back." },
    { text: "Eind 2025 voeren we een [[effectmeting]] uit onder slachtoffers van partnergeweld.", expect: "present", note: "An effect study with a moment." },
    { text: "Ieder halfjaar [[bespreken de partners de resultaten]] van de aanpak huiselijk geweld in de stuurgroep.", expect: "present", note: "A periodic review of the results." },
    { text: "Uit het onderzoek naar de effectiviteit van huisverboden in 2011 bleek dat het geweld afnam.", expect: "missing", note: "A study cited from the past." },
    { text: "In dit [[jaarverslag]] leest u wat het Veiligheidshuis in 2023 deed tegen huiselijk geweld.", expect: "partial", note: "The text is itself the report: a look back, not a plan." },
    { text: "Na een halfjaar vindt een [[evaluatie]] plaats en wordt besloten of deze aanpak in de gehele regio kan worden ingevoerd.", expect: "present" },
    { text: "A. Deze samenwerkingsafspraken worden begin 2018 [[geëvalueerd]] en indien nodig bijgesteld.", expect: "present" },
    { text: "# Monitoring\n\nIn 2015 wordt door de GGD weer [[gemeten]] op de betreffende doelstellingen.", expect: "present" },
    { text: "# Monitoring\n\nHalverwege de looptijd, in 2026, volgt een tussentijdse [[evaluatie]] van de regiovisie.", expect: "present" },
    { text: "# Hoe nu verder\n\nBij de [[evaluatie]] van dit actieprogramma zal getracht worden meer inzicht te krijgen in lokale cijfers.", expect: "partial", note: "No moment." },
    {
      text: "# Maatregelen\n\nIn de regio wordt momenteel een pilot MDA++ uitgevoerd; de [[evaluatie]] daarvan vindt plaats in november 2019.",
      expect: "partial",
      note: "Only a pilot is evaluated, not the policy.",
    },
    { text: "# Visie\n\nUit de [[evaluatie]] van de voorgaande regiovisie in 2018 komen aandachtspunten naar voren.", expect: "partial", note: "Looking back is no planned evaluation." },
    { text: "# Maatregelen\n\nDe afspraken met Veilig Thuis zijn geëvalueerd en aangepast.", expect: "partial", note: "Past." },
    { text: "# Maatregelen\n\nTijdens de looptijd wordt de uitvoeringsagenda zo nodig bijgesteld.", expect: "missing", note: "Adjusting is not evaluating." },
    { text: "# Monitoring\n\nDe raad wordt jaarlijks [[geïnformeerd]] over de resultaten van de aanpak huiselijk geweld.", expect: "present", note: "Periodic reporting to the council." },
    { text: "Veilig Thuis levert elk kwartaal een [[rapportage]] aan de gemeenten.", expect: "present" },
    { text: "Het college stuurt de raad een [[voortgangsrapportage]] over de regiovisie.", expect: "present", note: "A report that is periodic by itself." },
    { text: "# Monitoring\n\nDe GGD-[[monitor]] meet elke vier jaar het percentage slachtoffers van huiselijk geweld.", expect: "present" },
    { text: "In het [[jaarverslag]] 2019 van Veilig Thuis staat dat het aantal meldingen is gestegen.", expect: "partial", note: "A published report cited as a source." },
    {
      text: "# [[Jaarverslag]] 2024 Zorg- en Veiligheidshuis\n\nIn 2024 werden 186 casussen over huiselijk geweld besproken.",
      expect: "partial",
      note: "The title of a report of a year: the text is itself the report.",
    },
    { text: "# Monitoring\n\nDe aanpak stopt niet na drie jaar en langjarige monitoring geeft waardevolle informatie.", expect: "missing", note: "The moment is not the monitor's." },
    { text: "We informeren de raad over de aanpak van huiselijk geweld.", expect: "partial", note: "Reporting without a moment." },
    { text: "Verzoekt het college de aanpak van huiselijk geweld te [[evalueren]] en de raad over de uitkomsten te informeren.", expect: "present", note: "A motion asks for it." },
    { text: "Is het college bereid de aanpak van femicide te [[evalueren]]?", expect: "present", note: "A council question asks for it." },
    { text: "De resultaten van de aanpak huiselijk geweld worden twee keer per jaar [[besproken]] in het bestuurlijk overleg.", expect: "present", note: "Discussing the results at a frequency is a review moment." },
    { text: "In dit hoofdstuk [[bespreken we de resultaten]] van het onderzoek naar huiselijk geweld.", expect: "partial", note: "Discussing without a moment is a mention at most." },
    { text: "We [[volgen]] de voortgang met het dashboard huiselijk geweld en stellen de aanpak jaarlijks bij.", expect: "present", note: "Following the progress, with a frequency." },
    {
      text: "De ontwikkelingen rond huiselijk geweld worden gevolgd en de resultaten worden gecommuniceerd met de gemeenten (2019-2021).",
      expect: "missing",
      note: "The results belong to another clause than 'gevolgd'.",
    },
    { text: "Na afloop van de campagne tegen huiselijk geweld [[peilen we opnieuw]] hoeveel inwoners Veilig Thuis kennen.", expect: "present", note: "A measurement repeated after the campaign." },
    { text: "Het Verwey-Jonker Instituut [[evalueerde]] in 2021 de aanpak van huiselijk geweld.", expect: "partial", note: "The simple past: a look back." },
    { text: "De [[evaluatie]] van de Wet verplichte geestelijke gezondheidszorg verscheen in 2022.", expect: "partial", note: "A report that came out, of a law: a look back." },
    { text: "# Literatuur\n\n- [[Evaluatie]] van de Wet tijdelijk huisverbod (2015). Den Haag: WODC.", expect: "partial", note: "A title in a reference list, its year in brackets." },
    { text: "# Literatuur\n\nEvaluatie van het regionale beleidskader huiselijk geweld, 2015. Utrecht: Movisie.", expect: "partial", note: "A title in a literature section, its year after a comma." },
    { text: "# Bijlage 2\n\n- Movisie, [[Evaluatie]] van de aanpak ouderenmishandeling in de regio, 2016.", expect: "partial", note: "A reference entry as a list item, author first." },
    { text: "# Acties\n\n- [[Evaluatie]] van de regiovisie huiselijk geweld, 2027.", expect: "present", note: "An item of an action list: the year is the plan's moment." },
    { text: "Na twee jaar volgt een [[evaluatie]] van de regiovisie, in 2027.", expect: "present", note: "Running text keeps its moment." },
    { text: "In 2027 volgt een [[evaluatie]] van de Jeugdwet.", expect: "partial", note: "The legislator evaluates its law, not the policy." },
    { text: "In 2027 [[evalueren]] we hoe wij de Wet verplichte ggz in de regio uitvoeren.", expect: "present", note: "The author evaluates its own implementation of a law." },
    { text: "Halverwege de looptijd (2026) volgt een [[evaluatie]] van de regiovisie.", expect: "present", note: "A bracketed moment before the evaluation, not a cited title." },
    { text: "In het najaar van 2026 verschijnt de [[evaluatie]] van de regiovisie.", expect: "present", note: "Coming out in the present with a moment ahead is a plan." },
    { text: "Na een jaar houden we de werkwijze van het wijkteam huiselijk geweld [[tegen het licht]].", expect: "present", note: "An idiom of reviewing with a moment." },
    { text: "Eind 2027 volgt een [[effectonderzoek]] naar de inzet van de aandachtsfunctionarissen huiselijk geweld.", expect: "present", note: "A noun of reviewing with a moment." },
    { text: "Het college neemt de raad twee keer per jaar [[mee in de voortgang]] van de aanpak huiselijk geweld.", expect: "present", note: "Taking the council along in the progress, at a frequency." },
    { text: "[[Bij de jaarrekening]] rapporteert het college over de resultaten van de aanpak huiselijk geweld.", expect: "present", note: "The yearly accounts as the moment of reporting." },
    { text: "De casusregisseur evalueert elke maand met het gezin of de afspraken over veiligheid worden nagekomen.", expect: "missing", note: "One case's evaluation with the family is no evaluation of the policy." },
    { text: "Bij de [[visitatie]] van 2019 kreeg het Veiligheidshuis een positief oordeel over de aanpak van huiselijk geweld.", expect: "partial", note: "A review named by its year took place." },
    {
      text: "Verzoekt het college de raad jaarlijks te [[rapporteren]] over het aantal getrainde professionals in de aanpak van huiselijk geweld.",
      expect: "present",
      note: "A motion asks for a yearly report.",
    },
    { text: "Eind 2026 besluit de raad [[of de werkwijze wordt voortgezet]] in de aanpak van huiselijk geweld.", expect: "present", note: "A decision on continuing, at a moment." },
    { text: "De raad besluit [[of de werkwijze wordt voortgezet]] in de aanpak van huiselijk geweld.", expect: "partial", note: "Without a moment a mention." },
    { text: "We zetten de aanpak van huiselijk geweld in 2026 voort.", expect: "missing", note: "Continuing is no decision on it." },
    {
      text: "De gemeente start een pilot met een vast aanspreekpunt voor slachtoffers van huiselijk geweld.\n\nIn de pilot werken Veilig Thuis en het wijkteam samen.\n\nNa een jaar wordt de pilot [[geëvalueerd]].",
      expect: "present",
      note: "A text that opens with its pilot: the pilot's evaluation is its own.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        // A look back: the past tense, but not a perfect that schedules ("is gepland voor 2026", "is voorzien in 2027").
        const lookBack = (s: Sentence) => pastTense(ctx, s) && (simplePast(ctx, s) || !inSentence(ctx, s, ["scheduled-cue"]));
        // Is the evaluation in this sentence about a pilot or project inside the policy (and not "deze pilot")?
        // "Drie gemeenten zetten hun pilot een jaar voort …" in the opening sentence: a text about a pilot is the pilot's own
        // text, and the pilot's evaluation that of what the text sets out.
        const opening = ctx.doc.sentences.find((x) => x.blockType !== "heading");
        const pilotText =
          !!opening &&
          opening.index <= OPENING_REACH &&
          inSentence(ctx, opening, ["sub-project-noun"]) &&
          presence(ctx, ["sub-project-noun"]).sentences.size >= PILOT_TEXT_MENTIONS;
        const aboutPart = (s: Sentence) => {
          if (pilotText) return false;
          const demonstrative = tokensOf(ctx, DEMONSTRATIVE);
          return ctx.hits.inSentence(s.index, ["sub-project-noun"]).some((h) => !demonstrative.has(h.tokStart - 1));
        };
        const aboutSelf = (s: Sentence) => {
          const determiner = tokensOf(ctx, SELF_REFERENCE);
          return ctx.hits.inSentence(s.index, ["policy-self-reference"]).some((h) => determiner.has(h.tokStart - 1));
        };
        // A moment built from its parts: a lead with a number and a period ("na twee jaar", "eens per drie maanden")
        // or right before a year ("in 2026", "halverwege 2026"); a past sentence stays a look back (below).
        const moment = (s: Sentence) => {
          const numbers = new Set(ctx.hits.inSentence(s.index, ["@number"]).map((h) => h.tokStart));
          const years = new Set(ctx.hits.inSentence(s.index, ["@year"]).map((h) => h.tokStart));
          const periods = new Set(ctx.hits.inSentence(s.index, ["period-unit"]).map((h) => h.tokStart));
          return ctx.hits
            .inSentence(s.index, ["moment-lead"])
            .some((l) => years.has(l.tokEnd) || (numbers.has(l.tokEnd) && periods.has(l.tokEnd + 1)));
        };
        const datedReview = (h: Hit) =>
          DATED.has(ctx.doc.tokens.normAt(h.tokEnd)) && ctx.hits.inSentence(h.sentence, ["@year"]).some((y) => y.tokStart === h.tokEnd + 1);
        // "Evaluatie van de Wet tijdelijk huisverbod (2015)": a year in brackets after the evaluation's title, in its
        // clause, is the year of a cited publication (the reference-list convention), not a moment of a plan; with another
        // year in the sentence ("In 2026 volgt een evaluatie … (2026)") the bracket may repeat the plan's moment.
        // "Evaluatie van het beleidskader, 2015." or "Movisie, Evaluatie van …, 2016.": the same with the year after a
        // comma closing the entry, but only where the sentence is a reference entry (reference-list entry below): in
        // running text or an action list "…, 2027." is a plan's moment.
        const citedYear = (h: Hit) => {
          const text = ctx.doc.text;
          const t = ctx.doc.tokens;
          const years = ctx.hits.inSentence(h.sentence, ["@year"]);
          const s = ctx.doc.sentences[h.sentence];
          return (
            years.length === 1 &&
            years.some(
              (y) =>
                y.tokStart >= h.tokEnd &&
                y.tokStart - h.tokEnd <= CITATION_TITLE_WORDS &&
                ((/\(\s*$/.test(text.slice(t.end[y.tokStart - 1], y.start)) &&
                  /^\s*\)/.test(text.slice(y.end, y.end + 2)) &&
                  !clauseBreak(ctx.doc, h.tokEnd - 1, y.tokStart)) ||
                  (/,\s*$/.test(text.slice(t.end[y.tokStart - 1], y.start)) && y.tokEnd === s.tokenEnd && referenceEntry(s))),
            )
          );
        };
        // A reference list: a section under "Literatuur", "Bronnen" (lexicon reference-list-heading), or a list item
        // outside the parts of a plan that plan (measures, goals, monitoring), where "- Evaluatie …, 2027" is an action.
        const referenceEntry = (s: Sentence) => {
          const heading = headingOf(ctx, s);
          if (heading && inSentence(ctx, heading, REFERENCE_HEADING)) return true;
          return s.blockType === "listItem" && !PLANNING_ROLES.includes(s.role);
        };
        // "De evaluatie van de Wet verplichte ggz", "de Jeugdwet wordt in 2027 geëvalueerd": a law evaluated in the
        // evaluation's clause and close to it is the legislator's evaluation, not the policy's, unless the author speaks
        // ("we evalueren hoe wij de wet uitvoeren") or the council asks for it.
        const ofLegislation = (h: Hit, s: Sentence) => {
          const [from, to] = clauseSpan(ctx.doc, h.tokStart);
          const law = ctx.hits
            .inSentence(s.index, LEGISLATION)
            .some((l) => l.tokStart >= from && l.tokEnd <= to && Math.max(l.tokStart - h.tokEnd, h.tokStart - l.tokEnd) <= LEGISLATION_WINDOW);
          return law && !authorVoice(ctx, s) && !inContext(ctx, s, REQUEST, { heading: true });
        };
        // "In 2027 bekijken we wat de aanpak heeft opgeleverd", "na twee jaar kijken we of het effect heeft gehad": a perfect
        // only after the verb of examining, with no simple past, is the tense of what is examined, not of the examining.
        const examinedPerfect = (s: Sentence, examining?: Hit) =>
          !!examining && !simplePast(ctx, s) && ctx.hits.inSentence(s.index, PERFECT).every((a) => a.tokStart >= examining.tokEnd);
        const planned = (s: Sentence, examining?: Hit): "strong" | "weak" => {
          if ((lookBack(s) && !examinedPerfect(s, examining)) || inSentence(ctx, s, ["past-evaluation-cue"])) return "weak";
          // A motion or council question that asks for an evaluation plans it, with or without a moment.
          const requested = inContext(ctx, s, REQUEST, { heading: true });
          if (!inContext(ctx, s, WHEN) && !moment(s) && !requested) return "weak";
          if (aboutPart(s) && !aboutSelf(s)) return "weak";
          return inBody(ctx, s) ? "strong" : "weak";
        };
        // What is discussed or followed stands in the verb's own clause: "de resultaten worden … besproken", "volgen we
        // de voortgang", not "de ontwikkelingen worden gevolgd en de resultaten worden gecommuniceerd".
        const objectInClause = (h: Hit, words: number) =>
          ctx.hits.inSentence(h.sentence, ["evaluation-object", ...OUTCOME]).some((x) => {
            const [a, b] = x.tokStart >= h.tokEnd ? [h, x] : [x, h];
            if (a.tokEnd > b.tokStart || b.tokStart - a.tokEnd > words) return false;
            if (clauseBreak(ctx.doc, a.tokEnd - 1, b.tokStart)) return false;
            return !ctx.hits.inSentence(h.sentence, CLAUSE_BOUNDARY).some((c) => c.tokStart >= a.tokEnd && c.tokEnd <= b.tokStart);
          });
        // A moment or frequency that goes with a monitor: close to it and not negated ("niet stopt na drie jaar").
        const timedNear = (h: Hit) =>
          ctx.hits
            .inSentence(h.sentence, ["timing-expression"])
            .some((w) => !ctx.negated(w) && Math.max(w.tokStart - h.tokEnd, h.tokStart - w.tokEnd) <= MONITOR_TIMING_WINDOW);
        const plannedReport = (s: Sentence): "strong" | "weak" =>
          lookBack(s) || inSentence(ctx, s, ["past-evaluation-cue"]) || !inBody(ctx, s) ? "weak" : "strong";
        const evidence: EvidenceItem[] = [
          // "Eind 2025 voeren we een effectmeting uit", "ieder halfjaar bespreken de partners de resultaten": the same.
          // "De visitatie van 2019", "het effectonderzoek uit 2022": a review dated by its year is one that took place.
          {
            concepts: ["evaluation-term", "evaluation-review"],
            grade: (h, s) => {
              // "De casusregisseur evalueert elke maand met het gezin …": one case's evaluation, no evaluation of the policy.
              if (inSentence(ctx, s, ["case-evaluation-partner"])) return null;
              return s.blockType === "heading" || datedReview(h) || citedYear(h) || ofLegislation(h, s) ? "weak" : planned(s);
            },
          },
          // Examining how the policy works: a verb of examining with what it examines close by, in the same clause
          // ("Over drie jaar gaan we na of de voorlichting effect heeft", "in 2026 laten we onderzoeken wat het heeft
          // opgeleverd"), then like an evaluation: planned with a moment, a look back or without a moment a mention.
          {
            concepts: ["examine-verb"],
            nearWords: { concepts: ["evaluation-object", ...OUTCOME], words: EXAMINED_OBJECT_WINDOW },
            grade: (h, s) => (s.blockType === "heading" ? "weak" : planned(s, h)),
          },
          // Discussing or following the results or progress at a moment ("de resultaten worden twee keer per jaar
          // besproken", "we volgen de voortgang … en stellen de aanpak jaarlijks bij"): a review moment. Without a moment
          // or frequency it is no evidence at all ("in dit hoofdstuk bespreken we de resultaten"), and a look back stays out.
          {
            concepts: ["discuss-verb", "follow-verb"],
            grade: (h, s) => {
              const window = h.concept === "follow-verb" ? FOLLOWED_OBJECT_WINDOW : DISCUSSED_OBJECT_WINDOW;
              if (s.blockType === "heading" || !objectInClause(h, window)) return null;
              return planned(s) === "strong" ? "strong" : null;
            },
          },
          // Measuring goals or results counts as evaluating them ("wordt … gemeten op de doelstellingen").
          {
            concepts: ["goal-measurement"],
            grade: (_h, s) => {
              const outcome = tokensOf(ctx, OUTCOME);
              if (!ctx.hits.inSentence(s.index, ["policy-self-reference"]).some((h) => outcome.has(h.tokStart))) return null;
              return planned(s);
            },
          },
          // Periodic reporting is a planned evaluation moment: a report with a frequency ("Veilig Thuis levert elk
          // kwartaal een rapportage", "de raad wordt jaarlijks geïnformeerd") or one periodic by itself (jaarverslag,
          // voortgangsrapportage); a periodic monitor likewise ("de GGD-monitor meet elke vier jaar"). Reporting
          // without a moment, or a report that was published, is a mention.
          {
            concepts: ["reporting-term", "periodic-report", "report-infinitive"],
            grade: (h, s) => {
              const periodic = h.concept === "periodic-report" || inContext(ctx, s, ["timing-expression"]);
              if (!periodic) return "weak";
              // "In dit jaarverslag leest u …": the text itself is the report, a look back rather than a plan.
              if (SELF.has(ctx.doc.tokens.normAt(h.tokStart - 1)) && s.blockType !== "heading") return "weak";
              // "In het jaarverslag 2019 staat …": a published report cited as a source.
              if (s.blockType !== "heading" && ctx.hits.inSentence(s.index, ["@year"]).some((y) => y.tokStart === h.tokEnd)) return "weak";
              // "Jaarverslag 2024 Stichting Welzijn Oost", "Jaarverslag Veiligheidshuis 2023": a heading that names a
              // periodic report of a year is the title of the text itself, a report of that year: a look back.
              if (s.blockType === "heading" && h.concept === "periodic-report" && ctx.hits.inSentence(s.index, ["@year"]).length > 0) return "weak";
              return s.blockType === "heading" ? (pastTense(ctx, s) ? "weak" : undefined) : plannedReport(s);
            },
          },
          // "Uiterlijk in juni 2027 wordt bekend of de pilot wordt voortgezet": a decision on continuing, at a moment, rests
          // on what the approach achieved: an evaluation moment. Without a moment it is a mention.
          { concepts: ["continuation-decision"], grade: (_h, s) => (s.blockType === "heading" ? "weak" : planned(s)) },
          { concepts: ["monitor-term"], grade: (h, s) => (s.blockType !== "heading" && timedNear(h) ? plannedReport(s) : null) },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));
      },
    };
  },
});

/** The first sentences of a text, in which a pilot it is about is introduced ("Gemeente start pilot …"). */
const OPENING_REACH = 2;
/** Sentences that name the pilot in a text about it: the pilot is its subject, not a passing measure. */
const PILOT_TEXT_MENTIONS = 3;

/** "de visitatie van 2019", "het effectonderzoek uit 2022": a review named by the year it took place. */
const DATED = new Set(["van", "uit"]);

/** Headings of a reference list (lexicon reference-list-heading), and the roles whose list items are a plan's items. */
const REFERENCE_HEADING = ["reference-list-heading"];
const PLANNING_ROLES: readonly string[] = ["measures", "vision-goals", "monitoring"];

/** Words of a cited title between the evaluation and its bracketed year ("Evaluatie van de Wet tijdelijk huisverbod (2015)"). */
const CITATION_TITLE_WORDS = 10;

/** Legislation as what is evaluated (lexicon legislation-object), and how close to the evaluation it stands. */
const LEGISLATION = ["legislation-object"];
const LEGISLATION_WINDOW = 4;

/** "dit jaarverslag", "deze rapportage": the text refers to itself. */
const SELF = new Set(["dit", "deze", "voorliggende", "voorliggend"]);

/** Words between a verb of examining and what it examines ("gaan we na of de voorlichting op scholen effect heeft"). */
const EXAMINED_OBJECT_WINDOW = 15;

/** Words between "bespreken" and what is discussed ("de resultaten van de aanpak worden twee keer per jaar besproken"). */
const DISCUSSED_OBJECT_WINDOW = 10;

/** Words between "volgen" and what is followed: close, so that "een training volgen over de werking van …" stays out. */
const FOLLOWED_OBJECT_WINDOW = 3;

/** Words between a monitor and its frequency ("de GGD-monitor geeft elke vier jaar", "jaarlijks wordt de monitor herhaald"). */
const MONITOR_TIMING_WINDOW = 4;
