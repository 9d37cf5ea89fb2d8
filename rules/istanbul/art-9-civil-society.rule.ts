import { defineRule } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 9: recognise, encourage and support non-governmental organisations and civil society active against violence
// against women, and co-operate with them. Evidence: women's and emancipation organisations, client councils and
// interest groups, migrant and self-organisations (migrant-reach.yml), civil society named as such. Experience experts
// (persons, seed 003 L835) and churches, mosques or sports clubs as partners are welcome but no organisations against
// violence against women: they make the check partial at most (seed 003, gold finding 18; GREVIO G9).
const SPECS: PolicyEvidence[] = [
  { concepts: ["ic-civil-society", "migrant-organisations"], strong: true },
  { concepts: ["self-organisations"] },
  { concepts: ["ic-experience-experts", "ic-community-partners"], weak: true },
];

export default defineRule({
  id: "art-9-civil-society",
  kind: "coverage",
  title: { nl: "Maatschappelijke organisaties (art. 9)", en: "Civil society and NGOs (art. 9)" },
  description: {
    nl: "Erkent en steunt het beleid maatschappelijke organisaties die zich inzetten tegen geweld tegen vrouwen, en werkt het met hen samen: vrouwen- en emancipatieorganisaties, zelforganisaties van migranten- en vluchtelingenvrouwen, cliëntenraden en belangenorganisaties? GREVIO vroeg Nederland in 2020 vooral organisaties van zwarte, migranten- en vluchtelingenvrouwen te steunen. Een enkele ervaringsdeskundige of kerken en sportclubs als partner maken de check hooguit gedeeltelijk.",
    en: "Does the policy recognise and support civil-society organisations working against violence against women, and co-operate with them: women's and emancipation organisations, self-organisations of migrant and refugee women, client councils and interest groups? In 2020 GREVIO asked the Netherlands in particular to support organisations of black, migrant and refugee women. A single experience expert, or churches and sports clubs as partners, make the check partial at most.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen maatschappelijke organisaties, vrouwenorganisaties of zelforganisaties als partner.",
      en: "The policy names no civil-society, women's or self-organisations as partners.",
    },
    partial: {
      nl: "Het middenveld komt alleen aan bod in {where} ('{quote}'), zonder vrouwen- of zelforganisaties als vaste partner.",
      en: "Civil society is only mentioned in {where} ('{quote}'), without women's or self-organisations as permanent partners.",
    },
  },
  remedies: ["istanbul-civil-society"],
  sources: [
    { source: "istanbul-convention", locator: "art. 9" },
    { source: "grevio-2020-nl", locator: "G9" },
    { source: "seed-002", locator: "L494-504", quote: "vrouwencentra" },
    { source: "seed-003", locator: "L835", quote: "voorgelegd aan een ervaringsdeskundige" },
    { source: "seed-003", locator: "L2877-2887", quote: "Tinten" },
  ],
  articles: ["art. 9"],
  tags: ["policy", "civil-society"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Maatregelen\n\nDe gemeente subsidieert twee [[vrouwenorganisaties]] die slachtoffers ondersteunen.", expect: "present" },
    { text: "# Samenwerking\n\nWe betrekken [[migrantenorganisaties]] structureel bij de preventie.", expect: "present" },
    { text: "Eenentwintig [[maatschappelijke organisaties]] en de tien regiogemeenten hebben een samenwerkingsovereenkomst ondertekend.", expect: "present" },
    { text: "# Acties\n\n- De [[cliëntenraad]] van de vrouwenopvang denkt mee over de evaluatie van deze visie.", expect: "present" },
    {
      text: "# Werkwijze\n\nHet actieprogramma is voorgelegd aan een [[ervaringsdeskundige]].",
      expect: "partial",
      note: "One experience expert is no civil-society organisation (seed 003 L835).",
    },
    { text: "# Bijlage 1 Partners\n\nDe [[vrouwenorganisaties]] in de regio zijn hieronder vermeld.", expect: "partial", note: "Only in an appendix." },
    { text: "# Maatregelen\n\nEr is nog geen overleg met vrouwenorganisaties.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nVeilig Thuis is een organisatie met 25 afdelingen; de organisatie van de themadag ligt bij de gemeente.",
      expect: "missing",
      note: "Any 'organisatie' is no civil society.",
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
