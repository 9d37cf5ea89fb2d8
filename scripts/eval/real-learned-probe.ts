// Probe (issue 13, lead, fifth session): does a sentence scorer trained on REAL framing sentences (the collected
// halves A and B, kept outside the repository; docs/real-collection.json lists them) lift held-out real sentences
// beside the rules, and what does it do on policy texts? Counts only, never sentences.
// `npx tsx scripts/eval/real-learned-probe.ts <A.json> <B.json> <C.json>`. Findings: docs/decisions.md (lead, fifth).
import { readFileSync } from "node:fs";
import { defaultEngine } from "../../rules/engine/index.js";
import { loadLabelled } from "./devset.js";
import { lineFlagged, loadFraming, type FramingSentence } from "./framing.js";
import { trainScorer, type ScorerKind } from "./sentence-scorer.js";

type Row = FramingSentence;

const [a, b, c] = process.argv.slice(2).map((p) => JSON.parse(readFileSync(p, "utf8")) as Row[]);
const framing = loadFraming();
const tuning = framing.filter((s) => s.part === "tuning");
const validation = framing.filter((s) => s.part === "validation");
const engine = await defaultEngine();
const ruled = new Map<Row, boolean>();
const rule = (s: Row) => ruled.get(s) ?? ruled.set(s, lineFlagged(engine, { before: s.context_before, sentence: s.sentence, after: s.context_after }, "probe")).get(s)!;
const thresholds = [0.5, 0.8, 0.9, 0.95, 0.99];
const policySentences = loadLabelled()
  .filter((d) => d.part === "tuning" && d.topic_dv)
  .flatMap((d) => d.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 20));

const runs: Array<[string, ScorerKind, Row[], Array<[string, Row[]]>]> = [
  ["A", "naive Bayes", a, [["B", b], ["C", c], ["framing validation", validation]]],
  ["A + B + framing tuning", "naive Bayes", [...a, ...b, ...tuning], [["C", c], ["framing validation", validation]]],
  ["A + B + framing tuning", "logistic regression", [...a, ...b, ...tuning], [["C", c], ["framing validation", validation]]],
];
for (const [name, kind, rows, tests] of runs) {
  const p = trainScorer(kind, rows.map((r) => ({ sentence: r.sentence, flag: r.label === "FLAG" })));
  for (const [set, test] of tests) {
    const F = test.filter((s) => s.label === "FLAG");
    const C = test.filter((s) => s.label === "COUNTER");
    const out = [null, ...thresholds].map((t) => {
      const flagged = (s: Row) => rule(s) || (t !== null && p(s.sentence) >= t);
      return `${t === null ? "rules" : `|p>=${t}`}: F ${F.filter(flagged).length}/${F.length} C ${C.filter(flagged).length}/${C.length}`;
    });
    console.log(`${kind}, train ${name}, test ${set}: ${out.join("; ")}`);
  }
  // Policy texts: how many of the tuning part's sentences would the scorer alone flag?
  console.log(`  on ${policySentences.length} sentences of the tuning part's policy texts: ${thresholds.map((t) => `p>=${t} ${policySentences.filter((s) => p(s) >= t).length}`).join(", ")}`);
}
