import { defineRule } from "../engine/rule-api.js";
import { coverAny, type CoverSpec } from "./lib/coverage.js";

// Access to help regardless of residence status (seed 000 L2095-2101; Istanbul Convention art. 59): victims
// without a valid status, with a dependent permit, or an independent permit after domestic violence. Naming
// marriage migrants without anything on their residence position counts for part.
const SPECS: CoverSpec[] = [
  { concepts: ["undocumented", "dependent-residence", "residence-status"] },
  { concepts: ["marriage-migrants"], cap: "partial" },
];

export default defineRule({
  id: "residence-status",
  kind: "coverage",
  title: { nl: "Hulp ongeacht verblijfsstatus", en: "Help regardless of residence status" },
  description: {
    nl: "Zegt het beleid welke hulp en opvang er is voor slachtoffers zonder geldige verblijfsstatus of met een afhankelijke verblijfsvergunning, en hoe zij een zelfstandig verblijfsrecht kunnen krijgen?",
    en: "Does the policy say what help and shelter there is for victims without a valid residence status or with a dependent residence permit, and how they can get an independent right of residence?",
  },
  severity: "warning",
  score: 45,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over slachtoffers zonder geldige of met een afhankelijke verblijfsstatus.",
      en: "The policy says nothing about victims without a valid or with a dependent residence status.",
    },
    partial: {
      nl: "Verblijfsstatus komt alleen voor in {where} ('{quote}'), zonder afspraak over toegang tot hulp.",
      en: "Residence status only appears in {where} ('{quote}'), without an arrangement on access to help.",
    },
  },
  remedies: ["migrants-residence-status"],
  sources: [
    { source: "seed-000", locator: "L2095-2101", quote: "zonder geldige verblijfsstatus zijn de interventiemogelijkheden bovendien beperkt" },
    { source: "seed-003", locator: "L2389-2393", quote: "cliënten zonder verblijfsvergunning" },
  ],
  articles: ["art. 59"],
  tags: ["residence"],
  uses: ["undocumented", "dependent-residence", "residence-status", "marriage-migrants"],
  examples: [
    {
      text: "# Opvang\n\nDeze opvang is ook beschikbaar voor cliënten [[zonder verblijfsvergunning]] die in een procedure zitten.",
      expect: "present",
      note: "Seed 003 L2391-2393; 'zonder' belongs to the term and is no negation.",
    },
    { text: "# Maatregelen\n\nWe helpen vrouwen met een [[afhankelijke verblijfsvergunning]] bij de aanvraag van een zelfstandige vergunning.", expect: "present" },
    { text: "# Acties\n\nWe maken afspraken met de [[IND]] over slachtoffers van huiselijk geweld.", expect: "present" },
    { text: "Ook [[ongedocumenteerde]] vrouwen kunnen we opvangen in de noodopvang.", expect: "present" },
    { text: "# Doelgroepen\n\nWe besteden aandacht aan [[huwelijksmigranten]].", expect: "partial", note: "A group with a dependent status, but nothing on residence." },
    { text: "# Opvang\n\nHet verblijf in de crisisopvang duurt gemiddeld drie maanden.", expect: "missing", note: "'verblijf' in the shelter is not residence status." },
    { text: "# Opvang\n\nEr is geen opvang voor vrouwen zonder verblijfsvergunning.", expect: "missing", note: "Negated." },
    { text: "# Bijlage 2 Aard en omvang\n\nSommige slachtoffers hebben [[geen verblijfsstatus]].", expect: "partial" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: ["undocumented", "dependent-residence"] }));
      },
    };
  },
});
