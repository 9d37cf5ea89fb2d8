import { defineRule } from "../engine/rules/load.js";
import { has, ownWords, reportAt, termOf } from "./lib/framing.js";

// "Ouderverstoting" (parental alienation) in a domestic-violence policy. The notion is contested: where there
// is domestic violence, a child's or parent's resistance to contact with the violent parent can be read as
// manipulation, and GREVIO warns that Dutch custody and contact decisions under-weigh domestic violence
// (G12). Seed 003 makes it a point of attention in complex divorces (L2710-2712). Not flagged when the
// sentence calls the notion contested, not in off-topic texts, not negated, not in someone else's words.
const TERMS = ["gender-parental-alienation"];
const COUNTER = ["gender-contested-counter"];

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
  uses: [...TERMS, ...COUNTER],
  examples: [
    { text: "# Ambitie\n\nAandachtspunten bij de aanpak van complexe scheidingen zijn [[ouderverstoting]] en contact ouder-kind." },
    { text: "Bij vechtscheidingen pakken we [[oudervervreemding]] actief aan." },
    { text: "Professionals herkennen [[parental alienation]] en bespreken dit met beide ouders." },
    { text: "Het begrip ouderverstoting is wetenschappelijk omstreden.", note: "Called contested." },
    { text: "Er is bij huiselijk geweld geen sprake van ouderverstoting als een kind contact weigert.", note: "Negated." },
    { text: "Na een huisverbod wordt het contact tussen ouder en kind veilig geregeld.", note: "No alienation." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        if (!ctx.onTopic) return;
        const done = new Set<number>();
        for (const h of ctx.find(TERMS)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || has(ctx, s.index, COUNTER)) continue;
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        }
      },
    };
  },
});
