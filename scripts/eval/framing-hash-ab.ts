// A/B for one framing line file, split by a hash of each line's text rather than by its position, so that adding
// or reordering lines does not move the others between halves (issue 13 method; helper fr-gb). Build from half A's
// misses, check half B. Usage: npx tsx scripts/eval/framing-hash-ab.ts <file in test/fixtures/framing> [-v A|B]
import { defaultEngine } from "../../rules/engine/index.js";
import { framingLines, lineFlagged, type FramingLine } from "./framing.js";
import { hashHalf } from "./hash-half.js";

/** The line's half by the hash of its text (hash-half.ts): a stable half for each line. */
export function halfOf(l: Pick<FramingLine, "before" | "sentence" | "after">): "A" | "B" {
  return hashHalf(`${l.before}|${l.sentence}|${l.after}`) === 0 ? "A" : "B";
}

const file = process.argv[2];
if (!file) throw new Error("usage: framing-hash-ab.ts <file> [-v A|B]");
const verbose = process.argv[3] === "-v" ? process.argv[4] : undefined;
const engine = await defaultEngine();
const tally = new Map<string, { n: number; hit: number }>();
for (const l of framingLines(file)) {
  const half = halfOf(l);
  const hit = lineFlagged(engine, l, "hash-ab");
  for (const key of [`${l.label} ${l.type}`, `${l.label} *`]) {
    const t = tally.get(`${half} ${key}`) ?? { n: 0, hit: 0 };
    t.n++;
    if (hit) t.hit++;
    tally.set(`${half} ${key}`, t);
  }
  if (verbose === half && hit !== (l.label === "F")) console.log(`${l.label === "F" ? "MISS" : "FP  "} ${l.type} :: ${l.before ? `${l.before} || ` : ""}${l.sentence}${l.after ? ` || ${l.after}` : ""}`);
}
for (const k of [...new Set([...tally.keys()].map((k) => k.slice(2)))].sort()) {
  const a = tally.get(`A ${k}`) ?? { n: 0, hit: 0 };
  const b = tally.get(`B ${k}`) ?? { n: 0, hit: 0 };
  console.log(`${k.padEnd(14)} A ${a.hit}/${a.n}  B ${b.hit}/${b.n}`);
}
