import { defaultEngine } from "../../rules/engine/index.js";
import { excerptsOf, halfOf } from "./excerpts.js";

// Labelled excerpts of several genres (test/fixtures/coverage/excerpts-status.txt), each scanned whole like the blind
// excerpts, split A/B by a hash of the excerpt's id so that a change built from half A's misses is checked on half B
// (issue 13 point 2). Reads only the file it is given (a tuning file; never a held-out one).
// `npx tsx scripts/eval/excerpts-ab.ts test/fixtures/coverage/excerpts-status.txt [-v]` (-v lists half A's misses).

const file = process.argv[2];
if (file) {
  if (/blind|devset2|framing\/sentences/.test(file)) throw new Error("usage: excerpts-ab.ts <tuning excerpt file> [-v]");
  const verbose = process.argv.includes("-v");
  const engine = await defaultEngine();
  const rows = excerptsOf(file).flatMap((x) => {
    const r = engine.scan(x.text, { title: x.id });
    return x.expects.map((e) => ({
      ...e,
      id: x.id,
      half: halfOf(x.id),
      onTopic: r.document.onTopic,
      got: r.coverage.find((c) => c.check === e.check)?.status ?? "none",
    }));
  });
  for (const half of ["A", "B"]) {
    const mine = rows.filter((r) => r.half === half);
    const pres = mine.filter((r) => r.status === "present");
    const non = mine.filter((r) => r.status !== "present");
    const ids = new Set(mine.map((r) => r.id));
    const off = new Set(mine.filter((r) => !r.onTopic).map((r) => r.id));
    console.log(
      `${half} (${ids.size} excerpts, ${off.size} off topic): present found ${pres.filter((r) => r.got === "present").length}/${pres.length}, non-present kept ${non.filter((r) => r.got !== "present").length}/${non.length}`,
    );
    if (verbose && half === "A")
      for (const r of mine) if ((r.status === "present") !== (r.got === "present")) console.log(`  miss ${r.id} ${r.check} expected ${r.status}, got ${r.got}${r.onTopic ? "" : " (off topic)"}`);
  }
}
