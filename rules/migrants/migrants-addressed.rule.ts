import { defineRule } from "../engine/rules/load.js";
import { coverAny, GROUPS, MEASURES, type CoverSpec } from "./lib/coverage.js";

// Migrants, refugees, status holders or named communities as a group the approach must reach (seed 000
// §2.4, §3.2). A group named in the same sentence as a measure (voorlichting, gemeenschapsbemiddelaars,
// tolken) is the target of that measure and counts as concrete; otherwise the usual rule applies (a
// commitment or the heading of a body section). Migrant organisations name the group too. A generic
// sentence about "diversiteit" or "culturele verschillen" names no group (seed 003 L1627-1629).
const NAMED = [...GROUPS, "migrant-organisations"];
const SPECS: CoverSpec[] = [{ concepts: NAMED }, { concepts: NAMED, requireAll: [MEASURES], strong: true }];

export default defineRule({
  id: "migrants-addressed",
  kind: "coverage",
  title: { nl: "Migranten als doelgroep benoemd", en: "Migrants named as a target group" },
  description: {
    nl: "Noemt het beleid migranten, vluchtelingen, statushouders of met naam genoemde herkomstgroepen als groep die de aanpak moet bereiken? Present: een doel, maatregel of kop in het beleid zelf. Een algemene zin over diversiteit of culturele verschillen noemt geen groep en telt niet.",
    en: "Does the policy name migrants, refugees, status holders or named communities as a group the approach must reach? Present: a goal, measure or heading in the policy itself. A generic sentence about diversity or cultural differences names no group and does not count.",
  },
  severity: "error",
  score: 70,
  messages: {
    missing: {
      nl: "Het beleid noemt migranten, vluchtelingen of statushouders nergens als doelgroep.",
      en: "The policy nowhere names migrants, refugees or status holders as a target group.",
    },
    partial: {
      nl: "Migranten worden alleen genoemd in {where} ('{quote}'), niet als doel of maatregel.",
      en: "Migrants are only mentioned in {where} ('{quote}'), not as a goal or measure.",
    },
  },
  remedies: ["migrants-name-groups"],
  sources: [
    { source: "seed-000", locator: "L9-17", quote: "bereiken van alle doelgroepen, waaronder migranten en vluchtelingen" },
    { source: "seed-000", locator: "L1600-1610", quote: "Ook migranten worden vaak (door 16 gemeenten) als doelgroep gezien" },
    { source: "seed-000", locator: "L485-491", quote: "weinig effectief moet worden beschouwd voor het bereiken van migranten" },
  ],
  tags: ["target-groups"],
  uses: [...NAMED, ...MEASURES],
  examples: [
    { text: "# Doelen\n\nWe willen [[migrantenvrouwen]] en vluchtelingen beter bereiken met voorlichting over huiselijk geweld.", expect: "present" },
    { text: "# Maatregelen\n\nVoor [[statushoudersgezinnen]] organiseren we bijeenkomsten over opvoeden zonder geweld.", expect: "present" },
    {
      text: "# Aanpak voor inwoners met een migratieachtergrond\n\nDe regio werkt samen met de GGD.",
      expect: "present",
      note: "A heading of a body section devoted to the group counts as concrete.",
    },
    {
      text: "We zetten in op het bereiken van de Turkse, Marokkaanse en Eritrese gemeenschap.",
      expect: "present",
      note: "A text without headings counts as body; 'zetten in' is a commitment.",
    },
    {
      text: "Het project leidt [[migranten]] van verschillende achtergrond op tot gemeenschapsbemiddelaar.",
      expect: "present",
      note: "The group is the target of a named measure.",
    },
    {
      text: "# Maatregelen\n\nGemeenten zorgen voor preventie. Het is van belang hierbij aandacht te hebben voor diversiteit en culturele verschillen.",
      expect: "missing",
      note: "Generic diversity (seed 003 L1627-1629) names no group.",
    },
    {
      text: "# Bijlage 2 Aard en omvang\n\nRuim een kwart van de slachtoffers heeft een [[migratieachtergrond]].",
      expect: "partial",
      note: "Only in an appendix.",
    },
    { text: "# Maatregelen\n\nVoor migranten is er nog geen apart aanbod.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nHulp is er voor iedereen, ongeacht afkomst of etnische achtergrond. De migratie naar het nieuwe registratiesysteem wordt afgerond.",
      expect: "missing",
      note: "'ongeacht afkomst' names no group; 'migratie' is not 'migrant'.",
    },
    {
      text: "# Maatregelen\n\nJongeren zeggen dat [[migranten]] de weg naar hulp niet kennen.",
      expect: "partial",
      note: "Reported speech is weak.",
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
