import { defineRule, type Role } from "../engine/rule-api.js";
import { coverAny, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// Migrants and their organisations involved in the approach (seed 000 §3.4 "Betrokkenheid"): migrant and
// self-organisations, an advisory council, key figures, community mediators, own information workers.
// "Zelforganisaties", "sleutelfiguren" and "meedenken" are ambiguous (seed 003 L825: key figures *in the care chain*), so they
// count only in a paragraph about migrants; a mosque alone makes the check partial at most.
// Named forms of involvement are concrete by themselves; a mere mention of migrant organisations needs a
// commitment ("we werken samen met", "subsidiëren").
/** Groups an organisation can be named after (not civic integration or cultural background). */
const ORIGIN = ["migrants", "refugees", "status-holders", "ethnic-minorities", "migrant-communities"];
/** Words between the first part of an elided compound and its organisation ("migranten- en professionele organisaties"). */
const ELIDED_GAP = 3;
/** Besides goals, measures and monitoring, the general parts of a news item, motion or letter state who takes part. */
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];
/**
 * Honour-based violence, forced marriage, abandonment and FGM are the practices migrant outreach works on (seed 000
 * §2.4): key figures and self-organisations in a passage about them are those of the communities concerned.
 */
const PRACTICES = ["honour-based-violence", "forced-marriage", "abandonment-abroad", "fgm", "harmful-traditional-practices"];
const COMMUNITY_CONTEXT = [...MIGRANT_CONTEXT, ...PRACTICES];
const STRONG = ["community-mediators", "migrant-information-workers", "migrant-advisory-council", "representative-consultation", "community-platform", "migrant-organisation-strengthening"];
const SPECS: CoverSpec[] = [
  {
    concepts: [
      "migrant-organisations",
      "community-mediators",
      "migrant-information-workers",
      "migrant-advisory-council",
      "representative-consultation",
      "community-platform",
      "migrant-organisation-strengthening",
    ],
  },
  // Around 2010 "zelforganisaties" in a text that names migrants anywhere in the same section are theirs.
  { concepts: ["self-organisations"], near: { concepts: COMMUNITY_CONTEXT, scope: "section" } },
  // An organisation named after its community ("een Turkse vrouwenorganisatie", "migranten- en vrouwenorganisaties").
  { concepts: ["organisation-head"], after: { concepts: ORIGIN, gap: 0, elided: { gap: ELIDED_GAP } } },
  // Key figures or co-thinking in a paragraph about migrants are a named form of involvement.
  { concepts: ["key-figures", "participation-in-policy"], near: { concepts: COMMUNITY_CONTEXT, scope: "paragraph" }, strong: true },
  // Confidants, ambassadors and role models from the community, in a paragraph about migrants (seed 000 L6103-6112).
  { concepts: ["community-confidants"], near: { concepts: COMMUNITY_CONTEXT, scope: "paragraph" } },
  { concepts: ["self-organisations", "key-figures", "mosques-imams"], cap: "partial" },
];

