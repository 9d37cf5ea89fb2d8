import { defaultEngine } from "../../rules/engine/index.js";
import { coverageLinesOf } from "./coverage-lines.js";
import { hashHalf } from "./hash-half.js";

// Constructed coverage lines split A/B by parity within each check, so that a change built from half A's misses can be
// checked on half B (docs/decisions.md, issue 13). Reads only the file it is given (a tuning file; never a held-out
// one). The topic is assumed: the lines measure the check, topic detection has its own tools (topic-tune.ts).
// `npx tsx scripts/eval/lines-ab.ts test/fixtures/coverage/concept-families.txt [-v] [--hash]` (-v lists half A's
// misses; --hash splits by a hash of the line's text instead, so a half does not depend on the order lines were written).
const file = process.argv[2];
if (!file || /blind|devset2|framing\/sentences/.test(file)) throw new Error("usage: lines-ab.ts <tuning coverage line file> [-v] [--hash]");
const verbose = process.argv.includes("-v");
const byHash = process.argv.includes("--hash");

const engine = await defaultEngine();

const seen = new Map<string, number>();
const rows = coverageLinesOf(file).map((l) => {
  const i = seen.get(l.check) ?? 0;
  seen.set(l.check, i + 1);
  const status = engine.scan(l.text, { title: "lines-ab", assumeOnTopic: true }).coverage.find((c) => c.check === l.check)?.status ?? "none";
  const even = byHash ? hashHalf(l.text) === 0 : i % 2 === 0;
  return { ...l, half: even ? "A" : "B", status };
});

for (const half of ["A", "B"]) {
  const mine = rows.filter((r) => r.half === half);
  const pres = mine.filter((r) => r.expect === "present");
  const non = mine.filter((r) => r.expect !== "present");
  console.log(`${half}: present found ${pres.filter((r) => r.status === "present").length}/${pres.length}, non-present kept ${non.filter((r) => r.status !== "present").length}/${non.length}`);
  for (const check of [...seen.keys()].sort()) {
    const p = pres.filter((r) => r.check === check);
    const n = non.filter((r) => r.check === check);
    console.log(`    ${check.padEnd(44)} present ${p.filter((r) => r.status === "present").length}/${p.length}  non-present kept ${n.filter((r) => r.status !== "present").length}/${n.length}`);
  }
  if (verbose && half === "A")
    for (const r of mine) if ((r.expect === "present") !== (r.status === "present")) console.log(`  miss L${r.line} [${r.check} ${r.expect}, got ${r.status}] ${r.text}`);
}
