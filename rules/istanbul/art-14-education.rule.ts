import { defineRule } from "../engine/rule-api.js";
import { conceptsOf, coverPolicy, type PolicyEvidence } from "./lib/policy-coverage.js";

// Art. 14: teaching material on equality between women and men, non-stereotyped roles, mutual respect, non-violent
// conflict resolution, gender-based violence and personal integrity, in formal education and in sport, culture and
// leisure. Evidence: a programme (relationele en seksuele vorming, Lang Leve de Liefde, Wensen en Grenzen,
// Act4Respect, gastlessen over gezonde relaties, weerbaarheidstrainingen). Schools, teachers or youth work named
// without a programme (a school that reports concerns, Handle with Care) count as partial at most: seed 003 notes
// young people's tolerance of partner violence but plans only "specifieke activiteiten" (L1713-1717; gold 6).
const SPECS: PolicyEvidence[] = [
  { concepts: ["ic-education-programme"], strong: true },
  { concepts: ["ic-education-setting"], weak: true },
];

export default defineRule({
  id: "art-14-education",
  kind: "coverage",
  title: { nl: "Onderwijs (art. 14)", en: "Education (art. 14)" },
  description: {
    nl: "Zorgt het beleid voor lesprogramma's en vorming in onderwijs, jongerenwerk en sport over gelijkwaardigheid van vrouwen en mannen, gezonde relaties, grenzen en instemming, en geweld tegen vrouwen (relationele en seksuele vorming, Lang Leve de Liefde, Wensen en Grenzen, weerbaarheidstrainingen)? Scholen of jongerenwerk noemen zonder programma is gedeeltelijk: een school die signalen meldt, geeft nog geen onderwijs over gelijkwaardigheid.",
    en: "Does the policy provide programmes in schools, youth work and sport on equality between women and men, healthy relationships, boundaries and consent, and violence against women (relationship and sexuality education, Lang Leve de Liefde, Wensen en Grenzen, resilience training)? Naming schools or youth work without a programme is partial: a school that reports concerns does not yet teach equality.",
  },
  severity: "warning",
  score: 40,
  messages: {
    missing: {
      nl: "Het beleid noemt geen onderwijs of vorming over gelijkwaardigheid, gezonde relaties en grenzen voor jongeren.",
      en: "The policy names no education on equality, healthy relationships and boundaries for young people.",
    },
    partial: {
      nl: "Onderwijs komt alleen aan bod in {where} ('{quote}'), zonder lesprogramma over gelijkwaardigheid, relaties en grenzen.",
      en: "Education is only mentioned in {where} ('{quote}'), without a programme on equality, relationships and boundaries.",
    },
  },
  remedies: ["istanbul-education"],
  sources: [
    { source: "istanbul-convention", locator: "art. 14" },
    { source: "grevio-2020-nl", locator: "P1" },
    { source: "seed-004", locator: "L180-182", quote: "Wensen en Grenzen" },
    { source: "seed-003", locator: "L1713-1717", quote: "Uitvoeren van specifieke activiteiten" },
  ],
  articles: ["art. 14"],
  tags: ["prevention", "education"],
  uses: conceptsOf(SPECS),
  examples: [
    { text: "# Maatregelen\n\nAlle middelbare scholen krijgen het lespakket [[Lang Leve de Liefde]].", expect: "present" },
    { text: "# Acties\n\n- Jongerenwerkers geven gastlessen over [[gezonde relaties]] en grenzen.", expect: "present" },
    { text: "In 2026 krijgen alle leerlingen lessen [[relationele en seksuele vorming]].", expect: "present" },
    { text: "# Maatregelen\n\nWe organiseren [[weerbaarheidstrainingen]] op basisscholen.", expect: "present" },
    {
      text: "# Maatregelen\n\nDe politie geeft een signaal aan [[school]] als een kind getuige was van huiselijk geweld.",
      expect: "partial",
      note: "A school that is informed is not education on equality (Handle with Care).",
    },
    { text: "# Bijlage 1 Begrippen\n\n[[Relationele en seksuele vorming]] is onderwijs over relaties en seksualiteit.", expect: "partial", note: "Only in the definitions." },
    { text: "# Maatregelen\n\nEr is nog geen lesprogramma over gezonde relaties.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nDe lessen uit de evaluatie nemen we mee; de schoolmelk blijft gratis.",
      expect: "missing",
      note: "'lessen' (lessons learnt) and 'schoolmelk' are no education programme.",
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
