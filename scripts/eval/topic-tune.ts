import { join } from "node:path";
import { PACKAGE_ROOT, defaultEngine } from "../../rules/engine/index.js";
import { blindLines } from "./blind.js";

// Short texts read as off topic, measured on the TUNING files only (blind-tune*.txt and paraphrases.txt's `topic`
// lines), split A/B by line parity within each file so a change built from A can be checked on B. Never reads the
// held-out files. `npx tsx scripts/eval/topic-tune.ts [-v]` (-v lists the lines read as off topic, for half A only).
const FILES = ["blind-tune.txt", "blind-tune-monitoring.txt", "paraphrases.txt"].map((f) => join(PACKAGE_ROOT, "test/fixtures/coverage", f));
const engine = await defaultEngine();
const verbose = process.argv.includes("-v");

for (const half of [0, 1]) {
  const name = half === 0 ? "A" : "B";
  let onTopic = 0, lines = 0, topicOn = 0, topicOnOk = 0, topicOff = 0, topicOffOk = 0;
  const byCheck = new Map<string, { found: number; n: number; off: number }>();
  for (const file of FILES) {
    blindLines(file).forEach(({ head, text }, i) => {
      if (i % 2 !== half) return;
      const result = engine.scan(text, { title: "tune" });
      const on = result.document.onTopic;
      if (head[0] === "topic") {
        if (head[1] === "on") { topicOn++; if (on) topicOnOk++; }
        else { topicOff++; if (!on) topicOffOk++; }
        return;
      }
      if (file.endsWith("paraphrases.txt")) return; // its check lines are scanned by test/modules, not a topic measure
      lines++;
      if (on) onTopic++;
      else if (verbose && half === 0) console.log(`  off topic [${head.join(" ")}] ${text}`);
      if (head[1] !== "present") return;
      const c = byCheck.get(head[0]) ?? { found: 0, n: 0, off: 0 };
      c.n++;
      if (result.coverage.find((x) => x.check === head[0])?.status === "present") c.found++;
      if (!on) c.off++;
      byCheck.set(head[0], c);
    });
  }
  const sum = [...byCheck.values()].reduce((a, c) => ({ found: a.found + c.found, n: a.n + c.n, off: a.off + c.off }), { found: 0, n: 0, off: 0 });
  console.log(`${name}: read as on topic ${onTopic}/${lines}; present found ${sum.found}/${sum.n} (read as off topic ${sum.off}); topic on ${topicOnOk}/${topicOn}, off ${topicOffOk}/${topicOff}`);
  for (const [check, c] of [...byCheck].sort()) if (c.off > 0) console.log(`    ${check.padEnd(44)} ${c.found}/${c.n}  off topic ${c.off}`);
}
