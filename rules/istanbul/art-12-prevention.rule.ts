import { defineRule } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 12: prevent all forms of violence, change the social and cultural patterns behind it, engage men and boys,
// empower women. Evidence: prevention as a policy field (preventie, preventiebeleid, preventiemedewerkers,
// geweld voorkómen), primary-prevention activities (parenting support, resilience, reaching risk groups, norm and
// attitude change, breaking role patterns, activating bystanders), relationship education (art. 14 belongs to the
// Convention's chapter on prevention) and the empowerment of women. Passing mentions, partial at most:
// - the stock formula of laws and mission statements ("huiselijk geweld voorkomen en bestrijden", "voorkomen,
//   stoppen en oplossen", the treaty's own title): a statement of task, not a prevention strategy;
// - prevention as one item of an enumeration of task areas ("preventie, signalering, hulpverlening en nazorg");
// - preventing recurrence or escalation (art. 18, 50).
// "In voorkomende gevallen" and "die veel voorkomt" (to occur) are no prevention; crime, fire or fall prevention is
// another field.
/** Words between "voorkomen" and the violence it prevents ("voorkomen dat kinderen slachtoffer worden van geweld"). */
const VIOLENCE_SPAN = 5;
/** Words between "voorkomen" and a verb of the formula ("voorkomen en duurzaam beëindigen"). */
const FORMULA_GAP = 3;
/** Other task areas that make prevention one item of an enumeration ("preventie, signalering en hulp"). */
const ENUMERATION_ITEMS = 2;
/** How far, in words, the other items of an enumeration stand from "preventie". */
const ENUMERATION_SPAN = 6;
const ENUMERATION = { concepts: ["ic-task-area", "ic-help-treatment", "ic-combat-verb"], min: ENUMERATION_ITEMS, words: ENUMERATION_SPAN };
/**
 * Mentions without a commitment that make the check present in a short text (a news item, motion or excerpt): one
 * sentence that names prevention ("het geld gaat naar opvang en preventie", "femicide moet worden voorkomen") is no
 * prevention activity yet; a concrete one ("we zetten in op preventie", a campaign, a programme) is strong by itself.
 */
const SHORT_TEXT_MENTIONS = 2;
const PASSING = { weakInside: ["ic-prevention-formula"], weakWith: ["ic-recurrence"], weakAmong: ENUMERATION };

const SPECS: PolicyEvidence[] = [
  { concepts: ["ic-prevention"], ...PASSING },
  // "voorkomen" also means "to avoid" ("dubbel werk voorkomen", "voorkomen dat slachtoffers tussen wal en schip
  // vallen"): only with violence as what is prevented, a few words away ("geweld te voorkomen", "het voorkomen van
  // huiselijk geweld", "voorkomen dat kinderen slachtoffer worden van geweld").
  {
    concepts: ["ic-prevention-verb"],
    withNear: { concepts: ["dv-core", "ic-violence-object"], words: VIOLENCE_SPAN },
    ...PASSING,
    weakNear: { concepts: ["ic-combat-verb"], words: FORMULA_GAP },
  },
  { concepts: ["ic-primary-prevention", "ic-women-empowerment", "ic-education-programme"] },
  { concepts: ["ic-prevention-instrument"], strong: true },
];

