import { defineRule, type Role } from "../engine/rule-api.js";
import { coverAny, GROUPS, MEASURES, REGARDLESS, REGARDLESS_REACH, type CoverSpec } from "./lib/coverage.js";

// Migrants, refugees, status holders or named communities as a group the approach must reach (seed 000
// §2.4, §3.2). A group named in the same sentence as a measure (voorlichting, gemeenschapsbemiddelaars,
// tolken) is the target of that measure and counts as concrete; otherwise the usual rule applies (a
// commitment or the heading of a body section). Migrant organisations name the group too. A generic
// sentence about "diversiteit" or "culturele verschillen" names no group (seed 003 L1627-1629).
// The label asks whether migrants are treated as a factor, so an analysis of the problem that names them counts
// as much as the general parts of a news item, motion or question (a mention there is medium, three make the
// check present in a long plan); an appendix stays a passing mention. "Ongeacht afkomst of culturele
// achtergrond" sets the group aside.
// People who do not speak Dutch ("anderstalige ouders", "de Nederlandse taal niet machtig") are named by their
// language, as a migrant group.
const NAMED = [...GROUPS, "migrant-organisations", "language-barrier"];
const NOT_REGARDLESS = { concepts: REGARDLESS, gap: REGARDLESS_REACH };
const SPECS: CoverSpec[] = [
  { concepts: NAMED, notAfter: NOT_REGARDLESS },
  { concepts: NAMED, requireAll: [MEASURES], strong: true, notAfter: NOT_REGARDLESS },
];
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other", "problem-analysis"];

export default defineRule({
  id: "migrants-addressed",
  kind: "coverage",
  title: { nl: "Migranten als doelgroep benoemd", en: "Migrants named as a target group" },
  description: {
    nl: "Noemt het beleid migranten, vluchtelingen, statushouders of met naam genoemde herkomstgroepen als groep die de aanpak moet bereiken? Present: een doel, maatregel of kop, of een probleemanalyse die de groep als factor behandelt; alleen in een bijlage is gedeeltelijk. Een algemene zin over diversiteit of culturele verschillen noemt geen groep en telt niet.",
    en: "Does the policy name migrants, refugees, status holders or named communities as a group the approach must reach? Present: a goal, measure or heading, or a problem analysis that treats the group as a factor; only in an appendix is partial. A generic sentence about diversity or cultural differences names no group and does not count.",
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
  uses: [...NAMED, ...MEASURES, ...REGARDLESS],
  examples: [
    { text: "# Doelgroepen\n\nWe bereiken vrouwen van [[vreemde herkomst]] via sleutelpersonen en zelforganisaties.", expect: "present" },
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
    { text: "Huiselijk geweld komt ook voor in de [[asielopvang]]; azc-bewoners kennen de weg naar hulp vaak niet.", expect: "present" },
    { text: "Er is met name een toename van eergerelateerd geweld en meer geweld [[bij Polen]].", expect: "present" },
    { text: "# Maatregelen\n\nIn de [[inburgeringscursus]] komt een les over huiselijk geweld en gelijkwaardigheid.", expect: "present" },
    {
      text: "# Probleemanalyse\n\nVrouwen met een andere [[culturele achtergrond]] zoeken minder vaak hulp. Poolse en Bulgaarse arbeidsmigranten zijn moeilijk te bereiken. Anderstalige ouders kennen Veilig Thuis niet.\n\n# Maatregelen\n\nWe versterken de wijkteams.",
      expect: "present",
      note: "The label asks whether migrants are treated as a factor: three mentions in the analysis count.",
    },
    {
      text: "# Maatregelen\n\nHulp is er voor alle inwoners, ongeacht leeftijd, gender, culturele achtergrond of seksuele voorkeur.",
      expect: "missing",
      note: "'ongeacht … culturele achtergrond' sets origin aside.",
    },
    { text: "Polen trekt zich terug uit het Verdrag van Istanbul tegen huiselijk geweld.", expect: "missing", note: "The country, not Poles." },
    {
      text: "# Visie\n\nHuiselijk geweld komt in alle culturen voor; we hebben aandacht voor diversiteit en culturele verschillen.",
      expect: "missing",
      note: "'in alle culturen' and 'culturele verschillen' name no group (seed 003 L1627-1629).",
    },
    {
      text: "Constaterende dat:\n- huiselijk geweld in de stad toeneemt;\n- ook [[vluchtelingen]] slachtoffer worden;\n\nVerzoekt het college:\n- een plan van aanpak te maken.",
      expect: "partial",
      note: "One item of a motion's considerations is a passing mention.",
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
        // The problem analysis counts as body here, so in a short text with headings (a motion's "Constaterende
        // dat") one group named in a list of considerations would be enough: there it stays a passing mention.
        ctx.cover(coverAny(ctx, SPECS, { body: BODY, present: { shortHeaded: false } }));
      },
    };
  },
});
