import { defineRule } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 11: collect disaggregated data on all forms of violence and support research. GREVIO (G5) asks the
// Netherlands to make a breakdown by sex, age and victim-perpetrator relationship mandatory, and seed 002
// (L295-305) shows that the relationship is not even recorded. Present: data broken down by sex, age or the
// relationship, or research into prevalence or effects, as a measure. Registering, monitoring or citing national
// figures without any breakdown counts as partial at most (seed 003: national figures extrapolated, no local analysis,
// L837-845; gold finding 16).
const SPECS: PolicyEvidence[] = [
  { concepts: ["ic-disaggregation", "indicator-sex-disaggregated", "ic-research"], strong: true },
  { concepts: ["data-registration-term", "monitor-term", "data-figures-term", "ic-effect-research"], weak: true },
];

export default defineRule({
  id: "art-11-data-collection",
  kind: "coverage",
  title: { nl: "Gegevensverzameling en onderzoek (art. 11)", en: "Data collection and research (art. 11)" },
  description: {
    nl: "Verzamelt de regio eigen gegevens over geweld, uitgesplitst naar sekse, leeftijd en de relatie tussen pleger en slachtoffer, en laat zij onderzoek doen naar aard, omvang en effect van de aanpak? GREVIO vroeg Nederland in 2020 zulke uitsplitsingen verplicht te maken. Registreren of monitoren zonder uitsplitsing, of landelijke cijfers omrekenen, is gedeeltelijk.",
    en: "Does the region collect its own data on violence, broken down by sex, age and the relationship between perpetrator and victim, and does it commission research into the nature, extent and effect of the approach? In 2020 GREVIO asked the Netherlands to make such breakdowns mandatory. Registering or monitoring without a breakdown, or extrapolating national figures, is partial.",
  },
  severity: "error",
  score: 70,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over het verzamelen van gegevens of onderzoek naar geweld in de regio.",
      en: "The policy says nothing about collecting data on, or researching, violence in the region.",
    },
    partial: {
      nl: "Gegevens komen alleen aan bod in {where} ('{quote}'), zonder uitsplitsing naar sekse, leeftijd of de relatie tussen pleger en slachtoffer.",
      en: "Data are only mentioned in {where} ('{quote}'), without a breakdown by sex, age or the relationship between perpetrator and victim.",
    },
  },
  remedies: ["istanbul-data-collection"],
  sources: [
    { source: "istanbul-convention", locator: "art. 11" },
    { source: "grevio-2020-nl", locator: "G5" },
    { source: "crm-checklist-2021", locator: "a2" },
    { source: "seed-002", locator: "L295-305", quote: "Ook de relatie tussen het slachtoffer en de dader wordt niet" },
    { source: "seed-003", locator: "L837-845", quote: "Er is geen analyse gemaakt van de stand van zaken" },
  ],
  articles: ["art. 11"],
  tags: ["policy", "data"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Monitoring\n\nVeilig Thuis rapporteert jaarlijks het aantal slachtoffers, [[uitgesplitst naar]] sekse en leeftijd.", expect: "present" },
    { text: "# Acties\n\n- We registreren voortaan ook de [[relatie tussen pleger en slachtoffer]].", expect: "present" },
    { text: "# Maatregelen\n\nIn 2025 laten we een [[prevalentieonderzoek]] uitvoeren in de regio.", expect: "present" },
    { text: "De gemeente gaat alle cijfers over huisverboden [[naar sekse]] bijhouden.", expect: "present" },
    {
      text: "# Monitoring\n\nDe gemeenten [[monitoren]] de resultaten bij Veilig Thuis en de vrouwenopvang.",
      expect: "partial",
      note: "Monitoring without any breakdown (seed 003 L2772-2782).",
    },
    { text: "# Bijlage 2 Aard en omvang\n\nDe cijfers zijn [[uitgesplitst naar]] geslacht.", expect: "partial", note: "Only in an appendix." },
    { text: "# Maatregelen\n\nEr wordt nog niet uitgesplitst naar sekse en er is geen onderzoek gedaan.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nDe relatie tussen gemeente en provincie is goed; we zoeken samen naar oplossingen.",
      expect: "missing",
      note: "'relatie' and 'zoeken' in another sense.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverPolicy(ctx, SPECS));
      },
    };
  },
});
