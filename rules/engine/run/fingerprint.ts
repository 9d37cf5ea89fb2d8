import { createHash } from "node:crypto";

/**
 * A finding's fingerprint depends on the rule, the words of its sentence and the matched words,
 * never on line numbers: edits elsewhere in the document keep it; a second identical finding in
 * an identical sentence gets its occurrence number.
 */
export class Fingerprinter {
  private readonly seen = new Map<string, number>();

  next(ruleId: string, anchor: string, quote: string): string {
    const base = `${ruleId}\u0000${canon(anchor)}\u0000${canon(quote)}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return createHash("sha256").update(`${base}\u0000${n}`).digest("hex").slice(0, 32);
  }
}

function canon(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}
