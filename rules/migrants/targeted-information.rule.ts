import { defineRule } from "../engine/rule-api.js";
import { coverAny, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// Information and prevention aimed at migrants (seed 000 type 1 and 2, Bijlage 1 §1-2): targeted information,
// information workers from the community, or a general information activity (voorlichting, campagne,
// huiskamerbijeenkomst, theater, weerbaarheidstraining) in a paragraph that is about migrants.
const SPECS: CoverSpec[] = [
  { concepts: ["targeted-information", "migrant-information-workers"] },
  {
    concepts: ["information-activity", "living-room-sessions", "dialogue-meetings", "theatre-docudrama", "resilience-training", "indirect-entry", "men-first"],
    near: { concepts: MIGRANT_CONTEXT, scope: "paragraph" },
  },
];

export default defineRule({
  id: "targeted-information",
  kind: "coverage",
  title: { nl: "Voorlichting gericht op migranten", en: "Information aimed at migrants" },
  description: {
    nl: "Heeft het beleid voorlichting of preventie die migranten bereikt: op plekken waar zij komen, in kleine groepen, door voorlichters uit de eigen gemeenschap, of weerbaarheidstrainingen? Algemene voorlichting telt alleen als de alinea over migranten gaat.",
    en: "Does the policy have information or prevention that reaches migrants: at places they go, in small groups, by information workers from their own community, or resilience training? General information only counts when the paragraph is about migrants.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid heeft geen voorlichting of preventie die op migranten is gericht.",
      en: "The policy has no information or prevention aimed at migrants.",
    },
    partial: {
      nl: "Voorlichting voor migranten staat alleen in {where} ('{quote}'), niet als maatregel.",
      en: "Information for migrants is only in {where} ('{quote}'), not as a measure.",
    },
  },
  remedies: ["migrants-targeted-information", "migrants-own-language-information", "migrants-key-figures"],
  sources: [
    { source: "seed-000", locator: "L5872-5894", quote: "Doelgroepgerichte voorlichting en preventie" },
    { source: "seed-000", locator: "L2338-2352", quote: "voorlichting aan de doelgroep" },
    { source: "seed-000", locator: "L5994-6005", quote: "weerbaarheidstrainingen" },
  ],
  tags: ["prevention"],
  uses: ["targeted-information", "migrant-information-workers", "information-activity", "living-room-sessions", "dialogue-meetings", "theatre-docudrama", "resilience-training", "indirect-entry", "men-first", ...MIGRANT_CONTEXT],
  examples: [
    { text: "# Maatregelen\n\nWe organiseren [[voorlichting]] over huiselijk geweld voor vluchtelingen en statushouders.", expect: "present" },
    { text: "# Acties\n\nBij [[inburgeringscursussen]] bieden we een les over relaties en geweld aan.", expect: "present" },
    { text: "# Preventie\n\nWe zetten [[voorlichters eigen taal en cultuur]] in.", expect: "present" },
    {
      text: "# Preventie\n\nIn de Marokkaanse gemeenschap organiseren we [[huiskamerbijeenkomsten]] over opvoeden.",
      expect: "present",
    },
    {
      text: "# Wat gaan we doen\n\n- Sleutelpersonen uit de Eritrese gemeenschap geven [[voorlichting]] over relaties en opvoeding.",
      expect: "present",
      note: "A bullet in a measures section is an action, even without a commitment verb.",
    },
    { text: "# Maatregelen\n\nWe organiseren een voorlichtingscampagne voor alle inwoners.", expect: "missing", note: "General information, no migrant context." },
    {
      text: "# Bijlage 1 Overzicht\n\nEnkele gemeenten geven [[voorlichting aan migranten]].",
      expect: "partial",
      note: "Appendix only.",
    },
    { text: "# Maatregelen\n\nEr is geen voorlichting aan migranten.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nDe voorlichting op scholen gaat door. De cursus voor professionals start in maart.", expect: "missing" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: ["targeted-information", "migrant-information-workers"] }));
      },
    };
  },
});
