import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { DV_CONTEXT, framingContext, has, hitsIn, ownWords, REFUTATION, reportAt, termOf } from "./lib/framing.js";

// "Ouderverstoting" (parental alienation) in a domestic-violence policy. The notion is contested: where there
// is domestic violence, a child's or parent's resistance to contact with the violent parent can be read as
// manipulation, and GREVIO warns that Dutch custody and contact decisions under-weigh domestic violence
// (G12). Seed 003 makes it a point of attention in complex divorces (L2710-2712). Not flagged when the
// sentence calls the notion contested, not negated, not in someone else's words, only in a domestic-violence
// policy or a passage about domestic violence (lib/framing framingContext), and not when it is one item of an
// enumeration of forms of violence ("waar partnergeweld, kindermishandeling en/of oudervervreemding speelt"): a
// passing mention that sets it apart from the violence, not a policy built on it.
const TERMS = ["gender-parental-alienation"];
const COUNTER = ["gender-contested-counter"];
const FORMS = ["dv-core"];
const JOINER = ["gender-enumeration-joiner"];

/** Is the notion the next item after a form of violence in an enumeration (only a comma or "en", "of" between)? */
function listedAfterForm(ctx: RuleContext, h: Hit): boolean {
  const joiners = hitsIn(ctx, h.sentence, JOINER);
  return hitsIn(ctx, h.sentence, FORMS).some((f) => {
    if (f.tokEnd > h.tokStart) return false;
    for (let k = f.tokEnd; k < h.tokStart; k++) if (!joiners.some((j) => j.tokStart === k)) return false;
    return true;
  });
}

export default defineRule({
  id: "contested-parental-alienation",
  title: { nl: "Ouderverstoting bij huiselijk geweld", en: "Parental alienation in domestic violence" },
  description: {
    nl: "Het beleid maakt 'ouderverstoting' tot aandachtspunt bij (complexe) scheidingen zonder de veiligheid bij huiselijk geweld voorop te zetten. Het begrip is omstreden en kan verzet tegen contact met een gewelddadige ouder verkeerd uitleggen.",
    en: "The policy makes 'parental alienation' a point of attention in (complex) separations without putting safety in domestic violence first. The notion is contested and can misread resistance to contact with a violent parent.",
  },
  severity: "warning",
  score: 50,
  messages: {
    default: {
      nl: "'{term}' is bij huiselijk geweld een omstreden begrip; zet de veiligheid van ouder en kind voorop bij contact en omgang.",
      en: "'{term}' is a contested notion where there is domestic violence; put the safety of parent and child first in contact arrangements.",
    },
  },
  remedies: ["gender-safety-in-custody"],
  sources: [
    { source: "seed-003", locator: "L2706-2712", quote: "ouderverstoting en contact ouder-kind" },
    { source: "seed-002", locator: "L287-293", quote: "eenoudergezag regelen bij de verdenking van huiselijk geweld" },
  ],
  articles: ["art. 31"],
  tags: ["gender", "custody"],
  uses: [...REFUTATION, ...TERMS, ...COUNTER, ...FORMS, ...JOINER, ...DV_CONTEXT],
  examples: [
    { text: "# Huiselijk geweld en kindermishandeling\n\n## Ambitie\n\nAandachtspunten bij de aanpak van complexe scheidingen zijn [[ouderverstoting]] en contact ouder-kind.", note: "The heading above places it in domestic violence." },
    { text: "Bij vechtscheidingen met huiselijk geweld pakken we [[oudervervreemding]] actief aan." },
    { text: "Kinderen zijn vaak getuige van partnergeweld. Professionals herkennen [[parental alienation]] en bespreken dit met beide ouders.", onTopic: false },
    { text: "Het begrip ouderverstoting is wetenschappelijk omstreden.", note: "Called contested." },
    { text: "Er is bij huiselijk geweld geen sprake van ouderverstoting als een kind contact weigert.", note: "Negated." },
    { text: "Na een huisverbod wordt het contact tussen ouder en kind veilig geregeld.", note: "No alienation." },
    { text: "De interventies in gevallen waar partnergeweld, kindermishandeling en/of oudervervreemding speelt, zijn complex.", note: "One item of an enumeration of forms of violence." },
    { text: "Bij scheidingen letten we op ouderverstoting.", onTopic: false, note: "A text that is not about domestic violence." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        for (const h of ctx.find(TERMS)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || has(ctx, s.index, COUNTER) || !framingContext(ctx, s)) continue;
          if (listedAfterForm(ctx, h)) continue;
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        }
      },
    };
  },
});
