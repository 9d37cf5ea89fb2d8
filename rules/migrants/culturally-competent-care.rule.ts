import { defineRule } from "../engine/rule-api.js";
import { coverAny, GROUPS, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// The help itself adapted to migrants (seed 000 type 4): culturally sensitive or intercultural work,
// training of professionals on migrants, diverse teams ("verkleuring"). A "diverse composition" without a
// migrant context counts for part only.
const DIVERSE = ["diverse-staff"];
const SPECS: CoverSpec[] = [
  { concepts: ["intercultural-competence"] },
  { concepts: ["professional-expertise"], requireAll: [GROUPS] },
  { concepts: DIVERSE, near: { concepts: MIGRANT_CONTEXT, scope: "paragraph" } },
  { concepts: DIVERSE, cap: "partial" },
];

export default defineRule({
  id: "culturally-competent-care",
  kind: "coverage",
  title: { nl: "Cultuursensitieve hulpverlening", en: "Culturally competent care" },
  description: {
    nl: "Past het beleid de hulp zelf aan: cultuursensitief of intercultureel werken, scholing van professionals over migranten, of teams die een afspiegeling zijn van de bevolking?",
    en: "Does the policy adapt the help itself: culturally sensitive or intercultural work, training professionals on migrants, or teams that reflect the population?",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niet hoe de hulp zelf aansluit bij migranten (cultuursensitief werken, scholing, diverse teams).",
      en: "The policy does not say how the help itself fits migrants (culturally sensitive work, training, diverse teams).",
    },
    partial: {
      nl: "Cultuursensitieve hulp staat alleen in {where} ('{quote}'), niet als maatregel.",
      en: "Culturally competent care is only in {where} ('{quote}'), not as a measure.",
    },
  },
  remedies: ["migrants-culturally-competent-care"],
  sources: [
    { source: "seed-000", locator: "L2360-2364", quote: "deskundiger maken van de hulpverlening" },
    { source: "seed-000", locator: "L2419-2439", quote: "deskundigheidsbevordering op het terrein van interculturaliteit" },
    { source: "seed-000", locator: "L6037-6077", quote: "interculturele competenties" },
  ],
  tags: ["care"],
  uses: ["intercultural-competence", "professional-expertise", "diverse-staff", ...MIGRANT_CONTEXT],
  examples: [
    { text: "# Maatregelen\n\nAlle medewerkers van Veilig Thuis volgen een training [[cultuursensitief]] werken.", expect: "present" },
    { text: "# Acties\n\nWe organiseren [[scholing]] over huiselijk geweld bij vluchtelingen voor de wijkteams.", expect: "present" },
    { text: "# Maatregelen\n\nBij de inkoop leggen we de [[interculturele]] competenties van het personeel vast.", expect: "present" },
    { text: "# Maatregelen\n\nHet team werft hulpverleners met een [[migratieachtergrond]], zodat het een [[afspiegeling van de wijk]] is.", expect: "present" },
    { text: "# Maatregelen\n\nHet lokale team heeft een [[diverse samenstelling]] van partners.", expect: "partial", note: "No migrant context." },
    { text: "# Maatregelen\n\nProfessionals krijgen scholing over de meldcode.", expect: "missing", note: "Training without a migrant group." },
    { text: "# Maatregelen\n\nCultuursensitief werken is nog geen onderdeel van de opleiding.", expect: "missing", note: "Negated." },
    { text: "# Bijlage 2 Begrippen\n\n[[Cultuursensitief]] werken betekent rekening houden met de achtergrond van de cliënt.", expect: "partial" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: ["intercultural-competence", "diverse-staff"] }));
      },
    };
  },
});
