import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { excerptsOf, halfOf } from "../../scripts/eval/excerpts.js";

// Labelled excerpts of several genres for the status semantics of issue 13 point 2 (helper cov-prec;
// test/fixtures/coverage/excerpts-status.txt, scripts/eval/excerpts-ab.ts). Each excerpt is scanned whole, like the
// blind excerpts. Floors at the figures the helper landed with (A to tune, B to check), so a change that reads a
// passing mention as addressing again shows here; the misses left are listed in docs/decisions.md.
const engine = await defaultEngine();
const excerpts = excerptsOf(join(PACKAGE_ROOT, "test/fixtures/coverage/excerpts-status.txt"));

const rows = excerpts.flatMap((x) => {
  const r = engine.scan(x.text, { title: x.id });
  return x.expects.map((e) => ({ ...e, half: halfOf(x.id), got: r.coverage.find((c) => c.check === e.check)?.status }));
});
const tally = (half: "A" | "B", present: boolean) => {
  const mine = rows.filter((r) => r.half === half && (r.status === "present") === present);
  return { ok: mine.filter((r) => (r.got === "present") === present).length, n: mine.length };
};

describe("labelled excerpts: status semantics across genres", () => {
  it("holds at least 20 excerpts with present and non-present labels in both halves", () => {
    expect(excerpts.length).toBeGreaterThanOrEqual(20);
    for (const half of ["A", "B"] as const) {
      expect(tally(half, true).n).toBeGreaterThan(0);
      expect(tally(half, false).n).toBeGreaterThan(0);
    }
  });

  it("keeps passing mentions non-present and finds addressing at the landed floors", () => {
    expect(tally("A", false).ok).toBeGreaterThanOrEqual(15);
    expect(tally("B", false).ok).toBeGreaterThanOrEqual(15);
    expect(tally("A", true).ok).toBeGreaterThanOrEqual(12);
    expect(tally("B", true).ok).toBeGreaterThanOrEqual(11);
  });
});
