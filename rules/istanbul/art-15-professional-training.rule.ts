import { defineRule, type RuleContext } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 15: training for professionals who deal with victims or perpetrators (prevention and detection, equality
// between women and men, victims' needs and rights, avoiding secondary victimisation), preferably multi-agency.
// Evidence: training words that are about professionals by themselves (deskundigheidsbevordering, scholing,
// opleidingsplan, meldcodetraining, de deskundigheid verhogen); general learning words (training, opleiden, cursus,
// toerusten, leren herkennen) only with a professional group in the same sentence: a perpetrator's aggression training
// or a victim's resilience training is no training of professionals; briefing ("voorlichting") only with a professional
// group right next to it; knowledge and skills only with a professional group and a word of growth ("de kennis van
// medewerkers vergroten"), and the professionals' own expertise with a word of growth ("de deskundigheid bevorderen").
// A guide for professionals and a section headed "Deskundigheid" count too. Professionals said to have or lack
// knowledge are a passing mention. Volunteers and community key figures are no
// professionals (their training is art. 9 or migrant outreach). Seed 003: meldcode training by the GGD and Veilig
// Thuis, sports clubs, GPs (gold 7).
/** Words between "voorlichting" and the professional group it is given to ("voorlichting aan beroepsgroepen"). */
const BRIEFING_SPAN = 2;
/** Words between a guide and the professional group it is for ("een handreiking geschreven voor professionals"). */
const PRODUCT_SPAN = 3;
/** Words between knowledge or expertise and the word of its growth ("de deskundigheid van professionals op de aanpak
 * van diverse geweldsvormen te bevorderen"). */
const GROWTH_SPAN = 10;
const GROWTH = { concepts: ["ic-expertise-growth"], words: GROWTH_SPAN };
const PROFESSIONALS = ["ic-professionals"];
/** A heading or table-of-contents entry: a section devoted to the professionals' expertise ("4.2.1 Deskundigheid"). */
const HEADING_BLOCKS = new Set(["heading", "contents"]);

const specs = (ctx: RuleContext): PolicyEvidence[] => [
  { concepts: ["ic-training"], strong: true },
  { concepts: ["ic-course", "ic-training-general"], with: [PROFESSIONALS], strong: true },
  { concepts: ["ic-briefing"], withNear: { concepts: PROFESSIONALS, words: BRIEFING_SPAN, after: true }, strong: true },
  { concepts: ["ic-knowledge-product"], withNear: { concepts: PROFESSIONALS, words: PRODUCT_SPAN, after: true }, strong: true },
  { concepts: ["ic-professional-skill"], withNear: GROWTH, strong: true },
  { concepts: ["ic-professional-skill"], keep: (h) => HEADING_BLOCKS.has(ctx.doc.sentences[h.sentence].blockType) },
  { concepts: ["ic-expertise", "ic-professional-skill"], with: [PROFESSIONALS], withNear: GROWTH, strong: true },
  { concepts: ["ic-expertise", "ic-professional-skill"], with: [PROFESSIONALS], weak: true },
];
const SPECS_FOR_USES: PolicyEvidence[] = [
  { concepts: ["ic-training", "ic-course", "ic-training-general", "ic-briefing", "ic-knowledge-product", "ic-professional-skill", "ic-expertise", "ic-expertise-growth", ...PROFESSIONALS] },
];

export default defineRule({
  id: "art-15-professional-training",
  kind: "coverage",
  title: { nl: "Scholing van professionals (art. 15)", en: "Training of professionals (art. 15)" },
  description: {
    nl: "Regelt het beleid scholing en deskundigheidsbevordering voor professionals die slachtoffers of plegers tegenkomen: wijkteams, Veilig Thuis, aandachtsfunctionarissen, huisartsen, leerkrachten, politie? Art. 15 noemt signaleren, gelijkheid van vrouwen en mannen, de behoeften en rechten van slachtoffers en het voorkomen van secundaire victimisatie. Een training voor plegers of slachtoffers is geen scholing van professionals, en vrijwilligers of sleutelfiguren zijn geen professionals.",
    en: "Does the policy arrange training and competence building for professionals who meet victims or perpetrators: neighbourhood teams, Veilig Thuis, designated officers, GPs, teachers, police? Art. 15 names detection, equality between women and men, victims' needs and rights and avoiding secondary victimisation. A training for perpetrators or victims is no training of professionals, and volunteers or community key figures are no professionals.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over scholing of deskundigheidsbevordering van professionals.",
      en: "The policy says nothing about training or competence building for professionals.",
    },
    partial: {
      nl: "Scholing van professionals wordt alleen genoemd in {where} ('{quote}'), zonder plan of actie.",
      en: "Training of professionals is only mentioned in {where} ('{quote}'), without a plan or action.",
    },
  },
  remedies: ["istanbul-professional-training"],
  sources: [
    { source: "istanbul-convention", locator: "art. 15" },
    { source: "grevio-2020-nl", locator: "G1" },
    { source: "seed-004", locator: "L148-152", quote: "Teams zijn geschoold op herkenning van signalen van huiselijk geweld" },
    { source: "seed-003", locator: "L1776-1780", quote: "scholing aangeboden door de GGD Groningen en Veilig Thuis" },
    { source: "seed-003", locator: "L1541", quote: "opleidingsplan" },
    { source: "seed-000", locator: "L2356", quote: "voorlichting aan beroepsgroepen" },
    { source: "seed-001", locator: "L2687-2689", quote: "om de deskundigheid van professionals op" },
  ],
  articles: ["art. 15"],
  tags: ["training"],
  uses: conceptsOf(SPECS_FOR_USES),
  examples: [
    { text: "# Maatregelen\n\nVeilig Thuis organiseert [[kennissessies]] voor medewerkers van de buurtteams over de meldcode.", expect: "present" },
    {
      text: "# Maatregelen\n\nWe maken werkgevers alert op signalen van huiselijk geweld.",
      expect: "missing",
      note: "Making employers alert is awareness-raising, not training of professionals.",
    },
    { text: "# Maatregelen\n\nVeilig Thuis biedt [[scholing]] aan voor alle sociale wijkteams.", expect: "present" },
    { text: "# Acties\n\n- Een implementatieplan opstellen met daarin een [[opleidingsplan]]."  , expect: "present" },
    { text: "# Maatregelen\n\nIn 2025 volgen alle medewerkers van de wijkteams een [[training]] over dwingende controle.", expect: "present" },
    { text: "We gaan de [[kennis]] van medewerkers over transgenderthematiek vergroten.", expect: "present" },
    {
      text: "Het geld is bestemd voor snellere hulp en het [[verhogen van de deskundigheid]] over vrouwelijke genitale verminking en eergerelateerd geweld.",
      expect: "present",
    },
    { text: "# Acties\n\n- Thuiszorgmedewerkers worden [[toegerust]] om ouderenmishandeling te herkennen", expect: "present" },
    { text: "Verzoekt het college om [[voorlichting]] aan huisartsen, docenten en wijkagenten te organiseren.", expect: "present" },
    { text: "# Maatregelen\n\nAlle scholen volgen de [[training werken met de meldcode]].", expect: "present" },
    { text: "Movisie heeft een [[handreiking]] geschreven voor professionals in het veld van huiselijk geweld.", expect: "present" },
    { text: "# Inleiding\n\nOuderenmishandeling is een groot probleem.\n\n## [[Deskundigheid]] van het wijkteam\n\nHet wijkteam werkt met de meldcode.", expect: "present" },
    {
      text: "# Probleemanalyse\n\nProfessionals missen vaak [[kennis]] over dwingende controle.",
      expect: "partial",
      note: "A gap named in the problem analysis, without a plan.",
    },
    { text: "# Bijlage 2 Begrippen\n\n[[Deskundigheidsbevordering]] is het vergroten van de kennis van professionals.", expect: "partial", note: "Only in an appendix." },
    { text: "# Maatregelen\n\nEr is nog geen scholing voor huisartsen.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nVrouwen die lager geschoold zijn, krijgen omscholing naar werk.",
      expect: "missing",
      note: "Schooling of victims is no training of professionals.",
    },
    {
      text: "# Maatregelen\n\nPlegers volgen een training agressieregulatie en slachtoffers een weerbaarheidstraining.",
      expect: "missing",
      note: "Training for perpetrators or victims is not training of professionals.",
    },
    {
      text: "# Maatregelen\n\nVrijwilligers en sleutelfiguren uit de gemeenschap volgen een training over eergerelateerd geweld.",
      expect: "missing",
      note: "Volunteers and community key figures are no professionals.",
    },
    {
      text: "# Maatregelen\n\nDe wijkteams hebben veel expertise; de huisarts informeert Veilig Thuis.",
      expect: "partial",
      note: "Professionals who have knowledge: a passing mention, no training.",
    },
    {
      text: "# Maatregelen\n\nDe jeugdverpleegkundigen geven ouders voorlichting over veilig slapen, net als de voorlichting door huisartsen.",
      expect: "missing",
      note: "Briefing given by a professional to parents is no training of professionals.",
    },
    {
      text: "# Maatregelen\n\nDe training van het voetbalteam is op dinsdag; de school meldt signalen bij Veilig Thuis.",
      expect: "missing",
      note: "'training' without professionals, and 'school' is not 'scholing'.",
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
