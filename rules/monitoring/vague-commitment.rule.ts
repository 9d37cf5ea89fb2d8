import { DEFAULT_ROLE_WEIGHTS, defineRule } from "../engine/rule-api.js";
import { commitmentStatement, GOAL_ROLES, hasQuantity, inContext, inSentence, NUMBER_CONCEPTS, WHEN } from "./lib/evidence.js";
import { namesOwner } from "./lib/owner.js";

// Vague commitments (seed 003 gold 37; seed 000 §6): "we zetten in op", "waar mogelijk", "streven naar",
// "aandacht besteden aan", "stimuleren", "verkennen" in a goal or measure, with nothing that makes it
// checkable in the same sentence: no number or percentage, no date or period, no named party. This is a
// conditional rule (trigger: the phrase; then: a measurable element, a date or an owner). It is written as
// code because the engine's @number also counts the word "een", which would make every sentence measurable.
const MEASURABLE = ["@percentage", "@money", "indicator-term", "baseline-term"];

export default defineRule({
  id: "vague-commitment",
  title: { nl: "Vage toezegging", en: "Vague commitment" },
  description: {
    nl: "Een doel of maatregel belooft een inspanning ('we zetten in op', 'waar mogelijk', 'aandacht besteden aan', 'stimuleren') zonder getal, datum of verantwoordelijke partij in dezelfde zin. Zo is niet te controleren of de toezegging wordt nagekomen.",
    en: "A goal or measure promises effort ('we focus on', 'where possible', 'pay attention to', 'encourage') without a number, date or responsible party in the same sentence, so nobody can check whether the commitment is kept.",
  },
  severity: "info",
  score: 20,
  roles: GOAL_ROLES,
  messages: {
    default: {
      nl: "Vage toezegging '{term}': zonder getal, datum of trekker is niet te controleren wat er gebeurt.",
      en: "Vague commitment '{term}': without a number, date or lead nobody can check what will happen.",
    },
  },
  remedies: ["monitoring-smart-commitment"],
  sources: [
    { source: "seed-003", locator: "L2578-2582", quote: "Onderken en pak signalen van eergerelateerd geweld altijd op" },
    { source: "seed-003", locator: "L1711", quote: "Er is meer aandacht/zorg voor kinderen" },
    { source: "seed-000", locator: "L4505-4509", quote: "kwantitatieve doelen per jaar" },
  ],
  tags: ["smart"],
  uses: ["vague-commitment-phrase", "ambition-term", ...MEASURABLE, ...WHEN, "owner-label", "responsible-actor", ...NUMBER_CONCEPTS],
  examples: [
    { text: "# Maatregelen\n\nWe [[zetten in op]] preventie en vroegsignalering." },
    { text: "# Doelen\n\n[[Waar mogelijk]] betrekken we ervaringsdeskundigen bij de uitvoering." },
    { text: "# Ambitie\n\n- Er is [[meer aandacht]] voor kinderen die getuige zijn geweest van huiselijk geweld." },
    { text: "# Acties\n\n- Gemeenten [[stimuleren]] het gebruik van de meldcode bij sportclubs." },
    { text: "# Maatregelen\n\nIn 2026 zetten we in op 20 extra opvangplekken.", note: "A number and a year make it checkable." },
    { text: "# Maatregelen\n\nVeilig Thuis stimuleert het gebruik van de meldcode bij huisartsen.", note: "A named party." },
    { text: "# Aard en omvang\n\nGemeenten zetten in op preventie.", note: "Not in a goal or measure." },
    { text: "# Maatregelen\n\nJongeren zeggen dat scholen meer aandacht moeten besteden aan relaties.", note: "Reported speech." },
    { text: "# Maatregelen\n\nWe willen geen losse projecten meer stimuleren.", note: "Negated." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        for (const hit of ctx.find(["vague-commitment-phrase"])) {
          if (done.has(hit.sentence)) continue;
          const s = ctx.sentenceOf(hit);
          if (s.blockType === "footnote" || s.blockType === "heading" || !GOAL_ROLES.includes(s.role)) continue;
          if (ctx.attributed(hit) || ctx.negated(hit)) continue;
          if (!commitmentStatement(ctx, s)) continue;
          if (hasQuantity(ctx, s) || inSentence(ctx, s, MEASURABLE) || inContext(ctx, s, WHEN) || namesOwner(ctx, s)) continue;
          done.add(hit.sentence);
          ctx.report({
            at: hit,
            sentence: s.index,
            messageId: "default",
            data: { term: ctx.doc.text.slice(hit.start, hit.end) },
            weight: DEFAULT_ROLE_WEIGHTS[s.role],
          });
        }
      },
    };
  },
});
