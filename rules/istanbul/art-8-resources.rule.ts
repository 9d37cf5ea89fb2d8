import { defineRule } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 8: appropriate financial and human resources for the policies, including those carried out by NGOs.
// Evidence: money words (budget-term: begroting, subsidie, financiering, DUVO; shared with the monitoring module's
// budget check) and staff capacity (fte, menskracht, ambtelijke capaciteit; concrete by themselves). A money word
// with an amount in the same sentence ("structureel € 250.000 begroot") is concrete. "Geen extra middelen
// beschikbaar" is negated and counts for nothing (seed 003 L2969-2973); seed 003 names DUVO and a national project
// pool, no amounts per action (gold 39: partial or present).
const SPECS: PolicyEvidence[] = [
  { concepts: ["budget-term"], with: [["@money"]], strong: true },
  { concepts: ["budget-term"] },
  { concepts: ["ic-staff-capacity"], strong: true },
];

export default defineRule({
  id: "art-8-resources",
  kind: "coverage",
  title: { nl: "Financiële middelen (art. 8)", en: "Financial resources (art. 8)" },
  description: {
    nl: "Noemt het beleid de middelen waarmee het wordt uitgevoerd: geld (begroting, subsidie, de decentralisatie-uitkering vrouwenopvang, gemeentefonds, bedragen) en menskracht (fte, capaciteit), ook voor maatschappelijke organisaties? Art. 8 vraagt passende financiële en personele middelen. 'Geen extra middelen beschikbaar' telt niet; geld alleen in een bijlage is gedeeltelijk.",
    en: "Does the policy name the resources with which it is carried out: money (budget, subsidy, the shelter decentralisation grant, municipal fund, amounts) and staff (FTE, capacity), also for civil-society organisations? Art. 8 asks for appropriate financial and human resources. 'No extra funds available' does not count; money only in an appendix is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen geld of menskracht voor de aanpak.",
      en: "The policy names no money or staff for the approach.",
    },
    partial: {
      nl: "Middelen worden alleen genoemd in {where} ('{quote}'), zonder toezegging van geld of menskracht voor de acties.",
      en: "Resources are only mentioned in {where} ('{quote}'), without a commitment of money or staff for the actions.",
    },
  },
  remedies: ["istanbul-resources"],
  sources: [
    { source: "istanbul-convention", locator: "art. 8" },
    { source: "grevio-2020-nl", locator: "P2" },
    { source: "seed-003", locator: "L2969-2981", quote: "geen extra middelen beschikbaar" },
    { source: "seed-003", locator: "L2826-2830", quote: "Decentralisatie-uitkering vrouwenopvang (DUVO)" },
    { source: "seed-002", locator: "L658-662", quote: "de inzet van geld" },
  ],
  articles: ["art. 8"],
  tags: ["policy", "resources"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Maatregelen\n\nVoor de preventiemedewerkers is structureel € 250.000 per jaar [[begroot]].", expect: "present" },
    { text: "De provincie versterkt met [[subsidie]] de regionale aanpak van huiselijk geweld.", expect: "present" },
    { text: "# Uitvoering\n\nVeilig Thuis krijgt 2 [[fte]] extra voor de aanpak.", expect: "present" },
    { text: "# Middelen\n\nDe vrouwenopvang wordt [[gefinancierd]] uit de decentralisatie-uitkering vrouwenopvang.", expect: "present" },
    { text: "# Bijlage 2 Financiën\n\nDe [[subsidie]] van 2018 bedroeg € 40.000.", expect: "partial", note: "Only in an appendix." },
    { text: "# Uitvoering\n\nVoor dit actieprogramma zijn geen extra middelen beschikbaar.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nDe capaciteit van de parkeergarage wordt vergroot en het aantal meldingen stijgt.",
      expect: "missing",
      note: "Capacity of something else is no resource for the approach.",
    },
    { text: "# Maatregelen\n\nWe werken samen met Veilig Thuis en de wijkteams aan snellere hulp.", expect: "missing" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverPolicy(ctx, SPECS));
      },
    };
  },
});
