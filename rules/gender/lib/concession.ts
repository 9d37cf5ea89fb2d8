import type { Hit, RuleContext } from "../../engine/rule-api.js";
import { clauseOf, hitsIn } from "./framing.js";

// A safety-first statement conceded and then set aside (issue 13, fr-rel): "Hoewel de veiligheid voorop staat,
// streven we naar herstel van de relatie", "De veiligheid staat weliswaar voorop, maar …". The safeguard's clause holds
// a concessive word, and the help or the aim stands in another clause; then the safeguard does not cover it.

/** Concessive words that open or mark a conceded clause. */
const CONCESSIVE = new Set(["hoewel", "alhoewel", "ofschoon", "weliswaar", "hoezeer"]);

/** Does a concessive word ("hoewel", "weliswaar", "ook al") stand in the clause [from, to)? */
function concessive(ctx: RuleContext, from: number, to: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = from; k < to; k++) {
    const w = tokens.normAt(k);
    if (CONCESSIVE.has(w) || (w === "al" && k > from && tokens.normAt(k - 1) === "ook")) return true;
  }
  return false;
}

/** Does a safeguard of `concepts` in the sentence of `h` hold for it: in h's own clause, or in a clause that is not conceded? */
export function safeguardHolds(ctx: RuleContext, h: Hit, concepts: readonly string[]): boolean {
  return hitsIn(ctx, h.sentence, concepts).some((v) => {
    const [from, to] = clauseOf(ctx, v.tokStart);
    return (h.tokStart >= from && h.tokStart < to) || !concessive(ctx, from, to);
  });
}
