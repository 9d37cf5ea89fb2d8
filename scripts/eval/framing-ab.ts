// Cross-validation inside the framing tuning material (issue 13 method): every tuning item (the real tuning
// sentences, the blind writer's tuning half, the helper's sentences, the project's paraphrases) goes to half A or B
// by its parity within its (file, label, type) group. Build from A's misses, check that B rises too.
// Usage: npx tsx scripts/eval/framing-ab.ts [-v A|B] [--only <file>]   (-v lists that half's errors; --only scores the
// lines of one fixture file, e.g. a helper's own lines, with the same split)
import { defaultEngine } from "../../rules/engine/index.js";
import { framingLines, lineFlagged, loadFraming, type FramingLine } from "./framing.js";

type Item = FramingLine;

/** The writers name the same types differently. */
const TYPE: Record<string, string> = {
  "gender-blind": "blind",
  "stress-causation": "stress",
  "relationship-preservation": "relpres",
  "victim-blaming": "blaming",
  "risk-factor": "riskfactor",
  "gender-pattern": "pattern",
};
const typeOf = (t: string) => TYPE[t] ?? t;

const fileItems = (file: string): Item[] => framingLines(file).map((l) => ({ ...l, type: typeOf(l.type) }));

const argv = process.argv.slice(2);
const flagArg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = flagArg("--only");
const tuning = loadFraming().filter((s) => s.part === "tuning");
if (tuning.length !== 23) throw new Error(`expected 23 framing tuning sentences, got ${tuning.length}`);
const items: Item[] = [
  ...tuning.map((s) => ({ file: "sentences.json", label: (s.label === "FLAG" ? "F" : "C") as "F" | "C", type: typeOf(s.type), before: s.context_before, sentence: s.sentence, after: s.context_after })),
  ...["blind-tune.txt", "helper-sentences.txt", "paraphrases.txt", "stress-lines.txt"].flatMap(fileItems),
].filter((it) => !only || it.file === only);

const engine = await defaultEngine();
const seen = new Map<string, number>();
const tally = new Map<string, { n: number; hit: number }>();
const verbose = flagArg("-v");
for (const it of items) {
  const g = `${it.file} ${it.label} ${it.type}`;
  const k = seen.get(g) ?? 0;
  seen.set(g, k + 1);
  const half = k % 2 === 0 ? "A" : "B";
  const hit = lineFlagged(engine, it, "ab");
  for (const key of [`${half} ${it.label} ${it.label === "F" ? it.type : "all"}`, `${half} ${it.label} *`]) {
    const t = tally.get(key) ?? { n: 0, hit: 0 };
    t.n++;
    if (hit) t.hit++;
    tally.set(key, t);
  }
  if (verbose === half && hit !== (it.label === "F")) console.log(`${it.label === "F" ? "MISS" : "FP  "} ${it.type} (${it.file}) :: ${it.before ? `${it.before} || ` : ""}${it.sentence}${it.after ? ` || ${it.after}` : ""}`);
}
const keys = [...new Set([...tally.keys()].map((k) => k.slice(2)))].sort();
for (const k of keys) {
  const a = tally.get(`A ${k}`) ?? { n: 0, hit: 0 };
  const b = tally.get(`B ${k}`) ?? { n: 0, hit: 0 };
  console.log(`${k.padEnd(16)} A ${a.hit}/${a.n}  B ${b.hit}/${b.n}`);
}
