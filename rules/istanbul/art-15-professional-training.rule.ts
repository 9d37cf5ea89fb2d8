import { defineRule } from "../engine/rules/load.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 15: training for professionals who deal with victims or perpetrators (prevention and detection, equality
// between women and men, victims' needs and rights, avoiding secondary victimisation), preferably multi-agency.
// Evidence: training words that are about professionals by themselves (deskundigheidsbevordering, scholing,
// opleidingsplan, geschoold), and general words (training, opleiden, cursus, kennis, deskundigheid) only with a
// professional group in the same sentence: a perpetrator's aggression training or a victim's resilience training is
// no training of professionals. Seed 003: meldcode training by the GGD and Veilig Thuis, sports clubs, GPs (gold 7).
const SPECS: PolicyEvidence[] = [
  { concepts: ["ic-training"], strong: true },
  { concepts: ["ic-training-general", "professional-expertise"], with: [["ic-professionals"]], strong: true },
];

export default defineRule({
  id: "art-15-professional-training",
  kind: "coverage",
  title: { nl: "Scholing van professionals (art. 15)", en: "Training of professionals (art. 15)" },
  description: {
    nl: "Regelt het beleid scholing en deskundigheidsbevordering voor professionals die slachtoffers of plegers tegenkomen: wijkteams, Veilig Thuis, aandachtsfunctionarissen, huisartsen, leerkrachten, vrijwilligers? Art. 15 noemt signaleren, gelijkheid van vrouwen en mannen, de behoeften en rechten van slachtoffers en het voorkomen van secundaire victimisatie. Een training voor plegers of slachtoffers is geen scholing van professionals.",
    en: "Does the policy arrange training and competence building for professionals who meet victims or perpetrators: neighbourhood teams, Veilig Thuis, designated officers, GPs, teachers, volunteers? Art. 15 names detection, equality between women and men, victims' needs and rights and avoiding secondary victimisation. A training for perpetrators or victims is no training of professionals.",
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
  ],
  articles: ["art. 15"],
  tags: ["training"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Maatregelen\n\nVeilig Thuis biedt [[scholing]] aan voor alle sociale wijkteams.", expect: "present" },
    { text: "# Acties\n\n- Een implementatieplan opstellen met daarin een [[opleidingsplan]]."  , expect: "present" },
    { text: "# Maatregelen\n\nIn 2025 volgen alle medewerkers van de wijkteams een [[training]] over dwingende controle.", expect: "present" },
    { text: "We gaan de [[kennis]] van medewerkers over transgenderthematiek vergroten.", expect: "present" },
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
      text: "# Maatregelen\n\nDe training van het voetbalteam is op dinsdag; de school meldt signalen bij Veilig Thuis.",
      expect: "missing",
      note: "'training' without professionals, and 'school' is not 'scholing'.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverPolicy(ctx, SPECS));
      },
    };
  },
});
