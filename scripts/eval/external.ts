// Scores labelled real text kept outside the repository: `npx tsx scripts/eval/external.ts <path>... [-v]`.
// A path is a folder in the devset layout (labels.json + docs/) or a JSON array of framing sentences in the
// shared/framing schema. Such collections come from public pages that may not be copied into the repository, so
// they are read from where they lie. Each item falls into half A (to tune on) or B (to check on) by the SHA-1 of
// its page's URL, so two items from one page never straddle the halves; `-v` lists half A's errors, never B's.
// `--whole` scores a pool kept apart for a final check as one set, without the halves and without errors.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { defaultEngine } from "../../rules/engine/index.js";
import { evaluateDocs, type DevsetReport, type LabelledDoc } from "./devset.js";
import { evaluateFraming, type FramingSentence } from "./framing.js";
import { sha1Half } from "./hash-half.js";

type Half = "A" | "B" | "whole";
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

function loadDocs(dir: string): Array<LabelledDoc & { url: string }> {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Array<Omit<LabelledDoc, "set" | "part" | "text"> & { url: string }>;
  // `set` and `part` only name the project's own sets; external texts are scored apart from them.
  return labels.map((d) => ({ ...d, set: "devset2", part: "validation", text: readFileSync(join(dir, "docs", d.file), "utf8") }));
}

function printDocs(name: string, r: DevsetReport, verbose: boolean): void {
  console.log(`${name} (${r.docs} texts): micro-F1 ${r.micro.f1.toFixed(3)} (P ${pct(r.micro.precision)}, R ${pct(r.micro.recall)}); without borderline labels ${r.strictMicro.f1.toFixed(3)}`);
  console.log(`  controls off-topic ${r.controls.filter((c) => !c.onTopic).length}/${r.controls.length}; topic errors ${r.topicErrors.length}; flag sentences ${r.flagSentences.flagged}/${r.flagSentences.total}`);
  for (const l of r.labels) {
    if (l.tp + l.fp + l.fn === 0) continue;
    // How the misses read (partial or missing per check): an aggregate that names no text, so half B shows it too.
    const missed = Object.entries(l.fnStatus).map(([k, n]) => `${k} ${n}`).join(", ");
    const row = `    ${l.label.padEnd(28)} TP ${String(l.tp).padStart(2)} FP ${String(l.fp).padStart(2)} FN ${String(l.fn).padStart(2)}${missed ? `  missed as: ${missed}` : ""}`;
    console.log(verbose && l.errors.length ? `${row}  ${l.errors.join(", ")}` : row);
  }
  if (verbose) for (const e of r.topicErrors) console.log(`  topic: ${e}`);
  if (verbose) for (const m of r.flagSentences.missed) console.log(`  missed flag: ${m}`);
}

const argv = process.argv.slice(2);
const verbose = argv.includes("-v");
const whole = argv.includes("--whole");
const halfOf = (url: string): Half => (whole ? "whole" : sha1Half(url) === 0 ? "A" : "B");
const paths = argv.filter((a) => !a.startsWith("-")).map((p) => resolve(p));
if (paths.length === 0) {
  console.error("usage: tsx scripts/eval/external.ts <labelled-folder | framing.json>... [-v]");
  process.exit(2);
}
const engine = await defaultEngine();
const docs: Array<LabelledDoc & { url: string }> = [];
const sentences: Array<FramingSentence & { url: string }> = [];
for (const p of paths) {
  if (!existsSync(p)) throw new Error(`not found: ${p}`);
  if (statSync(p).isDirectory()) for (const d of loadDocs(p)) docs.push(d);
  else for (const s of JSON.parse(readFileSync(p, "utf8")) as Array<FramingSentence & { url: string }>) sentences.push(s);
}
for (const half of whole ? (["whole"] as const) : (["A", "B"] as const)) {
  const show = verbose && half === "A";
  const name = half === "whole" ? "whole pool" : `half ${half}`;
  const d = docs.filter((x) => halfOf(x.url) === half);
  if (d.length) printDocs(`Labelled texts, ${name}`, evaluateDocs(engine, d), show);
  const s = sentences.filter((x) => halfOf(x.url) === half);
  if (s.length) {
    const f = evaluateFraming(engine, s);
    console.log(`Framing sentences, ${name}: FLAG flagged ${f.flag.flagged}/${f.flag.total} (${pct(f.flag.flagged / Math.max(1, f.flag.total))}), COUNTER flagged ${f.counter.flagged}/${f.counter.total} (${pct(f.counter.flagged / Math.max(1, f.counter.total))})`);
    const strict = evaluateFraming(engine, s.filter((x) => !x.borderline));
    console.log(`  without borderline: FLAG flagged ${strict.flag.flagged}/${strict.flag.total}, COUNTER flagged ${strict.counter.flagged}/${strict.counter.total}`);
    console.log(`  per type (flagged/total): ${Object.entries(f.byType).sort().map(([t, c]) => `${t} ${c.flagged}/${c.total}`).join(", ")}`);
    if (show) for (const e of f.errors) console.log(`  ${e}`);
  }
}
if (docs.length + sentences.length === 0) console.log(`nothing to score in ${paths.map((p) => basename(p)).join(", ")}`);
