import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { CULTURALISED, FEMALE, has, inSection, nearBy, ownWords, PERSPECTIVE, REFUTATION, reportAt, SHELTER, termOf } from "./lib/framing.js";
import { ASYMMETRY, VAW, womenAsVictims } from "./lib/women.js";

// Gender coded as a minority or culture issue (GREVIO G1; seed 000 on stigmatising framing):
//  1. the policy names women as the main victims only where it discusses honour-based violence or other
//     harmful traditional practices (seed 003 L2540: "Voornamelijk vrouwen zijn slachtoffer van
//     eergerelateerd geweld"), never for domestic violence in general;
//  2. "in alle culturen" used in a passage on honour-based violence to relativise it ("wordt echter in alle
//     culturen vaak afgekeurd", L2572-2574). A sentence saying that violence occurs in all cultures
//     ("komt in alle culturen voor") counters culturalising and is not flagged.
const UNIVERSAL = ["gender-culture-universal"];
const OCCURS = "gender/culturalised-gender#occurs";

function policyText(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  return s.role !== "appendix" && s.role !== "definitions" && s.blockType !== "footnote" && !ctx.attributed(h) && !ctx.negated(h);
}

/** Women named as the main or typical victims (an explicit term, or women as victims with "voornamelijk", "vaker" …). */
function mainVictims(ctx: RuleContext): Hit[] {
  const explicit = ctx.find(VAW);
  const named = ctx.find(FEMALE).filter((h) => womenAsVictims(ctx, h) && has(ctx, h.sentence, ASYMMETRY));
  return [...explicit, ...named].filter((h) => policyText(ctx, h));
}

function hbvContext(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  return nearBy(ctx, s, CULTURALISED, 1) || (ctx.doc.sections.length > 1 && s.section > 0 && inSection(ctx, s, CULTURALISED));
}

export default defineRule({
  id: "culturalised-gender",
  title: { nl: "Gender als cultuurkwestie", en: "Gender as a question of culture" },
  description: {
    nl: "Het beleid noemt vrouwen alleen als slachtoffer bij eergerelateerd geweld of schadelijke traditionele praktijken, of relativeert dat geweld met 'in alle culturen'. Zo wordt gender een kwestie van minderheden in plaats van een kenmerk van huiselijk geweld in het algemeen.",
    en: "The policy names women as victims only for honour-based violence or harmful traditional practices, or relativises that violence with 'in all cultures'. Gender thus becomes a minority issue instead of a feature of domestic violence in general.",
  },
  severity: "info",
  score: 40,
  messages: {
    only: {
      nl: "Alleen hier, bij eergerelateerd geweld of schadelijke praktijken, noemt het beleid vrouwen als de belangrijkste slachtoffers ('{term}'); voor huiselijk geweld in het algemeen niet.",
      en: "Only here, for honour-based violence or harmful practices, does the policy name women as the main victims ('{term}'); not for domestic violence in general.",
    },
    universal: {
      nl: "'{term}' relativeert eergerelateerd geweld en maakt er een cultuurkwestie van.",
      en: "'{term}' relativises honour-based violence and turns it into a question of culture.",
    },
  },
  remedies: ["gender-not-only-culture", "gender-name-violence-against-women"],
  sources: [
    { source: "seed-003", locator: "L2536-2542", quote: "Voornamelijk vrouwen zijn slachtoffer van eergerelateerd geweld" },
    { source: "seed-003", locator: "L2572-2574", quote: "in alle culturen vaak afgekeurd" },
    { source: "seed-000", locator: "L2108", quote: "stigmatiserend" },
  ],
  articles: ["art. 12", "art. 42"],
  tags: ["gender", "framing", "culture"],
  uses: [...REFUTATION, ...UNIVERSAL, ...CULTURALISED, ...SHELTER, ...FEMALE, ...VAW, ...ASYMMETRY, ...PERSPECTIVE],
  concepts: [{ id: OCCURS, terms: ["komt", "komen", "voorkomt", "voorkomen", "speelt", "spelen"].map((text) => ({ text, match: "exact" as const })) }],
  examples: [
    {
      text: "# Eergerelateerd geweld\n\n[[Voornamelijk]] vrouwen zijn slachtoffer van eergerelateerd geweld. De politie heeft specialisten in dienst.\n\n# Maatregelen\n\nWij gaan huiselijk geweld en kindermishandeling eerder signaleren.",
    },
    {
      text: "# Eergerelateerd geweld\n\nDe familie keurt het geweld soms goed. Extreem huiselijk geweld wordt echter [[in alle culturen]] vaak afgekeurd.",
    },
    {
      text: "Meisjes zijn [[vaker]] slachtoffer van huwelijksdwang en achterlating. Gezinnen met huiselijk geweld krijgen hulp van het wijkteam.",
    },
    {
      text: "# Visie\n\nVrouwen zijn de grootste groep slachtoffers van huiselijk geweld.\n\n# Eergerelateerd geweld\n\nVoornamelijk vrouwen zijn slachtoffer van eergerelateerd geweld.",
      note: "Women are named as main victims in general too.",
    },
    { text: "De familie keurt eergerelateerd geweld soms goed. Het wordt echter [[in alle culturen]] vaak afgekeurd.", onTopic: false, note: "A short text judged off-topic: the passage's own context counts." },
    {
      text: "# Eergerelateerd geweld\n\nEergerelateerd geweld is een vorm van huiselijk geweld die in alle culturen voorkomt.",
      note: "'Occurs in all cultures' counters culturalising.",
    },
    {
      text: "Huiselijk geweld komt in alle lagen van de bevolking en in alle culturen voor.",
      note: "No honour-based context.",
    },
    {
      text: "# Bijlage 2\n\nVoornamelijk vrouwen zijn slachtoffer van eergerelateerd geweld.",
      note: "Only in an appendix: the body is judged, not the annex.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        // "Only here" is a judgement about the whole policy: on-topic documents only. "In alle culturen" is a
        // sentence's framing and needs only its own honour-based-violence passage (decisions.md).
        const main = ctx.onTopic ? mainVictims(ctx) : [];
        const inHbv = main.filter((h) => hbvContext(ctx, h) && !has(ctx, h.sentence, SHELTER));
        const elsewhere = main.filter((h) => !hbvContext(ctx, h) && !has(ctx, h.sentence, SHELTER));
        const perspective = ctx.find(PERSPECTIVE).some((h) => policyText(ctx, h));
        if (inHbv.length > 0 && elsewhere.length === 0 && !perspective) {
          const first = inHbv.sort((a, b) => a.start - b.start)[0];
          const cue = ctx.hits.inSentence(first.sentence, ASYMMETRY)[0] ?? first;
          reportAt(ctx, cue, "only", { term: termOf(ctx, ctx.doc.sentences[first.sentence]).slice(0, 120) });
        }
        const done = new Set<number>();
        for (const h of ctx.find(UNIVERSAL)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || !hbvContext(ctx, h) || has(ctx, s.index, [OCCURS])) continue;
          done.add(s.index);
          reportAt(ctx, h, "universal", { term: termOf(ctx, h) });
        }
      },
    };
  },
});
