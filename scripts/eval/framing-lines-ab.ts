import { createHash } from "node:crypto";
import { defaultEngine } from "../../rules/engine/index.js";
import { framingLines, lineFlagged } from "./framing.js";

// One framing line file split into halves A and B by a hash of each line's text (not its position, so adding lines
// does not move the others): build from half A's misses, check that half B rises too (issue 13 method). Reads only the
// tuning file it is given, never a held-out one.
// Usage: npx tsx scripts/eval/framing-lines-ab.ts relationship-lines.txt [-v A|B]   (-v lists that half's errors)
const file = process.argv[2];
if (!file || /blind\/|devset2|sentences\.json/.test(file)) throw new Error("usage: framing-lines-ab.ts <file in test/fixtures/framing> [-v A|B]");
const verbose = process.argv[3] === "-v" ? process.argv[4] : undefined;

/** Half of a line: the parity of the first byte of its text's sha1. */
export function halfOf(text: string): "A" | "B" {
  return createHash("sha1").update(text).digest()[0] % 2 === 0 ? "A" : "B";
}

const engine = await defaultEngine();
const tally = new Map<string, { n: number; hit: number }>();
for (const l of framingLines(file)) {
  const half = halfOf(`${l.before}|${l.sentence}|${l.after}`);
  const hit = lineFlagged(engine, l, "lines-ab");
  for (const key of [`${half} ${l.label} ${l.type}`, `${half} ${l.label} *`]) {
    const t = tally.get(key) ?? { n: 0, hit: 0 };
    t.n++;
    if (hit) t.hit++;
    tally.set(key, t);
  }
  if (verbose === half && hit !== (l.label === "F")) console.log(`${l.label === "F" ? "MISS" : "FP  "} ${l.type} :: ${l.before ? `${l.before} || ` : ""}${l.sentence}${l.after ? ` || ${l.after}` : ""}`);
}
for (const k of [...new Set([...tally.keys()].map((k) => k.slice(2)))].sort()) {
  const a = tally.get(`A ${k}`) ?? { n: 0, hit: 0 };
  const b = tally.get(`B ${k}`) ?? { n: 0, hit: 0 };
  console.log(`${k.padEnd(30)} A ${a.hit}/${a.n}  B ${b.hit}/${b.n}`);
}
