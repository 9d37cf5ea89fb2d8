import { basename, join } from "node:path";
import { PACKAGE_ROOT, defaultEngine } from "../../rules/engine/index.js";
import { blindLines, scoreCoverageLines } from "./blind.js";
import { hashHalf, sha1Half } from "./hash-half.js";

// Short texts read as off topic, measured on the TUNING files only (blind-tune*.txt, paraphrases.txt's `topic` lines and
// topic-robust.txt's hard controls and on-topic lines), split A/B so a change built from A can be checked on B. Never
// reads the held-out files.
// `npx tsx scripts/eval/topic-tune.ts [-v] [--parity]` (-v lists half A's lines read wrongly, for building from A).
// The split is by a hash of the line's text (FNV-1a), fresh in h-topic (2026-12-07): both halves of the older
// split by line parity (--parity, late-o's figures) had been looked at, so a change could no longer be checked on
// an unseen half. A line keeps its half when lines are added or moved.
const FILES = ["blind-tune.txt", "blind-tune-monitoring.txt", "paraphrases.txt", "topic-robust.txt", "topic-forms.txt"].map((f) => join(PACKAGE_ROOT, "test/fixtures/coverage", f));
const engine = await defaultEngine();
const verbose = process.argv.includes("-v");
const parity = process.argv.includes("--parity");

// Files written after the FNV split was found to be a weak mix (topic-forms.txt, topic-ctrl) are split by SHA-1.
const SHA1_FILES = new Set(["topic-forms.txt"]);
const halfOf = (file: string, text: string, i: number) => (parity ? i % 2 : SHA1_FILES.has(basename(file)) ? sha1Half(text) : hashHalf(text));

for (const half of [0, 1]) {
  const name = half === 0 ? "A" : "B";
  // paraphrases.txt's check lines are scanned by test/modules, not a topic measure: only its topic lines count.
  const all = FILES.flatMap((file) =>
    blindLines(file)
      .filter((l, i) => halfOf(file, l.text, i) === half && (!file.endsWith("paraphrases.txt") || l.head[0] === "topic"))
      .map((l) => ({ ...l, file: basename(file) })),
  );
  // Per file from the same scans as the totals: on topic (check lines), topic on and topic off lines right.
  const perFile = new Map(FILES.map((f) => [basename(f), { onTopic: [0, 0], topicOn: [0, 0], topicOff: [0, 0] }]));
  const { coverage: c, presentByCheck } = scoreCoverageLines(engine, all, "tune", (line, result) => {
    const { head, text, file } = line as (typeof all)[number];
    const on = result.document.onTopic;
    const f = perFile.get(file)!;
    const [rate, ok] = head[0] !== "topic" ? [f.onTopic, on] : head[1] === "on" ? [f.topicOn, on] : [f.topicOff, !on];
    rate[1]++;
    if (ok) rate[0]++;
    if (!verbose || half !== 0) return;
    if (head[0] !== "topic" && !on) console.log(`  off topic [${head.join(" ")}] ${text}`);
    if (head[0] === "topic" && (head[1] === "on") !== on) console.log(`  wrong [${head.join(" ")}] ${text}`);
  });
  const off = [...presentByCheck.values()].reduce((a, x) => a + x.offTopic, 0);
  console.log(`${name}: read as on topic ${c.onTopic.ok}/${c.onTopic.n}; present found ${c.present.ok}/${c.present.n} (read as off topic ${off}); topic on ${c.topicOn.ok}/${c.topicOn.n}, off ${c.topicOff.ok}/${c.topicOff.n}`);
  for (const [file, f] of perFile) console.log(`    ${file} on topic ${f.onTopic.join("/")}, topic on ${f.topicOn.join("/")}, off ${f.topicOff.join("/")}`);
  for (const [check, x] of [...presentByCheck].sort()) if (x.offTopic > 0) console.log(`    ${check.padEnd(44)} ${x.ok}/${x.n}  off topic ${x.offTopic}`);
}
