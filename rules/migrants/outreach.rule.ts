import { defineRule } from "../engine/rule-api.js";
import { coverAny, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// Adapted, outreaching interventions (seed 000 type 5): consultation hours on location, confidants and
// mediators from the community, and outreach, home visits or a neighbourhood approach. The last three reach
// migrants only when the text says so (seed 000 L2916-2920: a district approach can reach migrants, but that
// stays invisible); without a migrant context they count for part.
const GENERIC = ["outreach-work", "home-visits", "district-approach"];
const SPECS: CoverSpec[] = [
  { concepts: ["walk-in-consultation", "community-mediators"] },
  { concepts: GENERIC, near: { concepts: MIGRANT_CONTEXT, scope: "paragraph" } },
  { concepts: GENERIC, cap: "partial" },
];

export default defineRule({
  id: "outreach",
  kind: "coverage",
  title: { nl: "Outreach in de wijk", en: "Outreach in the neighbourhood" },
  description: {
    nl: "Gaat de hulp naar migranten toe: outreachend werken, huisbezoeken, spreekuren op locatie, vertrouwenspersonen uit de wijk, of een wijkgerichte aanpak die uitdrukkelijk migranten bereikt?",
    en: "Does the help go to migrants: outreach work, home visits, consultation hours on location, confidants from the neighbourhood, or a neighbourhood approach that explicitly reaches migrants?",
  },
  severity: "warning",
  score: 45,
  messages: {
    missing: {
      nl: "Het beleid heeft geen outreachende of wijkgerichte aanpak die migranten bereikt.",
      en: "The policy has no outreach or neighbourhood approach that reaches migrants.",
    },
    partial: {
      nl: "Outreach staat in {where} ('{quote}'), maar niet hoe die migranten bereikt.",
      en: "Outreach is in {where} ('{quote}'), but not how it reaches migrants.",
    },
  },
  remedies: ["migrants-outreach-district", "migrants-key-figures"],
  sources: [
    { source: "seed-000", locator: "L2366-2372", quote: "aangepaste interventiemethodieken, omvat diverse outreach activiteiten" },
    { source: "seed-000", locator: "L6080-6107", quote: "outreach activiteiten" },
    { source: "seed-000", locator: "L2916-2920", quote: "wijkgerichte aanpak" },
  ],
  tags: ["outreach"],
  uses: ["walk-in-consultation", "community-mediators", ...GENERIC, ...MIGRANT_CONTEXT],
  examples: [
    { text: "# Maatregelen\n\nIn wijken met veel statushouders werkt een [[outreachend]] team dat huisbezoeken aflegt.", expect: "present" },
    { text: "# Acties\n\nWe organiseren [[inloopspreekuren]] voor vrouwen in het buurthuis.", expect: "present" },
    { text: "# Maatregelen\n\nWe leiden [[vertrouwenspersonen uit de wijk]] op, van verschillende nationaliteiten.", expect: "present" },
    {
      text: "# Maatregelen\n\nDe [[wijkgerichte aanpak]] richt zich ook op migrantengezinnen, met spreekuren in de eigen taal.",
      expect: "present",
    },
    { text: "# Maatregelen\n\nHet wijkteam legt [[huisbezoeken]] af bij gezinnen met meervoudige problemen.", expect: "partial", note: "Outreach, but no migrant context." },
    { text: "# Maatregelen\n\nGeweld achter de voordeur blijft vaak verborgen.", expect: "missing", note: "Not outreach." },
    { text: "# Maatregelen\n\nEr is geen outreachende hulp voor migranten.", expect: "missing", note: "Negated." },
    { text: "# Bijlage 1 Overzicht\n\nSommige gemeenten houden [[spreekuren voor migranten]] op locatie.", expect: "partial" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: ["walk-in-consultation", "community-mediators", ...GENERIC] }));
      },
    };
  },
});
