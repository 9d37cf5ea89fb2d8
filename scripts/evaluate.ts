// Prints how the rules do on real documents: `npm run eval` [split|framing|seed003|blind].
// The labelled texts and framing sentences are split into a tuning and a validation part (eval/split.ts);
// errors are listed by file for the tuning part only, so no vocabulary is taken from a validation text.
import { relative } from "node:path";
import { defaultEngine, PACKAGE_ROOT } from "../rules/engine/index.js";
import { BLIND_SETS, evaluateBlind, type Rate } from "./eval/blind.js";
import { evaluateSplit, type DevsetReport } from "./eval/devset.js";
import { evaluateFramingSplit } from "./eval/framing.js";
import { evaluateSeed003 } from "./eval/seed003.js";

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const engine = await defaultEngine();
const only = process.argv[2];

function printLabels(name: string, d: DevsetReport, listErrors: boolean): void {
  console.log(`${name} (${d.docs} texts): label          TP  FP  FN    P     R     F1`);
  for (const l of d.labels) {
    const row = `  ${l.label.padEnd(28)} ${String(l.tp).padStart(3)} ${String(l.fp).padStart(3)} ${String(l.fn).padStart(3)} ${pct(l.precision).padStart(5)} ${pct(l.recall).padStart(5)} ${l.f1.toFixed(2).padStart(5)}`;
    const fnStatus = Object.entries(l.fnStatus).map(([k, n]) => `${k} ${n}`).join(", ");
    console.log(listErrors && l.errors.length ? `${row}  ${l.errors.join(", ")}` : fnStatus ? `${row}  missed as: ${fnStatus}` : row);
  }
  console.log(`  micro-F1 ${d.micro.f1.toFixed(3)} (P ${pct(d.micro.precision)}, R ${pct(d.micro.recall)}); without borderline labels ${d.strictMicro.f1.toFixed(3)}`);
  console.log(`  controls off-topic: ${d.controls.filter((c) => !c.onTopic).length}/${d.controls.length}; topic errors: ${listErrors ? d.topicErrors.join("; ") || "none" : d.topicErrors.length}`);
  console.log(`  flag sentences flagged: ${d.flagSentences.flagged}/${d.flagSentences.total}`);
  if (listErrors) for (const m of d.flagSentences.missed) console.log(`    missed: ${m}`);
}

if (!only || only === "split") {
  const s = evaluateSplit(engine);
  printLabels("Tuning part", s.tuning, true);
  console.log();
  printLabels("Validation part", s.validation, false);
  console.log(`\nmicro-F1 tuning ${s.tuning.micro.f1.toFixed(3)}, validation ${s.validation.micro.f1.toFixed(3)}, gap ${(s.tuning.micro.f1 - s.validation.micro.f1).toFixed(3)}`);
}
if (!only || only === "framing") {
  const f = evaluateFramingSplit(engine);
  console.log();
  for (const [part, r] of Object.entries(f)) {
    console.log(`Framing sentences, ${part} half: FLAG flagged ${r.flag.flagged}/${r.flag.total} (${pct(r.flag.flagged / r.flag.total)}), COUNTER flagged ${r.counter.flagged}/${r.counter.total} (${pct(r.counter.flagged / r.counter.total)})`);
    if (part === "tuning") for (const e of r.errors) console.log(`  ${e}`);
    // The validation half shows counts per type only: which kinds of framing are missed, never which sentence.
    else console.log(`  per type (flagged/total): ${Object.entries(r.byType).sort().map(([t, c]) => `${t} ${c.flagged}/${c.total}`).join(", ")}`);
  }
}
if (!only || only === "seed003") {
  const s = evaluateSeed003(engine);
  console.log(`\nSeed 003: coverage agreement ${pct(s.agreement)} (${s.coverage.filter((c) => c.ok).length}/${s.coverage.length})`);
  for (const c of s.coverage) if (!c.ok) console.log(`  ✗ ${c.check}: ${c.actual ?? "no result"} (expected ${c.accept.join("|")})`);
  console.log(`  FLAG sentences flagged ${pct(s.flagShare)}, COUNTER sentences flagged ${pct(s.counterShare)}`);
  for (const f of s.flags) {
    const flagged = f.flaggedBy.length > 0;
    if ((f.label === "flag" && !flagged) || (f.label === "counter" && flagged)) {
      console.log(`  ${f.label === "flag" ? "missed" : "false flag"} #${f.n} L${f.lines[0]}: ${f.text.slice(0, 70)} ${f.flaggedBy.join(",")}`);
    }
  }
}
if (!only || only === "blind") {
  const r = (x: Rate) => `${x.ok}/${x.n} (${pct(x.n ? x.ok / x.n : 1)})`;
  for (const set of BLIND_SETS) {
    const b = evaluateBlind(engine, set.dir);
    console.log(`\nBlind held-out ${set.name} (author-written, ${relative(PACKAGE_ROOT, set.dir)}; aggregates only):`);
    console.log(`  coverage lines: present found ${r(b.coverage.present)}, non-present kept ${r(b.coverage.nonPresent)}, read as on topic ${r(b.coverage.onTopic)}`);
    console.log(`  topic paragraphs: on ${r(b.coverage.topicOn)}, off ${r(b.coverage.topicOff)}`);
    console.log(`  framing lines: FLAG flagged ${r(b.framing.flag)}, COUNTER flagged ${r(b.framing.counterFlagged)}`);
    console.log(`  labelled excerpts (${b.docs.docs}): micro-F1 ${b.docs.micro.f1.toFixed(3)} (P ${pct(b.docs.micro.precision)}, R ${pct(b.docs.micro.recall)}); controls off-topic ${b.docs.controls.filter((c) => !c.onTopic).length}/${b.docs.controls.length}; flag sentences ${b.docs.flagSentences.flagged}/${b.docs.flagSentences.total}; counter sentences flagged ${r({ ok: b.docs.counterSentences.flagged, n: b.docs.counterSentences.total })}`);
    if (only === "blind") {
      // Counts per check, per framing type and per label, to see where held-out figures are lost; never the lines.
      console.log("  present lines found, per check (of them read as off topic):");
      for (const [check, c] of [...b.presentByCheck].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`    ${check.padEnd(44)} ${r(c)}  off topic ${c.offTopic}`);
      console.log("  FLAG lines flagged, per framing type:");
      for (const [type, t] of [...b.flagByType].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`    ${type.padEnd(44)} ${r(t)}`);
      console.log("  labelled excerpts, per label:");
      for (const l of b.docs.labels) console.log(`    ${l.label.padEnd(44)} TP ${l.tp} FP ${l.fp} FN ${l.fn}`);
    }
  }
}
