import { assessCoverage, defineRule, type EvidenceItem } from "../engine/rule-api.js";
import { admittedSections, bodyFor, inBody, inContext, inSentence, MEASURING, OUTCOME_INDICATORS, OUTPUT_INDICATORS, pastTense } from "./lib/evidence.js";

// Outcome indicators (seed 000 §4.1-4.3): does the policy measure what its work achieves (recidivism, repeat
// reports, victimisation, safety, knowledge and attitude, financial independence) rather than only what it
// does (numbers of meetings, trainings, participants, reports)? Effects in general words ("we meten de
// effecten"), output counts and indicators without an effect make the check partial.
export default defineRule({
  id: "outcome-indicators",
  kind: "coverage",
  title: { nl: "Effectindicatoren", en: "Outcome indicators" },
  description: {
    nl: "Meet het beleid effecten (minder herhaald geweld, minder hermeldingen, minder slachtofferschap, ervaren veiligheid, verandering in kennis en houding) en niet alleen activiteiten (aantal bijeenkomsten, trainingen, deelnemers, meldingen)? Alleen tellingen of effecten in algemene woorden is partial.",
    en: "Does the policy measure effects (less repeated violence, fewer repeat reports, less victimisation, experienced safety, change in knowledge and attitude) and not only activities (numbers of meetings, trainings, participants, reports)? Only counts, or effects in general words, is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen effectindicatoren: niet te zien is of het geweld afneemt of slachtoffers veiliger zijn.",
      en: "The policy names no outcome indicators: nobody can see whether violence decreases or victims are safer.",
    },
    partial: {
      nl: "Het beleid meet alleen activiteiten of noemt effecten in algemene woorden ({where}: '{quote}'), zonder effectindicator.",
      en: "The policy only measures activities or names effects in general words ({where}: '{quote}'), without an outcome indicator.",
    },
  },
  remedies: ["monitoring-outcome-indicators"],
  sources: [
    { source: "seed-000", locator: "L3538-3548", quote: "het aantal bijeenkomsten of trainingen en het aantal bezoekers" },
    { source: "seed-000", locator: "L740-748", quote: "effectiviteit" },
    { source: "seed-000", locator: "L4325-4331", quote: "kennis, houding en gedrag" },
  ],
  tags: ["smart"],
  uses: ["effect-measurement", "output-count", "indicator-term", "change-direction", ...MEASURING, ...OUTCOME_INDICATORS, ...OUTPUT_INDICATORS],
  examples: [
    { text: "# Monitoring\n\nIndicator: het aantal [[hermeldingen]] bij Veilig Thuis een jaar na de melding.", expect: "present" },
    { text: "# Doelen\n\n- Huiselijk geweld: percentage [[recidive]] reduceren.", expect: "present" },
    { text: "# Monitoring\n\nDe GGD meet elke vier jaar het [[percentage slachtoffers]] van huiselijk geweld.", expect: "present" },
    { text: "# Monitoring\n\nWe meten de [[meldingsbereidheid]] van jongeren voor en na de campagne.", expect: "present" },
    { text: "# Monitoring\n\nWe meten het [[aantal bijeenkomsten]] en het aantal deelnemers.", expect: "partial", note: "Output only." },
    { text: "# Monitoring\n\nHet meten van de [[effecten]] van dit actieprogramma is een belangrijk onderdeel.", expect: "partial", note: "Effects in general words." },
    { text: "# Aard en omvang\n\nDe recidive bij huiselijk geweld is hoog.", expect: "missing", note: "A figure in the analysis is no indicator." },
    { text: "# Maatregelen\n\nWe organiseren voorlichting in de wijken.", expect: "missing" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const admitted = admittedSections(ctx, ["indicator-term"]);
        const measuring = (s: Parameters<typeof inContext>[1]) =>
          s.role === "monitoring" || inContext(ctx, s, MEASURING, { heading: true }) || (inSentence(ctx, s, ["change-direction"]) && !pastTense(ctx, s));
        const evidence: EvidenceItem[] = [
          {
            concepts: OUTCOME_INDICATORS,
            grade: (_h, s) => {
              if (!measuring(s)) return null;
              // A text that says it has set no indicators yet has no outcome indicator either.
              if (admitted.size > 0) return "weak";
              return inBody(ctx, s) && s.role !== "problem-analysis" ? "strong" : undefined;
            },
          },
          // What only counts activities or provisions, or names effects without a measure: partial at most.
          { concepts: OUTPUT_INDICATORS, grade: (_h, s) => (measuring(s) ? "weak" : null) },
          { concepts: ["output-count"], grade: () => "weak" },
          { concepts: ["effect-measurement", "indicator-term"], grade: (h, s) => (admitted.has(s.section) && !ctx.negated(h) ? null : "weak") },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));
      },
    };
  },
});
