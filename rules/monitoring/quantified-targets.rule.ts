import { assessCoverage, defineRule, type EvidenceItem, type GradedHit, type Hit } from "../engine/rule-api.js";
import { bodyFor, digitQuantities, hasQuantity, inBody, inContext, inSentence, NUMBER_CONCEPTS, pastTense } from "./lib/evidence.js";

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
  uses: ["target-term", "change-direction", "target-change", "target-multiplier", "target-extra", "target-deadline", "target-horizon", "duration-unit", "past-report-verb", "ambition-term", "budget-term", "@percentage", "@number", "@money", "@year", ...NUMBER_CONCEPTS],
  examples: [
    { text: "Uiterlijk in 2025 heeft [[90 procent]] van de professionals de training over partnergeweld gevolgd.", expect: "present", note: "A deadline with a number." },
    { text: "Ons doel: in 2026 is het aantal hermeldingen bij Veilig Thuis teruggebracht naar [[500]] per jaar.", expect: "present", note: "The perfect tense states the end state of a goal." },
    { text: "In 2021 is het aantal meldingen van huiselijk geweld met 20 procent gestegen.", expect: "missing", note: "A change that happened is no target." },
    { text: "Over vijf jaar mag geen slachtoffer van partnergeweld langer dan twee weken wachten op een plek in de opvang.", expect: "present", note: "A horizon ahead with a ceiling in words (blind tuning writer)." },
    { text: "Het aantal femicides moet [[binnen tien jaar]] naar nul.", expect: "present", note: "A horizon with a quantity without a number." },
    { text: "In 2022 deden 1.340 inwoners een melding van huiselijk geweld bij Veilig Thuis, 11% meer dan in 2021.", expect: "missing", note: "Last year's figures in the simple past are a statistic, not a target." },
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
    { text: "Veel regio's melden toename huiselijk geweld 04-04-2011. Aangiftes, meldingen en incidenten worden op diverse manieren gemeten.", expect: "missing", note: "A date is no target figure." },
    {
      text: "# Financiën\n\nHet Rijk zet extra middelen in: bijna 18 miljoen in 2008, oplopend tot ruim 32 miljoen vanaf 2012.",
      expect: "missing",
      note: "An amount set aside is budget, not a target.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const graded: GradedHit[] = [];
        for (const s of ctx.doc.sentences) {
          if (s.blockType === "footnote" || !(hasQuantity(ctx, s) || spelledDuration(s.index))) continue;
          const target = inContext(ctx, s, ["target-term"], { heading: true });
          const direction =
            inSentence(ctx, s, ["change-direction"]) && (inSentence(ctx, s, ["@year"]) || target || inContext(ctx, s, ["ambition-term"], { heading: true }));
          // "We streven naar 25% minder hermeldingen", "we willen 20 extra opvangplekken": an ambition with its number
          // after it ("hebben 10 ambities geformuleerd" counts the ambitions).
          const firstAmbition = ctx.hits.inSentence(s.index, ["ambition-term"])[0];
          const ambition =
            !!firstAmbition &&
            (ctx.hits.inSentence(s.index, ["@percentage"]).some((h) => h.tokStart >= firstAmbition.tokEnd) ||
              digitQuantities(ctx, s).some((i) => i >= firstAmbition.tokEnd));
          // "Ons doel: het aantal hermeldingen is in 2026 teruggebracht naar 500", "uiterlijk in 2025 heeft 90 procent de
          // training gevolgd": a target word or a deadline makes a change, or a quantity with a year, a target; the
          // perfect tense then states the end state, not the past.
          // A "moet" alone is not enough: "er moeten meer dan 20 plekken bij" in a council's complaint is no target.
          const deadline = inSentence(ctx, s, ["target-deadline"]) && inSentence(ctx, s, ["@year"]);
          // "Over vijf jaar mag geen vrouw langer dan twee weken wachten", "binnen tien jaar naar nul": a horizon ahead
          // without a year does the same as a deadline with one.
          const horizon = inSentence(ctx, s, ["target-horizon"]);
          const intended =
            inSentence(ctx, s, ["target-change"]) && (deadline || horizon || target || inContext(ctx, s, ["ambition-term"], { heading: true }));
          // "het aantal plegers dat hulp krijgt te verdubbelen": an intended halving or doubling is a measure by itself.
          const multiplied = inSentence(ctx, s, ["target-multiplier"]) || (inSentence(ctx, s, ["target-extra"]) && inSentence(ctx, s, ["@year"]));
          if (!target && !direction && !ambition && !intended && !deadline && !horizon && !multiplied) continue;
          // "In 2022 deden 1.340 inwoners een melding, 11% meer dan in 2021": last year's figures in the simple past.
          if ((pastTense(ctx, s) || inSentence(ctx, s, ["past-report-verb"])) && !intended && !deadline) continue;
          const q = quantityHit(s.index, s.tokenStart, s.tokenEnd);
          if (!q) continue;
          // Money set aside ("extra middelen: 32 miljoen vanaf 2012") is budget, a check of its own, not a target.
          if (inSentence(ctx, s, ["budget-term"]) && !inSentence(ctx, s, ["target-term", "@percentage"])) continue;
          graded.push({ hit: q, grade: inBody(ctx, s) ? "strong" : undefined });
        }
        // Goals without a number: a mention of targets, partial at most.
        const evidence: EvidenceItem[] = [{ concepts: ["target-term"], grade: (_h, s) => (s.blockType === "footnote" ? null : "weak") }];
        ctx.cover(assessCoverage(ctx, { evidence, graded, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

        function quantityHit(sentence: number, from: number, to: number): Hit | null {
          const s = ctx.doc.sentences[sentence];
          const digits = new Set(digitQuantities(ctx, s));
          const spelled = spelledDuration(sentence);
          const candidates = [
            ...ctx.hits.inSentence(sentence, ["@percentage", "@money", "fraction-statistic"]),
            ...ctx.hits.inSentence(sentence, ["@number"]).filter((h) => digits.has(h.tokStart)),
            ...ctx.hits.inSentence(sentence, ["change-direction"]).filter((h) => h.tokStart >= from && h.tokEnd <= to),
            ...(spelled ? [spelled] : []),
            ...ctx.hits.inSentence(sentence, ["quantity-without-number"]),
          ];
          // A ceiling is no absence: in "uiterlijk in 2026 wacht geen enkel slachtoffer langer dan zes weken" the
          // number stands after "geen"; the deadline that opens the target then carries it.
          const open = candidates.find((h) => !ctx.negated(h));
          if (open) return open;
          if (candidates.length === 0) return null;
          return ctx.hits.inSentence(sentence, ["target-deadline", "target-horizon"]).find((h) => !ctx.negated(h)) ?? candidates[0];
        }

        /** A number in words before a unit of time: "langer dan zes weken", "binnen vijf werkdagen". */
        function spelledDuration(sentence: number): Hit | null {
          const units = new Set(ctx.hits.inSentence(sentence, ["duration-unit"]).map((h) => h.tokStart));
          return ctx.hits.inSentence(sentence, ["@number"]).find((h) => units.has(h.tokEnd)) ?? null;
        }
      },
    };
  },
});
