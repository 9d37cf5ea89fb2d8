import { join } from "node:path";
import { PACKAGE_ROOT, defaultEngine } from "../../rules/engine/index.js";
import { blindLines, scoreCoverageLines } from "./blind.js";

// Short texts read as off topic, measured on the TUNING files only (blind-tune*.txt and paraphrases.txt's `topic`
// lines), split A/B by line parity within each file so a change built from A can be checked on B. Never reads the
// held-out files. `npx tsx scripts/eval/topic-tune.ts [-v]` (-v lists the lines read as off topic, for half A only).
const FILES = ["blind-tune.txt", "blind-tune-monitoring.txt", "paraphrases.txt"].map((f) => join(PACKAGE_ROOT, "test/fixtures/coverage", f));
const engine = await defaultEngine();
const verbose = process.argv.includes("-v");

for (const half of [0, 1]) {
  const name = half === 0 ? "A" : "B";
  // paraphrases.txt's check lines are scanned by test/modules, not a topic measure: only its topic lines count.
  const lines = FILES.flatMap((file) => blindLines(file).filter((l, i) => i % 2 === half && (!file.endsWith("paraphrases.txt") || l.head[0] === "topic")));
  const { coverage: c, presentByCheck } = scoreCoverageLines(engine, lines, "tune", ({ head, text }, result) => {
    if (verbose && half === 0 && head[0] !== "topic" && !result.document.onTopic) console.log(`  off topic [${head.join(" ")}] ${text}`);
  });
  const off = [...presentByCheck.values()].reduce((a, x) => a + x.offTopic, 0);
  console.log(`${name}: read as on topic ${c.onTopic.ok}/${c.onTopic.n}; present found ${c.present.ok}/${c.present.n} (read as off topic ${off}); topic on ${c.topicOn.ok}/${c.topicOn.n}, off ${c.topicOff.ok}/${c.topicOff.n}`);
  for (const [check, x] of [...presentByCheck].sort()) if (x.offTopic > 0) console.log(`    ${check.padEnd(44)} ${x.ok}/${x.n}  off topic ${x.offTopic}`);
}
