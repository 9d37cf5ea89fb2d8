// Cross-validation inside the framing tuning material (issue 13 method): every tuning item (the real tuning
// sentences, the blind writer's tuning half, the helpers' line files, the project's paraphrases) goes to half A or B.
// Build from A's misses, check that B rises too. Each file keeps the split its lines were built with (SPLITS): a
// new split would move lines already tuned on into the check half.
// Usage: npx tsx scripts/eval/framing-ab.ts [-v A|B] [--only <file>]   (-v lists that half's errors; --only scores the
// lines of one fixture file, e.g. a helper's own lines)
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine, PACKAGE_ROOT } from "../../rules/engine/index.js";
import { framingLines, lineFlagged, loadFraming, type FramingLine } from "./framing.js";
import { hashHalf, sha1Half } from "./hash-half.js";

type Item = FramingLine;
type Half = "A" | "B";

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
const line = (it: Item) => `${it.before}|${it.sentence}|${it.after}`;
const byBit = (bit: number): Half => (bit === 0 ? "A" : "B");

/**
 * How each file was split when its lines were tuned on. `parity`: alternate within its (file, label, type) group
 * (the first files); the helper files of 2026-12-07 split by a hash so that added lines do not move others.
 * Files not listed (new ones) split by `sha1Half` of the whole line.
 */
const SPLITS: Record<string, "parity" | ((it: Item) => Half)> = {
  "sentences.json": "parity",
  "blind-tune.txt": "parity",
  "helper-sentences.txt": "parity",
  "paraphrases.txt": "parity",
  "stress-lines.txt": "parity",
  "blaming-families.txt": (it) => byBit(hashHalf(it.sentence)),
  "blaming-fresh.txt": (it) => byBit(hashHalf(it.sentence)),
  "symmetric-blind-lines.txt": (it) => byBit(hashHalf(line(it))),
  // fr-stress2 built and checked its lines on this split (the FNV of the whole line), before the sha1 default.
  "stress-results.txt": (it) => byBit(hashHalf(line(it))),
  // fr-b (fourth session): victim-blaming, relationship preservation and mediation in public-page surfaces.
  "public-pages-lines.txt": (it) => byBit(sha1Half(line(it))),
  "public-pages-lines-2.txt": (it) => byBit(sha1Half(line(it))),
  "public-pages-lines-3.txt": (it) => byBit(sha1Half(line(it))),
  // fr-a (fourth session) built from half A of this split (the SHA-1 of the whole line).
  "surface-forms.txt": (it) => byBit(sha1Half(line(it))),
  // fr-counter (fourth session, round 2): refutations, unsuitability verdicts, art. 48, child exposure; built from half A.
  "counter-lines.txt": (it) => byBit(sha1Half(line(it))),
};
const defaultSplit = (it: Item): Half => byBit(sha1Half(line(it)));

const argv = process.argv.slice(2);
const flagArg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = flagArg("--only");
if (only && /blind\/|devset2/.test(only)) throw new Error("framing-ab.ts reads tuning files in test/fixtures/framing only");
const tuning = loadFraming().filter((s) => s.part === "tuning");
if (tuning.length !== 23) throw new Error(`expected 23 framing tuning sentences, got ${tuning.length}`);
const lineFiles = readdirSync(join(PACKAGE_ROOT, "test/fixtures/framing")).filter((f) => f.endsWith(".txt")).sort();
const items: Item[] = [
  ...tuning.map((s) => ({ file: "sentences.json", label: (s.label === "FLAG" ? "F" : "C") as "F" | "C", type: s.type, before: s.context_before, sentence: s.sentence, after: s.context_after })),
  ...lineFiles.flatMap((f) => framingLines(f)),
]
  .filter((it) => !only || it.file === only)
  .map((it) => ({ ...it, type: typeOf(it.type) }));

const engine = await defaultEngine();
const seen = new Map<string, number>();
const tally = new Map<string, { n: number; hit: number }>();
const verbose = flagArg("-v");
for (const it of items) {
  const split = SPLITS[it.file] ?? defaultSplit;
  let half: Half;
  if (split === "parity") {
    const g = `${it.file} ${it.label} ${it.type}`;
    const k = seen.get(g) ?? 0;
    seen.set(g, k + 1);
    half = k % 2 === 0 ? "A" : "B";
  } else half = split(it);
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
