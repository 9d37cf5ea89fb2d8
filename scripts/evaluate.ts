// Prints how the rules do on real documents: `npm run eval` (devset labels and seed 003).
import { defaultEngine } from "../rules/engine/index.js";
import { evaluateDevset } from "./eval/devset.js";
import { evaluateSeed003 } from "./eval/seed003.js";

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const engine = await defaultEngine();
const only = process.argv[2];

if (!only || only === "devset") {
  const d = evaluateDevset(engine);
  console.log("Devset (35 texts): label            P     R     F1   errors");
  for (const l of d.labels) {
    console.log(`  ${l.label.padEnd(28)} ${pct(l.precision).padStart(5)} ${pct(l.recall).padStart(5)} ${l.f1.toFixed(2).padStart(5)}  ${l.errors.join(", ")}`);
  }
  console.log(`  micro-F1 ${d.micro.f1.toFixed(3)} (P ${pct(d.micro.precision)}, R ${pct(d.micro.recall)}); without borderline labels ${d.strictMicro.f1.toFixed(3)}`);
  console.log(`  controls off-topic: ${d.controls.filter((c) => !c.onTopic).length}/${d.controls.length}; topic errors: ${d.topicErrors.join("; ") || "none"}`);
  console.log(`  flag sentences flagged by the gender module: ${d.flagSentences.flagged}/${d.flagSentences.total}`);
  for (const m of d.flagSentences.missed) console.log(`    missed: ${m}`);
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
