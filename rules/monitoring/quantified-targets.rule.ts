import { assessCoverage, defineRule, numberRatios, type EvidenceItem, type GradedHit, type Hit, type Sentence } from "../engine/rule-api.js";
import { ARTICLE_MAX_LENGTH, AUTHOR_PRONOUNS, authorVoice, bodyFor, clauseAround, digitQuantities, hasQuantity, inBody, inContext, inSentence, futureTense, NUMBER_CONCEPTS, pastTense, simplePast, spelledCounts } from "./lib/evidence.js";

// Quantified targets (seed 000 §4.3 "prestatiekaart", seed 003 gold 37): a goal with a number, a percentage
// or an amount ("in 2013 bedraagt de geweldsratio 60 procent", "het aantal hermeldingen halveren"). The number
// and the target must belong together: a target word in the sentence, in the line that introduces the list
// ("… de volgende doelstellingen:") or in the section heading ("Streefdoel/indicator"), or a direction of change
// with a year. Figures that are not targets (ages, numbers of municipalities, years, past trends) do not count.
// Goals without a number make the check partial.
export default defineRule({
  id: "quantified-targets",
  kind: "coverage",
  title: { nl: "Gekwantificeerde doelen", en: "Quantified targets" },
  description: {
    nl: "Heeft het beleid doelen met een getal: een streefwaarde, een percentage, een aantal of een termijn (SMART)? Present: een doel met een getal in het beleid; doelen zonder getal of alleen cijfers in de analyse is partial.",
    en: "Does the policy have goals with a number: a target value, a percentage, a count or a time limit (SMART)? Present: a goal with a number in the policy; goals without a number, or figures in the analysis only, is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid heeft geen doelen met een streefwaarde of getal.",
      en: "The policy has no goals with a target value or number.",
    },
    partial: {
      nl: "Het beleid noemt doelen (zoals in {where}: '{quote}'), maar zonder streefwaarde of getal.",
      en: "The policy names goals (as in {where}: '{quote}'), but without a target value or number.",
    },
  },
  remedies: ["monitoring-quantified-targets"],
  sources: [
    { source: "seed-000", locator: "L4505-4509", quote: "kwantitatieve doelen per jaar" },
    { source: "seed-003", locator: "L1803-1807", quote: "De meldingsbereidheid bij burgers en professionals" },
    { source: "seed-003", locator: "L2510-2516", quote: "past bij wat er nodig is" },
  ],
  tags: ["smart"],
  uses: ["target-term", "change-direction", "target-change", "target-multiplier", "target-extra", "target-deadline", "deadline-preposition", "deadline-end", "target-horizon", "duration-unit", "percent-unit", "spelled-count", "ratio-link", "universal-quantifier", "bound-quantifier", "quantity-without-number", "past-report-verb", "forecast-cue", "intention-auxiliary", "author-subject", "author-possessive", "author-body", "national-government", "municipal-cosignatory", "national-scope", "target-adoption", "object-preposition", "ambition-term", "budget-term", "@percentage", "@number", "@money", "@year", ...NUMBER_CONCEPTS],
  examples: [
    { text: "Uiterlijk in 2025 heeft [[90 procent]] van de professionals de training over partnergeweld gevolgd.", expect: "present", note: "A deadline with a number." },
    { text: "Ons doel: in 2026 is het aantal hermeldingen bij Veilig Thuis teruggebracht naar [[500]] per jaar.", expect: "present", note: "The perfect tense states the end state of a goal." },
    { text: "In 2021 is het aantal meldingen van huiselijk geweld met 20 procent gestegen.", expect: "missing", note: "A change that happened is no target." },
    { text: "Over vijf jaar mag geen slachtoffer van partnergeweld langer dan twee weken wachten op een plek in de opvang.", expect: "present", note: "A horizon ahead with a ceiling in words (blind tuning writer)." },
    { text: "Het aantal femicides moet [[binnen tien jaar]] naar nul.", expect: "present", note: "A horizon with a quantity without a number." },
    { text: "In 2022 deden 1.340 inwoners een melding van huiselijk geweld bij Veilig Thuis, 11% meer dan in 2021.", expect: "missing", note: "Last year's figures in the simple past are a statistic, not a target." },
    { text: "In 2023 hebben 410 inwoners hulp gekregen van het wijkteam, een stijging van 12 procent ten opzichte van 2022.", expect: "missing", note: "A perfect with a strong participle and a past year reports last year's help (covda)." },
    { text: "Vorig jaar zijn 65 vrouwen en kinderen in de opvang opgevangen, een toename van 9 procent.", expect: "missing", note: "The same report with another strong participle (covda)." },
    { text: "Uiterlijk in 2027 hebben [[alle]] slachtoffers binnen een week hulp gekregen.", expect: "present", note: "With a deadline the perfect is still the end state aimed at (covda)." },
    { text: "Verspreid over vier jaar is voor het landelijke programma tegen huiselijk geweld 75 miljoen euro beschikbaar.", expect: "missing", note: "A period money is spread over is no horizon." },
    { text: "Er moeten in de regio meer dan 20 extra opvangplekken bij, vindt de fractie.", expect: "missing", note: "A demand without a target word or deadline." },
    {
      text: "In het beleidskader zijn twee doelstellingen geformuleerd:\n\n- In 2013 bedraagt de geweldsratio [[60 procent]].\n- Het percentage recidive daalt.",
      expect: "present",
    },
    { text: "# Doelen\n\nOnze doelstelling is dat in 2026 [[80%]] van de slachtoffers binnen vijf werkdagen hulp krijgt.", expect: "present" },
    { text: "# Doelen\n\nHet aantal hermeldingen bij Veilig Thuis daalt in 2027 met [[25]] procent.", expect: "present" },
    { text: "# Streefwaarden\n\nHet aantal meldingen van ouderenmishandeling stijgt naar [[120]] per jaar.", expect: "present" },
    { text: "# Ambitie\n\nDe meldingsbereidheid bij burgers en professionals is vergroot. Dit [[doel]] werken we later uit.", expect: "partial", note: "A goal without a number." },
    { text: "# Visie\n\nDe 14 gemeenten van de regio hebben de ambitie om huiselijk geweld te voorkomen.", expect: "missing", note: "'14 gemeenten' is no target figure." },
    { text: "# Aard en omvang\n\nIn 2016 zijn in Rotterdam 261 huisverboden opgelegd.", expect: "missing", note: "A past figure, not a goal." },
    { text: "# Doelen\n\nJongeren van 12-17 jaar zijn weerbaarder.", expect: "partial", note: "An age range is no target; the goal heading alone is a mention." },
    {
      text: "# Monitoring\n\n| Indicator | Nulmeting 2023 | Streefwaarde 2026 |\n|---|---|---|\n| Hermeldingen bij Veilig Thuis | 30% | [[20%]] |",
      expect: "present",
      note: "A table with a target column.",
    },
    { text: "We streven naar [[25%]] minder hermeldingen bij Veilig Thuis.", expect: "present", note: "An ambition with its number." },
    { text: "# Doelen\n\nIn 2026 is het aantal hermeldingen met [[een derde]] verminderd.", expect: "present", note: "A share in words." },
    { text: "Over drie jaar krijgen [[acht]] op de tien slachtoffers van partnergeweld binnen een week hulp.", expect: "present", note: "A ratio in words with a horizon." },
    { text: "Tegen 2028 wil de gemeente het aantal hermeldingen met [[dertig]] procent verlagen.", expect: "present", note: "A spelled ten before 'procent'." },
    { text: "Eind 2025 zijn [[alle]] huisartsen in de regio getraind in de meldcode.", expect: "present", note: "All of a group by a deadline: a target of a hundred percent." },
    { text: "Eind 2019 waren alle huisartsen in de regio getraind in de meldcode.", expect: "missing", note: "The simple past with 'alle' is a look back." },
    { text: "[[Ten minste 90 procent]] van de wijkteammedewerkers heeft eind 2026 de basistraining gevolgd.", expect: "present", note: "A floor by an end date: the perfect tense is the end state (perp-recall)." },
    { text: "Eind 2021 hadden ten minste 90 procent van de wijkteammedewerkers de basistraining gevolgd.", expect: "missing", note: "The simple past with a floor is a look back." },
    { text: "De capaciteit van de daderhulp wordt voor 2028 [[verdubbeld]].", expect: "present", note: "A doubling before its year (perp-recall)." },
    { text: "Het aantal meldingen bij Veilig Thuis is voor 2020 verdubbeld.", expect: "missing", note: "The perfect tense without a deadline word is what happened." },
    { text: "Het kabinet wil het aantal slachtoffers van partnergeweld in 2030 met een kwart terugbrengen.", expect: "partial", note: "A national target quoted: a mention, not the policy's own." },
    { text: "# Doelen\n\nWe willen het aantal herhaalde meldingen met [[een vijfde]] terugdringen.", expect: "present", note: "A fifth as the size of the change (coverage2)." },
    { text: "# Analyse\n\nEen vijfde van de meldingen komt van scholen.", expect: "missing", note: "A share reported, no target (coverage2)." },
    { text: "Volgens de minister moet het aantal femicides uiterlijk in 2030 met 50 procent gedaald zijn.", expect: "partial", note: "The minister's target." },
    { text: "Ons landelijke doel van 90 procent getrainde professionals in 2030 zien wij als een minimum.", expect: "present", note: "The author speaks: adopted." },
    { text: "Wij sluiten aan bij het landelijke doel om in 2030 [[90 procent]] van de professionals te trainen.", expect: "present", note: "A national target adopted." },
    { text: "De gemeente onderschrijft de ambitie van het kabinet om het aantal hermeldingen in 2028 met [[20]] procent te verlagen.", expect: "present", note: "Adopted by the municipality." },
    { text: "Het kabinet en de VNG willen dat uiterlijk in 2028 [[90 procent]] van de professionals de training heeft gevolgd.", expect: "present", note: "A joint target of the State and the municipalities' association binds the municipalities." },
    { text: "Het kabinet wil dat uiterlijk in 2028 90 procent van de professionals in gemeenten de training heeft gevolgd.", expect: "partial", note: "Municipalities named as where, not as co-signatory." },
    { text: "Rijk en gemeenten spreken af dat uiterlijk in 2028 [[90 procent]] van de professionals de training heeft gevolgd.", expect: "present", note: "State and municipalities agree together." },
    { text: "Met geld van het Rijk wordt de opvang in 2027 uitgebreid met [[20]] extra plekken.", expect: "present", note: "The State after a preposition is a source of money, not the target's subject." },
    { text: "Negen op de tien slachtoffers van partnergeweld zoekt geen hulp.", expect: "missing", note: "A ratio without a goal or deadline is a statistic." },
    { text: "De wachttijd voor de vrouwenopvang mag [[per 2027]] niet meer dan tien dagen bedragen.", expect: "present", note: "A ceiling as of a year; 'bedragen' is a verb here, not money (qt-prec)." },
    { text: "Met ingang van 2026 krijgt [[ieder]] slachtoffer binnen 48 uur een vaste contactpersoon.", expect: "present", note: "Every one as of a year (qt-prec)." },
    { text: "Eind 2026 is de wachttijd voor de vrouwenopvang [[niet langer dan]] twee weken.", expect: "present", note: "A ceiling by an end date: 'niet langer dan' is a bound, not 'no longer' (ceil)." },
    { text: "Ons doel is dat slachtoffers van partnergeweld binnen niet langer dan [[10]] dagen een vaste plek krijgen.", expect: "present", note: "'niet … dan' around a comparative negates nothing (ceil)." },
    { text: "Uiterlijk in 2028 ontvangen [[niet minder dan]] 80 procent van de plegers een aanbod voor daderhulp.", expect: "present", note: "A floor by a deadline (ceil)." },
    { text: "In 2022 wachtten slachtoffers van partnergeweld niet langer dan twee weken op een plek in de opvang.", expect: "missing", note: "A ceiling in the simple past is what happened (ceil)." },
    { text: "Wij zorgen ervoor dat de wachttijden voor de vrouwenopvang eind 2027 [[niet langer zijn dan]] tien dagen.", expect: "present", note: "The ceiling split by its copula in a subordinate clause (ceil)." },
    { text: "Het streven is dat slachtoffers niet langer op een wachtlijst voor de opvang staan.", expect: "missing", note: "'Niet langer' without 'dan' is 'no longer': no figure (ceil)." },
    { text: "Het streven is dat [[zestig]] plegers per jaar deelnemen aan het daderprogramma.", expect: "present", note: "A count in words after an ambition (qt-prec)." },
    { text: "Onze ambitie is [[nul]] femicides in 2030.", expect: "present", note: "None left as the count aimed at (qt-prec)." },
    { text: "In totaal werkten twintig organisaties mee aan het onderzoek naar femicide.", expect: "missing", note: "A count in words without a goal is no target." },
    { text: "Per 1 januari 2009 is de Wet tijdelijk huisverbod van kracht gegaan.", expect: "missing", note: "A date a law took effect is no target." },
    { text: "Naar verwachting stijgt het aantal meldingen bij Veilig Thuis in 2026 tot ruim 5.000.", expect: "missing", note: "A forecast is no target (prec)." },
    { text: "Veel regio's melden toename huiselijk geweld 04-04-2011. Aangiftes, meldingen en incidenten worden op diverse manieren gemeten.", expect: "missing", note: "A date is no target figure." },
    {
      text: "# Financiën\n\nHet Rijk zet extra middelen in: bijna 18 miljoen in 2008, oplopend tot ruim 32 miljoen vanaf 2012.",
      expect: "missing",
      note: "An amount set aside is budget, not a target.",
    },
    {
      text: "Overwegende dat in 2023 meer dan 4.000 meldingen van partnergeweld werden behandeld; overwegende dat de gemeente moet bijdragen aan de aanpak;",
      expect: "missing",
      note: "In a sentence of clauses, the figure's own clause is a past report.",
    },
    { text: "Maandag 3 maart 2025 - 14:30\n\nPilot huisverbod van start\n\nMet de wet wil het Rijk huiselijk geweld verder terugdringen.", expect: "missing", note: "A clock time is no quantity." },
    { text: "De voortgangsrapportage laat de realisatie zien van de ambities van de 25 regionale plannen tegen huiselijk geweld.", expect: "missing", note: "The number counts plans." },
    {
      text: "| Indicator | Behaald 2023 | Beoogd 2025 |\n|---|---|---|\n| Aantal meldingen van huiselijk geweld | 640 | [[700]] |",
      expect: "present",
      note: "A column of what is aimed at.",
    },
    {
      text: "2 [[Inhoudsopgave]] Voorwoord 4 Deel A 9 1 Aanleiding Doelstelling en vraagstelling 15 2 Het beleid tegen huiselijk geweld 24 3 Monitoring 37 4 Praktijk",
      expect: "partial",
      note: "A flattened table of contents: its numbers are pages and chapters.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const graded: GradedHit[] = [];
        const prepositions = ctx.hits.tokEnds(["object-preposition"]);
        for (const s of ctx.doc.sentences) {
          if (s.blockType === "footnote" || !(hasQuantity(ctx, s) || spelledDuration(s.index) || ratio(s.index) || universal(s.index) || spelledCounts(ctx, s).length > 0)) continue;
          const target = inContext(ctx, s, ["target-term"], { heading: true });
          const direction =
            inSentence(ctx, s, ["change-direction"]) && (inSentence(ctx, s, ["@year"]) || target || inContext(ctx, s, ["ambition-term"], { heading: true }));
          // "We streven naar 25% minder hermeldingen", "we willen 20 extra opvangplekken": an ambition with its number
          // after it ("hebben 10 ambities geformuleerd" counts the ambitions).
          const firstAmbition = ctx.hits.inSentence(s.index, ["ambition-term"])[0];
          const ambition =
            !!firstAmbition &&
            (ctx.hits.inSentence(s.index, ["@percentage"]).some((h) => h.tokStart >= firstAmbition.tokEnd) ||
              digitQuantities(ctx, s).some((i) => i >= firstAmbition.tokEnd) ||
              spelledCounts(ctx, s).some((h) => h.tokStart >= firstAmbition.tokEnd));
          // "Ons doel: het aantal hermeldingen is in 2026 teruggebracht naar 500", "uiterlijk in 2025 heeft 90 procent de
          // training gevolgd": a target word or a deadline makes a change, or a quantity with a year, a target; the
          // perfect tense then states the end state, not the past.
          // A "moet" alone is not enough: "er moeten meer dan 20 plekken bij" in a council's complaint is no target.
          const deadline = inSentence(ctx, s, ["target-deadline"]) && inSentence(ctx, s, ["@year"]);
          // "vóór 2027", "tegen 2030": a deadline right before its year. A target context, but unlike "uiterlijk" it does
          // not turn a past report into an end state ("voor 2015 waren er 300 meldingen").
          const years = new Set(ctx.hits.inSentence(s.index, ["@year"]).map((y) => y.tokStart));
          const ends = ctx.hits.inSentence(s.index, ["deadline-end"]).some((d) => years.has(d.tokEnd));
          const due = ends || ctx.hits.inSentence(s.index, ["deadline-preposition"]).some((d) => years.has(d.tokEnd));
          // "Over vijf jaar mag geen vrouw langer dan twee weken wachten", "binnen tien jaar naar nul": a horizon ahead
          // without a year does the same as a deadline with one.
          const horizon = inSentence(ctx, s, ["target-horizon"]);
          const intended =
            inSentence(ctx, s, ["target-change"]) && (deadline || due || horizon || target || inContext(ctx, s, ["ambition-term"], { heading: true }));
          // "het aantal plegers dat hulp krijgt te verdubbelen": an intended halving or doubling is a measure by itself.
          const multiplied = inSentence(ctx, s, ["target-multiplier"]) || (inSentence(ctx, s, ["target-extra"]) && inSentence(ctx, s, ["@year"]));
          const directed = inSentence(ctx, s, ["change-direction"]) && due;
          // "Eind 2025 zijn alle huisartsen getraind", "uiterlijk in 2025 heeft elke school een aandachtsfunctionaris": all
          // of a group by a deadline is a target of a hundred percent, and its perfect tense the end state; a simple past
          // ("eind 2019 waren alle …") stays a look back. Only a firm end date: "voor 2025" is also "meant for 2025" and a
          // horizon is often a plan period ("de komende vier jaar werken alle partners samen").
          const universalTarget = (deadline || ends) && !!universal(s.index);
          // "Ten minste 90 procent heeft eind 2025 de training gevolgd": a floor or ceiling by a firm end date is a target
          // like "alle", its perfect tense the end state; "ten minste één op de tien vrouwen" without a date is a statistic.
          const boundTarget = (deadline || ends) && inSentence(ctx, s, ["bound-quantifier"]);
          // "Het aantal plekken wordt voor 2027 verdubbeld", "tegen 2030 gehalveerd": a halving or doubling by a firm end
          // date is a change aimed at. "Voor 2020" is also just "before 2020" ("is voor 2020 verdubbeld", what happened),
          // so with "voor" only a sentence about what will be done counts.
          const scaled =
            (ends || deadline || horizon || (due && futureTense(ctx, s))) && inSentence(ctx, s, ["quantity-without-number"]);
          if (!target && !direction && !directed && !ambition && !intended && !deadline && !horizon && !multiplied && !universalTarget && !boundTarget && !scaled)
            continue;
          // "Naar verwachting stijgt het aantal meldingen in 2026 tot 5.000", "het college verwacht dat … toeneemt tot 120": a
          // forecast of what will happen, not a goal; a target word, an ambition or "we" who expect keep it a target ("het college
          // verwacht dat" in a council proposal is still a forecast).
          if (inSentence(ctx, s, ["forecast-cue"]) && !target && !inSentence(ctx, s, AUTHOR_PRONOUNS) && !inSentence(ctx, s, ["ambition-term", "intention-auxiliary"])) continue;
          // "In 2022 deden 1.340 inwoners een melding, 11% meer dan in 2021": last year's figures in the simple past.
          const past = universalTarget || boundTarget ? simplePast(ctx, s) : pastTense(ctx, s);
          if ((past || inSentence(ctx, s, ["past-report-verb"])) && !intended && !deadline) continue;
          // "Overwegende dat in 2018 meer dan 9.000 oproepen werden behandeld; overwegende dat de gemeente moet …": in a
          // sentence of clauses the quantity's own clause says whether it is a past report.
          const reported = (h: Hit) => {
            const c = clauseAround(ctx, s, h.tokStart);
            if (c === s || intended || deadline) return false;
            return pastTense(ctx, c) || ctx.hits.inSentence(s.index, ["past-report-verb"]).some((v) => v.tokStart >= c.tokenStart && v.tokEnd <= c.tokenEnd);
          };
          const q = quantityHit(s.index, s.tokenStart, s.tokenEnd, universalTarget, reported);
          if (!q) continue;
          // Money set aside ("extra middelen: 32 miljoen vanaf 2012") is budget, a check of its own, not a target. The verb
          // "bedragen" ("de wachttijd mag per 2027 niet meer dan tien dagen bedragen") is no budget word: budget-term
          // reads only the noun.
          const budget = inSentence(ctx, s, ["budget-term"]);
          if (budget && !inSentence(ctx, s, ["target-term", "@percentage"])) continue;
          // "Het kabinet wil het aantal slachtoffers in 2030 met een kwart terugbrengen": a quoted national target is a
          // mention of targets, not the policy's own, unless the policy speaks itself ("ook wij willen …") or adopts it.
          const quoted = national(s) && !authorVoice(ctx, s) && !inSentence(ctx, s, ADOPTION);
          graded.push({ hit: q, grade: quoted ? "weak" : inBody(ctx, s) ? "strong" : undefined });
        }
        // Goals without a number: a mention of targets, partial at most.
        const evidence: EvidenceItem[] = [{ concepts: ["target-term"], grade: (_h, s) => (s.blockType === "footnote" ? null : "weak") }];
        ctx.cover(assessCoverage(ctx, { evidence, graded, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

        function quantityHit(sentence: number, from: number, to: number, timed: boolean, reported: (h: Hit) => boolean): Hit | null {
          const s = ctx.doc.sentences[sentence];
          const digits = new Set(digitQuantities(ctx, s));
          const spelled = spelledDuration(sentence);
          const candidates = [
            ...ctx.hits.inSentence(sentence, ["@percentage", "@money", "fraction-statistic"]),
            ...ctx.hits.inSentence(sentence, ["@number"]).filter((h) => digits.has(h.tokStart)),
            ...ctx.hits.inSentence(sentence, ["change-direction"]).filter((h) => h.tokStart >= from && h.tokEnd <= to),
            ...(spelled ? [spelled] : []),
            ...spelledCounts(ctx, s),
            ...[ratio(sentence)].filter((h): h is Hit => !!h),
            // "Uiterlijk in 2025 heeft elke school een aandachtsfunctionaris": all of a group by a deadline is a target of
            // a hundred percent; without a deadline "alle" is just a word.
            ...(timed ? [universal(sentence)].filter((h): h is Hit => !!h) : []),
            ...ctx.hits.inSentence(sentence, ["quantity-without-number"]),
          ].filter((h) => !reported(h));
          // A ceiling is no absence: in "uiterlijk in 2026 wacht geen enkel slachtoffer langer dan zes weken" the
          // number stands after "geen"; the deadline that opens the target then carries it.
          const open = candidates.find((h) => !ctx.negated(h));
          if (open) return open;
          if (candidates.length === 0) return null;
          return ctx.hits.inSentence(sentence, ["target-deadline", "target-horizon"]).find((h) => !ctx.negated(h)) ?? candidates[0];
        }

        /**
         * A national target: the national government as a subject ("het kabinet wil", "volgens de minister moet"), not
         * after a preposition that makes it a source of money or a partner ("met geld van het Rijk"), or a target word
         * right after a national adjective ("het landelijke doel", "de nationale streefwaarde").
         */
        function national(s: Sentence): boolean {
          const t = ctx.doc.tokens;
          const governed = (h: Hit) =>
            prepositions.has(h.tokStart) || (h.tokStart - 1 > s.tokenStart && prepositions.has(h.tokStart - 1) && t.normAt(h.tokStart - 1).length <= ARTICLE_MAX_LENGTH);
          // "Het kabinet en de VNG willen …": the municipalities as co-signatory make a joint target theirs too.
          const cosigned = (h: Hit) =>
            ctx.hits
              .inSentence(s.index, COSIGNATORY)
              .some((c) => Math.max(c.tokStart - h.tokEnd, h.tokStart - c.tokEnd) <= COSIGN_REACH && JOINING.has(t.normAt(c.tokStart > h.tokStart ? h.tokEnd : c.tokEnd)));
          if (ctx.hits.inSentence(s.index, NATIONAL_GOVERNMENT).some((h) => !governed(h) && !cosigned(h))) return true;
          const scope = new Set(ctx.hits.inSentence(s.index, NATIONAL_SCOPE).map((h) => h.tokEnd));
          return ctx.hits.inSentence(s.index, ["target-term", "ambition-term"]).some((h) => scope.has(h.tokStart));
        }

        /** A ratio of two numbers, in words or digits ("negen op de tien", "9 op de 10"): a share like a percentage. */
        function ratio(sentence: number): Hit | null {
          return numberRatios(ctx, sentence, RATIO_LINK)[0]?.[0] ?? null;
        }

        /** "alle", "elke", "iedere": a candidate for a universal target, if a deadline or horizon stands with it. */
        function universal(sentence: number): Hit | null {
          return ctx.hits.inSentence(sentence, ["universal-quantifier"]).find((h) => !ctx.negated(h)) ?? null;
        }

        /** A number in words before a unit of time or "procent": "langer dan zes weken", "met twintig procent". */
        function spelledDuration(sentence: number): Hit | null {
          const units = new Set(ctx.hits.inSentence(sentence, ["duration-unit", "percent-unit"]).map((h) => h.tokStart));
          return ctx.hits.inSentence(sentence, ["@number"]).find((h) => units.has(h.tokEnd)) ?? null;
        }
      },
    };
  },
});

/** The national government as a subject (lexicon national-government): "het kabinet", "de minister", "het Rijk". */
const NATIONAL_GOVERNMENT = ["national-government"];
/** "landelijk", "nationaal" before a target word: lexicon national-scope. */
const NATIONAL_SCOPE = ["national-scope"];
/**
 * The municipalities, their association or the policy's own body beside the national government (lexicons
 * municipal-cosignatory, author-body: "het kabinet en de VNG", "Rijk en gemeenten"), joined by "en"/"samen met" within a few tokens.
 */
const COSIGNATORY = ["municipal-cosignatory", "author-body"];
const COSIGN_REACH = 3;
const JOINING = new Set(["en", "samen", "met"]);
/** The policy adopting a national target ("wij sluiten aan bij", "onderschrijft"): lexicon target-adoption. */
const ADOPTION = ["target-adoption"];
/** The words between a ratio's two numbers ("op de"): lexicon ratio-link. */
const RATIO_LINK = ["ratio-link"];