export default defineRule({
  id: "art-12-prevention",
  kind: "coverage",
  title: { nl: "Preventie (art. 12)", en: "Prevention (art. 12)" },
  description: {
    nl: "Heeft het beleid een preventieaanpak: doelen en acties om geweld te voorkómen voordat het ontstaat, voor risicogroepen en de hele bevolking, met aandacht voor rolpatronen, mannen en jongens en de empowerment van vrouwen? Preventie is een wettelijke taak van gemeenten (Wmo, Jeugdwet) en een van de vaste sporen van een regiovisie. De formule 'huiselijk geweld voorkomen en bestrijden' als taakomschrijving is gedeeltelijk; 'in voorkomende gevallen' is geen preventie.",
    en: "Does the policy have a prevention approach: goals and actions to prevent violence before it occurs, for risk groups and the whole population, with attention to role patterns, men and boys and the empowerment of women? Prevention is a statutory task of municipalities (Social Support Act, Youth Act) and one of the standard tracks of a regional vision. The formula 'prevent and combat domestic violence' as a statement of task is partial; 'in voorkomende gevallen' (where applicable) is no prevention.",
  },
  severity: "error",
  score: 70,
  messages: {
    missing: {
      nl: "Het beleid heeft geen preventieaanpak: niets over het voorkómen van geweld voordat het ontstaat.",
      en: "The policy has no prevention approach: nothing on preventing violence before it occurs.",
    },
    partial: {
      nl: "Preventie wordt alleen genoemd in {where} ('{quote}'), zonder doelen of acties.",
      en: "Prevention is only mentioned in {where} ('{quote}'), without goals or actions.",
    },
  },
  remedies: ["istanbul-prevention-strategy"],
  sources: [
    { source: "istanbul-convention", locator: "art. 12" },
    { source: "grevio-2020-nl", locator: "P1" },
    { source: "crm-checklist-2021", locator: "a4" },
    { source: "seed-003", locator: "L1644-1656", quote: "samenhangend preventiebeleid op drie niveaus" },
    { source: "seed-002", locator: "L693-697", quote: "preventie van huiselijk geweld" },
    { source: "seed-004", locator: "L49-55", quote: "preventie, signaleren en" },
    { source: "seed-003", locator: "L3361-3363", quote: "genderrollen" },
  ],
  articles: ["art. 12"],
  tags: ["prevention"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Ambitie\n\n- Er is in elke gemeente een samenhangend [[preventiebeleid]] op drie niveaus.", expect: "present" },
    { text: "In mijn regio zetten we in op [[preventie]], samen met ketenpartners.", expect: "present" },
    {
      text: "# Maatregelen\n\nDe betrokken organisaties ontwikkelen activiteiten gericht op het [[voorkómen]] van huiselijk geweld.",
      expect: "present",
    },
    { text: "# Acties\n\n- Het aanbieden van actieve [[opvoedingsondersteuning]] voor ouders die dat nodig hebben.", expect: "present" },
    {
      text: "# Inleiding\n\nGemeenten zijn wettelijk verantwoordelijk om huiselijk geweld te [[voorkomen]] en aan te pakken.",
      expect: "partial",
      note: "The stock formula is a statement of task, not a prevention strategy.",
    },
    { text: "# Bijlage 1 Begrippen\n\nUniversele [[preventie]] richt zich op alle inwoners.", expect: "partial", note: "Only in the definitions." },
    {
      text: "# Maatregelen\n\nDe campagne is gericht op [[normverandering]] bij jongeren: geweld in een relatie is nooit oké.",
      expect: "present",
    },
    {
      text: "In onze aanpak zetten we ons in om [[intergenerationele overdracht van geweld te stoppen]].",
      expect: "present",
    },
    {
      text: "Verzoekt het college een plan van aanpak op te zetten teneinde de [[emancipatie van Haagse vrouwen]] te bevorderen.",
      expect: "present",
      note: "The empowerment of women (art. 12 para. 6) asked in a motion.",
    },
    {
      text: "# Maatregelen\n\nElke gemeente is verantwoordelijk voor de taken op het terrein van [[preventie]], signalering, melding, herstel, hulpverlening en nazorg.",
      expect: "partial",
      note: "Prevention as one task area of an enumeration.",
    },
    {
      text: "# Financiën\n\nDe middelen worden ingezet voor Veilig Thuis, de vrouwenopvang en [[preventie]].",
      expect: "partial",
      note: "Prevention as one item of a list of services that are funded.",
    },
    {
      text: "# Ambitie\n\nDe gemeenten hebben de ambitie om alle vormen van huiselijk geweld te [[voorkomen]], stoppen en oplossen.",
      expect: "partial",
      note: "The stock formula, split by a comma.",
    },
    {
      text: "De gemeente trekt dit jaar extra geld uit voor de opvang. Het voorkómen van femicide blijft belangrijk.",
      expect: "partial",
      note: "A short text that names prevention once, without an activity.",
    },
    {
      text: "# Maatregelen\n\nWe vragen aandacht voor femicide, een vorm van huiselijk geweld die veel voorkomt.",
      expect: "missing",
      note: "'voorkomt' in the sense of 'occurs'.",
    },
    { text: "# Maatregelen\n\nEr is nog geen preventiebeleid in de regio.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nOm te voorkomen dat slachtoffers tussen wal en schip vallen, komt er één contactpersoon bij Veilig Thuis.",
      expect: "missing",
      note: "'voorkomen' in the sense of 'to avoid', with no violence as its object.",
    },
    {
      text: "# Maatregelen\n\nOm dubbel werk te voorkomen, maken we afspraken over de registratie.",
      expect: "missing",
      note: "'voorkomen' in the sense of 'to avoid' is no violence prevention.",
    },
    {
      text: "# Maatregelen\n\nIn voorkomende gevallen wordt de politie ingeschakeld. Huiselijk geweld komt veel voor. De brandpreventie is op orde.",
      expect: "missing",
      note: "'voorkomende' and 'komt voor' mean 'to occur'; fire prevention is another field.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverPolicy(ctx, SPECS, { present: { short: SHORT_TEXT_MENTIONS } }));
      },
    };
  },
});