export default defineRule({
  id: "community-involvement",
  kind: "coverage",
  title: { nl: "Migrantenorganisaties en sleutelfiguren betrokken", en: "Migrant organisations and key figures involved" },
  description: {
    nl: "Betrekt het beleid migranten en hun organisaties (migrantenorganisaties, zelforganisaties, een adviesraad, sleutelfiguren, gemeenschapsbemiddelaars, voorlichters uit de eigen gemeenschap) bij de ontwikkeling of uitvoering van de aanpak?",
    en: "Does the policy involve migrants and their organisations (migrant and self-organisations, an advisory council, key figures, community mediators, information workers from the community) in developing or carrying out the approach?",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen migrantenorganisaties, sleutelfiguren of andere betrokkenheid van migranten.",
      en: "The policy names no migrant organisations, key figures or other involvement of migrants.",
    },
    partial: {
      nl: "Betrokkenheid van migranten staat alleen in {where} ('{quote}'), niet als concrete afspraak.",
      en: "Involvement of migrants is only in {where} ('{quote}'), not as a concrete arrangement.",
    },
  },
  remedies: ["migrants-involve-organisations", "migrants-key-figures"],
  sources: [
    { source: "seed-000", locator: "L2451-2475", quote: "Betrokkenheid van migranten(organisaties)" },
    { source: "seed-000", locator: "L2538-2546", quote: "Veel gemeenten werken met sleutelfiguren" },
    { source: "seed-000", locator: "L266-282", quote: "sleutelfiguren" },
  ],
  tags: ["involvement"],
  uses: ["migrant-organisations", "community-mediators", "migrant-information-workers", "migrant-advisory-council", "representative-consultation", "community-platform", "migrant-organisation-strengthening", "self-organisations", "key-figures", "participation-in-policy", "mosques-imams", "organisation-head", "community-confidants", ...COMMUNITY_CONTEXT],
  examples: [
    {
      text: "# Maatregelen\n\nBij de preventie van eergerelateerd geweld betrekken we [[sleutelfiguren]] en zelforganisaties.",
      expect: "present",
      note: "Key figures in a passage about honour-based violence are those of the communities concerned.",
    },
    { text: "# Maatregelen\n\nWe subsidiëren [[migrantenorganisaties]] die voorlichting geven aan hun achterban.", expect: "present" },
    { text: "# Acties\n\nMet [[zelforganisaties]] van vluchtelingen gaan we een klankbordgroep oprichten.", expect: "present" },
    {
      text: "# Preventie\n\nWe gaan samenwerken met [[sleutelfiguren]] uit de Turkse en Marokkaanse gemeenschap.",
      expect: "present",
      note: "Key figures in a paragraph about migrant communities.",
    },
    { text: "Het project leidt migranten op tot [[gemeenschapsbemiddelaar]] om eergerelateerd geweld te voorkomen.", expect: "present" },
    { text: "Dat doet het college in samenwerking met migranten- en professionele [[organisaties]].", expect: "present", note: "An elided compound: migrant organisations." },
    { text: "# Maatregelen\n\nSamen met een Turkse [[vrouwenorganisatie]] organiseren we weerbaarheidstrainingen.", expect: "present" },
    { text: "# Maatregelen\n\nWe geven voorlichting aan migranten en professionele organisaties.", expect: "missing", note: "Not an elided compound: the organisations are not the migrants' own." },
    {
      text: "# Maatregelen\n\nWe starten een preventieve aanpak van eergerelateerd geweld voor migranten.\n\n- Rondetafelgesprekken met [[zelforganisaties]] en scholen over samenwerking",
      expect: "present",
      note: "Self-organisations in a section about migrants.",
    },
    { text: "# Maatregelen\n\nIn de wijken met veel vluchtelingen zetten we [[buurtmoeders]] in die gezinnen op weg helpen naar hulp.", expect: "present" },
    { text: "# Maatregelen\n\nDe vertrouwenspersoon van de school is bereikbaar voor alle leerlingen.", expect: "missing", note: "A school's confidant, no migrant context." },
    {
      text: "# Inleiding\n\nEr hebben gesprekken plaatsgevonden met verschillende [[sleutelfiguren]] binnen de aanpak van huiselijk geweld.",
      expect: "partial",
      note: "Seed 003 L825: key figures of the care chain, no migrant context.",
    },
    { text: "# Maatregelen\n\nEr wordt nog niet samengewerkt met migrantenorganisaties.", expect: "missing", note: "Negated." },
    { text: "# Bijlage 3 Gesprekspartners\n\nGesproken is met twee [[migrantenorganisaties]].", expect: "partial", note: "Appendix only." },
    { text: "# Maatregelen\n\nDe zelfredzaamheid van cliënten staat centraal; alle organisaties tekenen het convenant.", expect: "missing" },
    {
      text: "# Maatregelen\n\nVersterk de positie van transgenderzelforganisaties en LHBTI-zelforganisaties.",
      expect: "missing",
      note: "Self-organisations of other groups are not migrant organisations.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: STRONG, body: BODY }));
      },
    };
  },
});
