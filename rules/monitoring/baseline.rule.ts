import { assessCoverage, defineRule, type EvidenceItem, FLAG_NUMBER, type Sentence } from "../engine/rule-api.js";
import { bodyFor, hasQuantity, inBody, inSentence, pastTense } from "./lib/evidence.js";

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
  uses: ["baseline-term", "baseline-frame", "baseline-comparison", "@year"],
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
    { text: "# Doelen\n\nJongeren zijn minder tolerant ten opzichte van partnermishandeling.", expect: "missing", note: "'ten opzichte van' without a year is no baseline." },
    { text: "# Maatregelen\n\nWe organiseren een meting van de tevredenheid onder cliënten.", expect: "missing" },
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
          // "ten opzichte van 2009": a comparison with a base year.
          {
            concepts: ["baseline-comparison"],
            grade: (h, s) => {
              const t = ctx.doc.tokens;
              const year = ctx.hits.inSentence(s.index, ["@year"]).some((y) => y.tokStart >= h.tokEnd && y.tokStart - h.tokEnd <= 1);
              const lastYear = ["vorig", "afgelopen"].includes(t.normAt(h.tokEnd)) && t.normAt(h.tokEnd + 1) === "jaar";
              if (!year && !lastYear) return null;
              // A trend that already happened ("is in 2014 gestegen ten opzichte van 2011") is a figure, not a baseline.
              return inBody(ctx, s) && inSentence(ctx, s, ["@year"]) && !pastTense(ctx, s) ? "strong" : "weak";
            },
          },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

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
