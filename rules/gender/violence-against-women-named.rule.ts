import { defineRule } from "../engine/rule-api.js";
import { vawCoverage } from "./lib/checks.js";
import { CULTURALISED, FEMALE, MALE, SHELTER } from "./lib/framing.js";
import { AFFECT, ASYMMETRY, EXAMPLE_MARKER, FGM, LETHAL, LGBTI, OTHER_FORMS, PERPETRATOR, PRACTICES, PRIOR_VICTIM, PROTECTION, REFERENT, REJECTION, RISK, SEPARATE, SYMMETRY, VAW, VICTIM } from "./lib/women.js";

// Violence against women named as such, or women and girls named as the (largest group of) victims.
// Evidence: an explicit term ("geweld tegen vrouwen", femicide, gendergerelateerd geweld), or women/girls
// named in one sentence with victimhood or violence. A sentence that names men too counts only when it
// says who is affected more (meestal, vaker, grootste groep): "120.000 vrouwen en 80.000 mannen" and
// "zowel mannen als vrouwen" claim symmetry, not violence against women. Women named only in a passage on
// honour-based violence or on the shelter are a passing mention (weak): the policy then codes gender as a
// minority or shelter issue (seed 003 §5.1, §5.2; GREVIO G1).
export default defineRule({
  id: "violence-against-women-named",
  kind: "coverage",
  title: { nl: "Geweld tegen vrouwen benoemd", en: "Violence against women named" },
  description: {
    nl: "Noemt het beleid geweld tegen vrouwen als zodanig, of vrouwen en meisjes als de grootste groep slachtoffers? Present: in de analyse, de visie, de doelen of de maatregelen; alleen in een bijlage of de begrippen is gedeeltelijk. Vrouwen die alleen genoemd worden bij eergerelateerd geweld of de vrouwenopvang, of een zin dat mannen en vrouwen evenveel slachtoffer zijn, tellen niet.",
    en: "Does the policy name violence against women as such, or women and girls as the largest group of victims? Present: in the analysis, the vision, the goals or the measures; only in an appendix or the definitions is partial. Women named only for honour-based violence or the women's shelter, or a sentence that men and women are equally victims, do not count.",
  },
  severity: "error",
  score: 80,
  messages: {
    missing: {
      nl: "Het beleid noemt nergens dat vrouwen en meisjes de grootste groep slachtoffers zijn, en spreekt niet van geweld tegen vrouwen.",
      en: "The policy nowhere says that women and girls are the largest group of victims, and does not speak of violence against women.",
    },
    partial: {
      nl: "Geweld tegen vrouwen komt alleen terloops aan bod (in {where}: '{quote}') of alleen bij eergerelateerd geweld of de opvang; het beleid zegt nergens duidelijk dat vrouwen en meisjes de grootste groep slachtoffers zijn.",
      en: "Violence against women comes up only in passing (in {where}: '{quote}') or only for honour-based violence or the shelter; the policy nowhere states clearly that women and girls are the largest group of victims.",
    },
  },
  remedies: ["gender-name-violence-against-women"],
  sources: [
    { source: "seed-002", locator: "L365-369", quote: "Vrouwen zijn de grootste groep slachtoffers" },
    { source: "seed-002", locator: "L805-809", quote: "genderneutrale aanpak is van huiselijk geweld" },
    { source: "seed-003", locator: "L2536-2542", quote: "Voornamelijk vrouwen zijn slachtoffer van eergerelateerd geweld" },
    { source: "seed-003", locator: "L3396-3398", quote: "Vrouwen zijn vaker slachtoffer van geweld met een hoge intensiteit" },
  ],
  articles: ["art. 2", "art. 3", "art. 6"],
  tags: ["gender", "atria"],
  uses: [...VAW, ...VICTIM, ...LETHAL, ...AFFECT, ...PROTECTION, ...ASYMMETRY, ...RISK, ...SYMMETRY, ...FEMALE, ...MALE, ...CULTURALISED, ...SHELTER, ...FGM, ...PRACTICES, ...LGBTI, ...REFERENT, ...PRIOR_VICTIM, ...PERPETRATOR, ...EXAMPLE_MARKER, ...OTHER_FORMS, "@number", ...REJECTION, ...SEPARATE],
  examples: [
    {
      text: "# Aard en omvang\n\nPartnergeweld treft onevenredig vaak [[vrouwen]].",
      expect: "present",
      note: "Women named as the main victims in so many words is concrete by itself.",
    },
    {
      text: "De raad, in vergadering bijeen, constaterende dat vooral [[vrouwen]] slachtoffer zijn van partnergeweld; verzoekt het college om de opvang uit te breiden, en gaat over tot de orde van de dag.",
      expect: "present",
      note: "What a motion in one paragraph notes is its considerations, read as with its parts as headings.",
    },
    {
      text: "# Visie\n\nDe aanpak van [[geweld tegen vrouwen]] en meisjes is een prioriteit van de gemeenteraad.",
      expect: "present",
    },
    {
      text: "# Doelen\n\nVrouwen vormen de grootste groep slachtoffers van partnergeweld. Wij willen het partnergeweld tegen vrouwen in 2026 met een kwart verminderen.",
      expect: "present",
    },
    {
      text: "Ook in Nederland komt geweld tegen vrouwen in de privésfeer nog regelmatig voor. Uit onderzoek blijkt dat 97.000 vrouwen structureel te maken hadden met fysiek of seksueel geweld. Met name partnergeweld heeft grote gevolgen voor vrouwen.",
      expect: "present",
      note: "A text without headings counts as body; three plain mentions make it present.",
    },
    {
      text: "# Maatregelen\n\nWe organiseren een campagne over [[femicide]]: elke acht dagen wordt in Nederland een vrouw vermoord.",
      expect: "present",
    },
    {
      text: "# Eergerelateerd geweld\n\nVoornamelijk vrouwen zijn slachtoffer van eergerelateerd geweld. Wij gaan de deskundigheid over eergerelateerd geweld vergroten.",
      expect: "partial",
      note: "Women named only in a section on honour-based violence.",
    },
    {
      text: "# Vrouwenopvang\n\nIn de praktijk blijkt dat vooral vrouwen worden opgevangen wanneer zij te maken hebben met extreme geweldsdreiging.",
      expect: "partial",
      note: "Only as residents of the shelter.",
    },
    {
      text: "Naar schatting worden elk jaar 120.000 vrouwen en 80.000 mannen slachtoffer van huiselijk geweld. Zowel mannen als vrouwen kunnen slachtoffer worden.",
      expect: "missing",
      note: "Both sexes as victims is a symmetry claim, not violence against women.",
    },
    {
      text: "# Probleemanalyse\n\nVrouwen zijn vaker slachtoffer van ernstig partnergeweld dan mannen. Eén op de drie vrouwen krijgt ooit te maken met seksueel geweld. Vrouwen worden vaker door hun ex-partner vermoord.\n\n# Maatregelen\n\nWij versterken de wijkteams.",
      expect: "present",
      note: "That women are the main victims is a finding about the problem: three mentions in the analysis count.",
    },
    {
      text: "# Bijlage 2 Aard en omvang\n\nHet gaat om geweld met meestal mannelijke plegers en [[vrouwelijke]] slachtoffers.",
      expect: "partial",
      note: "Only in an appendix.",
    },
    {
      text: "# Maatregelen\n\nDe vrouwenopvang wordt uitgebreid met tien plaatsen. Wij gaan huiselijk geweld en kindermishandeling eerder signaleren.",
      expect: "missing",
      note: "'Vrouwenopvang' is a service, not a mention of women.",
    },
    {
      text: "Uit cijfers van het CBS blijkt dat naar schatting 38% van de [[meisjes]] en 13% van de jongens seksueel geweld heeft meegemaakt.",
      expect: "present",
      note: "Figures that show girls over-represented (at least twice the figure for boys) name them as the main victims.",
    },
    {
      text: "Naar schatting 55% van de vrouwen en 45% van de mannen heeft ooit huiselijk geweld meegemaakt.",
      expect: "missing",
      note: "A split close to even is no over-representation.",
    },
    {
      text: "Vrouwen lopen een groter risico op partnergeweld dan mannen.",
      expect: "present",
      note: "A comparative risk with women named before the men they are compared with (seed 001 L1910 wording).",
    },
    {
      text: "Mannen lopen een groter risico op geweld op straat dan vrouwen.",
      expect: "missing",
      note: "Men are the ones at greater risk: women stand after 'dan' as the standard.",
    },
    { text: "Huiselijk geweld komt overal voor, maar het [[treft]] vooral vrouwen.", expect: "present" },
    {
      text: "Motie hulp dichtbij\nDe raad, in vergadering bijeen,\nconstaterende dat vrouwen vaker de weg naar het wijkteam vinden;\noverwegende dat huiselijk geweld in de regio toeneemt;\nverzoekt het college de raad te informeren,\nen gaat over tot de orde van de dag.",
      expect: "missing",
      note: "Each part of a motion on a line of its own ends at its semicolon: women who find help more often and the violence that grows are two parts, not women as the victims.",
    },
    {
      text: "Motie hulp dichtbij\nDe raad, in vergadering bijeen,\nconstaterende dat vooral [[vrouwen]] slachtoffer zijn van partnergeweld;\noverwegende dat het wijkteam dit weinig ziet;\nverzoekt het college de raad te informeren,\nen gaat over tot de orde van de dag.",
      expect: "present",
      note: "Within one part the women and the victimhood stand together.",
    },
    {
      text: "# Maatregelen\n\nDe gemeente heeft maatregelen getroffen voor vrouwen en mannen die hulp zoeken.",
      expect: "missing",
      note: "'maatregelen getroffen' is no victim word.",
    },
    { text: "# Maatregelen\n\nWe gaan [[meisjes]] weerbaar maken met trainingen op alle middelbare scholen.", expect: "present", note: "Girls as the target group of a protective measure." },
    {
      text: "Afgelopen week zijn opnieuw [[vrouwen]] door hun ex-partner om het leven gebracht. Welke maatregelen neemt het college?",
      expect: "present",
    },
    {
      text: "Lesbische vrouwen, homoseksuele mannen en transgender personen hebben vaker te maken met huiselijk geweld dan heteroseksuele personen.",
      expect: "missing",
      note: "Women named as an LGBTI group, compared with heterosexual people: not women as the main victims.",
    },
    {
      text: "Inhoud\n\n2.1 Steunpunt huiselijk geweld 12\n\n2.2 Deskundigheid [[vrouwelijke genitale verminking]] (VGV) 15\n\n2.3 Opvang 16\n\nHet steunpunt is in 2008 gestart.",
      expect: "present",
      note: "FGM as a topic of its own (a chapter) is violence against women.",
    },
    {
      text: "# Maatregelen\n\nWe versterken de aanpak van eergerelateerd geweld, huwelijksdwang en [[vrouwelijke genitale verminking]].",
      expect: "partial",
      note: "FGM as one item of a list of harmful practices is a passing mention.",
    },
    {
      text: "Het plan gaat over alle vormen van geweld thuis, zoals ouderenmishandeling, stalking en [[geweld tegen vrouwen]].",
      expect: "partial",
      note: "Violence against women as one example in a run of forms is a passing mention (covda).",
    },
    {
      text: "Denk daarbij aan kindermishandeling of [[geweld tegen vrouwen]] binnen het gezin.",
      expect: "partial",
      note: "The same after another opening of examples (covda).",
    },
    {
      text: "De nota behandelt verschillende vormen van geweld, bijvoorbeeld [[geweld tegen vrouwen]] en kindermishandeling.",
      expect: "partial",
      note: "The other form right after the term, read as an elided compound, still makes a run (covda).",
    },
    {
      text: "Huiselijk geweld, zoals [[geweld tegen vrouwen]], vraagt om een eigen aanpak.",
      expect: "present",
      note: "The whole named before its one example: no run of forms (covda).",
    },
    {
      text: "Naast kindermishandeling verdient [[geweld tegen vrouwen]] een eigen aanpak in onze gemeente.",
      expect: "present",
      note: "Beside another form without an opening of examples: named for its own sake (covda).",
    },
    {
      text: "# Visie\n\nJongeren zeggen dat geweld tegen vrouwen soms wordt uitgelokt.",
      expect: "partial",
      note: "Reported speech is weak.",
    },
    {
      text: "Jaarlijks melden zich in onze regio honderden slachtoffers van partnergeweld. In de meeste gevallen zijn het [[vrouwen]].",
      expect: "present",
      note: "A reference back to the victims of the sentence before, with 'in de meeste gevallen', names women as the main victims.",
    },
    {
      text: "Jaarlijks komen er veel nieuwe vrijwilligers bij. Het zijn vooral vrouwen.",
      expect: "missing",
      note: "The sentence before names no victims: the reference back is about someone else.",
    },
    {
      text: "Uit het onderzoek blijkt dat sommige mannen door een vrouw worden mishandeld.",
      expect: "missing",
      note: "Women as the agent of a passive are perpetrators, not victims.",
    },
    {
      text: "Mannen worden vaker slachtoffer van geweld op straat dan vrouwen.",
      expect: "missing",
      note: "Women after 'dan', with men named before them, are the standard of the comparison.",
    },
    {
      text: "Sommigen denken dat geweld tegen vrouwen net zo ernstig is als geweld tegen mannen.",
      expect: "missing",
      note: "Violence against women set beside violence against men, without saying which is more common, compares the two.",
    },
    {
      text: "[[Geweld tegen vrouwen]] komt veel vaker voor dan geweld tegen mannen.",
      expect: "present",
      note: "With an asymmetry cue the comparison names violence against women.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(vawCoverage(ctx));
      },
    };
  },
});
