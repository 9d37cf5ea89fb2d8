import type { RuleContext, Sentence } from "../../engine/rule-api.js";
import { inContext, leadIn, OWNER } from "./evidence.js";

const AUTHOR = new Set(["we", "wij", "gemeente", "gemeenten", "regiogemeenten", "centrumgemeente"]);

/**
 * Does the sentence (or the lead-in of its list) name who acts: an owner label, a named organisation or
 * role, or a named municipality ("de gemeente Leeuwarden", "Dordrecht, Papendrecht en Zwijndrecht")?
 * With `authorCounts`, the author's own "we"/"wij"/"de gemeente(n)" as subject counts too.
 */
export function namesOwner(ctx: RuleContext, s: Sentence, opts: { authorCounts?: boolean } = {}): boolean {
  if (inContext(ctx, s, OWNER)) return true;
  const t = ctx.doc.tokens;
  const lead = leadIn(ctx, s);
  for (const x of lead ? [s, lead] : [s]) {
    for (let i = x.tokenStart; i < x.tokenEnd; i++) {
      const n = t.normAt(i);
      // "gemeente Leeuwarden", "gemeenten Dordrecht, Papendrecht en Zwijndrecht"
      if ((n === "gemeente" || n === "gemeenten") && i + 1 < x.tokenEnd && /^\p{Lu}/u.test(t.textAt(i + 1))) return true;
      // The author as subject: "we"/"wij" anywhere, "(de) gemeente(n)" at the start of the sentence.
      if (opts.authorCounts && (n === "we" || n === "wij" || (AUTHOR.has(n) && i - x.tokenStart <= 2))) return true;
    }
  }
  return false;
}
