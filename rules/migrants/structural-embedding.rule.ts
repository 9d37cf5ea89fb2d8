import { defineRule } from "../engine/rule-api.js";
import { coverAny, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// The success factors of the wider approach (seed 000 §4.5 and summary §5): structural funding and embedding
// in the regular approach, administrative commitment, civil-service capacity and cooperation between
// departments. They count for migrant reach only in a paragraph about migrants; in a section about migrants
// they count for part. Structural money for the shelter in general is not structural migrant reach.
const FACTORS = ["structural-funding", "administrative-commitment", "civil-service-capacity", "interdepartmental-cooperation", "meldcode-subsidy-condition"];
const SPECS: CoverSpec[] = [
  { concepts: FACTORS, near: { concepts: MIGRANT_CONTEXT, scope: "paragraph" } },
  { concepts: FACTORS, near: { concepts: MIGRANT_CONTEXT, scope: "section" }, cap: "partial" },
];

export default defineRule({
  id: "structural-embedding",
  kind: "coverage",
  title: { nl: "Structurele inbedding van migrantenbereik", en: "Structural embedding of migrant reach" },
  description: {
    nl: "Is het bereiken van migranten structureel ingebed en gefinancierd (reguliere aanpak, structurele middelen, bestuurlijke betrokkenheid, ambtelijke capaciteit, samenwerking tussen afdelingen), in plaats van losse projecten?",
    en: "Is reaching migrants structurally embedded and funded (regular approach, structural resources, administrative commitment, civil-service capacity, cooperation between departments), rather than separate projects?",
  },
  severity: "warning",
  score: 55,
  messages: {
    missing: {
      nl: "Het beleid zegt niet hoe het bereiken van migranten structureel wordt gefinancierd en geborgd.",
      en: "The policy does not say how reaching migrants is structurally funded and embedded.",
    },
    partial: {
      nl: "Borging van migrantenbereik staat alleen in {where} ('{quote}'), zonder concrete afspraak.",
      en: "Embedding of migrant reach is only in {where} ('{quote}'), without a concrete arrangement.",
    },
  },
  remedies: ["migrants-structural-funding"],
  sources: [
    { source: "seed-000", locator: "L352-365", quote: "Structurele financiering" },
    { source: "seed-000", locator: "L485-517", quote: "De belangrijkste succesfactor is gelegen in de borging van continuïteit" },
    { source: "seed-000", locator: "L2696-2744", quote: "Mate waarin de maatregelen structureel zijn ingebed" },
  ],
  tags: ["funding"],
  uses: [...FACTORS, ...MIGRANT_CONTEXT],
  examples: [
    {
      text: "# Financiering\n\nHet bereiken van migranten financieren we vanaf 2025 uit [[structurele middelen]].",
      expect: "present",
    },
    {
      text: "# Maatregelen\n\nDe voorlichting aan vluchtelingen wordt [[structureel onderdeel]] van de reguliere aanpak; we borgen dit in de subsidie.",
      expect: "present",
    },
    {
      text: "# Uitvoering\n\nDe afdeling integratie en het team huiselijk geweld financieren de inzet voor statushouders samen via [[samenwerking tussen afdelingen]].",
      expect: "present",
    },
    {
      text: "# Uitvoering\n\nVoor migrantenorganisaties wordt ondertekening van de meldcode een [[subsidievoorwaarde]].",
      expect: "present",
    },
    {
      text: "# Financiering\n\nDe vrouwenopvang wordt uit structurele middelen gefinancierd.",
      expect: "missing",
      note: "Structural money, but not for migrant reach.",
    },
    {
      text: "# Migranten\n\nWe organiseren voorlichting voor migranten.\n\nDe aanpak wordt geborgd in de reguliere werkwijze.",
      expect: "partial",
      note: "Embedding in a section about migrants, not in the same paragraph.",
    },
    {
      text: "# Maatregelen\n\nVoor het project met statushouders zijn geen structurele middelen beschikbaar.",
      expect: "missing",
      note: "Negated.",
    },
    {
      text: "# Bijlage 1 Cases\n\nIn Delfshaven wordt het werk met migrantenorganisaties uit [[structurele middelen]] gefinancierd.",
      expect: "partial",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS));
      },
    };
  },
});
