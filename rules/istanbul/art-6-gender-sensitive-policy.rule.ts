import { defineRule, precededBy, type Hit, type RuleContext } from "../engine/rule-api.js";
import { coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 6: a gender perspective in implementing and evaluating the policy, and policies for equality between women
// and men and for the empowerment of women. Evidence: gender as a factor (power inequality, role patterns and norms,
// power and control, the word gender and its compounds), a named gender-sensitive approach (concrete by itself) and
// the empowerment or economic independence of women (concrete by itself). Not a gender perspective: a gender-neutral
// approach ("ongeacht gender", "genderneutraal"), power made optional ("soms een machtsverschil", seed 003
// L3104-3108), "agenderen" (a word inside another word). GREVIO's main finding on the Netherlands (G1) is the lack of
// exactly this; an analysis that lives only in an appendix (seed 003 Bijlage 2) is partial. The evidence is that of
// gender/gender-perspective (same concepts, same neutrality and hedge exclusions) plus women's empowerment, minus
// LGBTI attention on its own, which is non-discrimination (art. 4) rather than equality between women and men.
const PERSPECTIVE = ["gender-perspective-term", "power-inequality", "gender-roles-norms", "power-control-dynamics"];
const POLICY = ["gender-sensitive-policy", "ic-women-empowerment"];

// The exclusions the gender module applies too (shared through the corpus concepts, not its code): a mention right
// after a neutrality cue ("ongeacht gender") or a power term right after a hedge ("soms") does not count.
const NEUTRALITY = ["gender-neutrality-cue"];
const HEDGE = ["gender-power-hedge"];
const POWER = new Set(["power-inequality", "power-control-dynamics"]);
const CUE_GAP = 4;
const perspectiveCounts = (ctx: RuleContext, h: Hit) => !precededBy(ctx, h, NEUTRALITY, CUE_GAP) && !(POWER.has(h.concept) && precededBy(ctx, h, HEDGE, CUE_GAP));

const specs = (ctx: RuleContext): PolicyEvidence[] => [
  { concepts: PERSPECTIVE, keep: (h) => perspectiveCounts(ctx, h) },
  { concepts: POLICY, strong: true, keep: (h) => perspectiveCounts(ctx, h) },
];

export default defineRule({
  id: "art-6-gender-sensitive-policy",
  kind: "coverage",
  title: { nl: "Gendersensitief beleid (art. 6)", en: "Gender-sensitive policies (art. 6)" },
  description: {
    nl: "Brengt het beleid een genderperspectief aan in doelen, maatregelen en evaluatie, en bevordert het gelijkheid van vrouwen en mannen en de empowerment van vrouwen? Present: een gendersensitieve aanpak als beleidskeuze, economische zelfstandigheid of empowerment van vrouwen als doel, of gender (macht, rolpatronen, dwingende controle) in visie, doelen of maatregelen. Een genderanalyse alleen in een bijlage of de analyse is gedeeltelijk; een genderneutrale aanpak, 'ongeacht gender' en 'agenderen' tellen niet. Dit is de kernbevinding van GREVIO over Nederland (2020).",
    en: "Does the policy bring a gender perspective into its goals, measures and evaluation, and does it promote equality between women and men and the empowerment of women? Present: a gender-sensitive approach as a policy choice, women's economic independence or empowerment as a goal, or gender (power, role patterns, coercive control) in the vision, goals or measures. A gender analysis only in an appendix or the analysis is partial; a gender-neutral approach, 'regardless of gender' and 'agenderen' do not count. This is GREVIO's core finding on the Netherlands (2020).",
  },
  severity: "error",
  score: 90,
  messages: {
    missing: {
      nl: "Het beleid heeft geen genderperspectief: geen gendersensitieve aanpak, geen aandacht voor macht en rolpatronen, geen empowerment van vrouwen.",
      en: "The policy has no gender perspective: no gender-sensitive approach, no attention to power and role patterns, no empowerment of women.",
    },
    partial: {
      nl: "Gender komt alleen aan bod in {where} ('{quote}'); het werkt niet door in de doelen en maatregelen.",
      en: "Gender is only addressed in {where} ('{quote}'); it does not carry into the goals and measures.",
    },
  },
  remedies: ["istanbul-gender-sensitive-policy"],
  sources: [
    { source: "istanbul-convention", locator: "art. 6" },
    { source: "grevio-2020-nl", locator: "G1" },
    { source: "grevio-2020-nl", locator: "G2" },
    { source: "crm-checklist-2021", locator: "a1" },
    { source: "crm-checklist-2021", locator: "a6" },
    { source: "seed-002", locator: "L171-176", quote: "geen genderspecifiek beleid" },
    { source: "seed-002", locator: "L833-835", quote: "genderspecifiek beleid op te stellen" },
    { source: "seed-003", locator: "L3361-3363", quote: "genderrollen" },
  ],
  articles: ["art. 6"],
  tags: ["gender", "policy"],
  uses: [...PERSPECTIVE, ...POLICY, ...NEUTRALITY, ...HEDGE],
  examples: [
    {
      text: "# Visie\n\nWij kiezen voor een [[gendersensitieve]] aanpak van huiselijk geweld.",
      expect: "present",
    },
    {
      text: "# Maatregelen\n\nWe bevorderen de [[economische zelfstandigheid van vrouwen]] die de opvang verlaten.",
      expect: "present",
      note: "Empowerment of women is part of art. 6.",
    },
    {
      text: "# Doelen\n\nPartnergeweld wortelt in [[machtsongelijkheid]] tussen vrouwen en mannen; daarom gaan we alle medewerkers scholen in het herkennen van dwingende controle.",
      expect: "present",
    },
    {
      text: "Het Verdrag bevat elementen waarvoor meer aandacht mag zijn, zoals het voeren van [[genderbewust]] beleid (artikel 6).",
      expect: "present",
      note: "A text without headings counts as body; a named gender-aware policy is concrete.",
    },
    {
      text: "# Bijlage 2 Aard en omvang\n\nBij intimate terrorism is er sprake van stereotype [[rolpatronen]] en van controle en dominantie van de man.",
      expect: "partial",
      note: "Only in an appendix (seed 003 Bijlage 2).",
    },
    {
      text: "# Maatregelen\n\nWe kiezen voor een genderneutrale aanpak. Hulp is er voor iedereen, ongeacht leeftijd, gender of afkomst.",
      expect: "missing",
      note: "A gender-neutral approach and 'ongeacht gender' are no gender perspective.",
    },
    {
      text: "# Maatregelen\n\nWij gaan dit onderwerp agenderen in het regionaal overleg.",
      expect: "missing",
      note: "'agenderen' is not 'gender'.",
    },
    {
      text: "# Maatregelen\n\nEr is nog geen gendersensitief beleid ontwikkeld.",
      expect: "missing",
      note: "Negated.",
    },
    {
      text: "# Definities\n\nEr is soms sprake van een machtsverschil tussen pleger en slachtoffer, maar er is altijd sprake van een afhankelijkheidsrelatie.",
      expect: "missing",
      note: "Power made optional is no gender perspective (seed 003 L3104-3108).",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverPolicy(ctx, specs(ctx)));
      },
    };
  },
});
