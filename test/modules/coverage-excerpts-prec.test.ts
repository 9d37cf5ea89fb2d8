import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { excerptsOf, halfOf } from "../../scripts/eval/excerpts.js";

// Labelled excerpts of helper prec (test/fixtures/coverage/excerpts-prec.txt, scripts/eval/excerpts-ab.ts): shelter,
// data registration, indicators and quantified targets in news, motions, council questions, plans and annual reports,
// each scanned whole. Floors at the figures landed (A built on, B checked); the misses left are in docs/decisions.md.
const engine = await defaultEngine();
const excerpts = excerptsOf(join(PACKAGE_ROOT, "test/fixtures/coverage/excerpts-prec.txt"));

const rows = excerpts.flatMap((x) => {
  const r = engine.scan(x.text, { title: x.id });
  return x.expects.map((e) => ({ ...e, half: halfOf(x.id), got: r.coverage.find((c) => c.check === e.check)?.status }));
});
const tally = (half: "A" | "B", present: boolean) => {
  const mine = rows.filter((r) => r.half === half && (r.status === "present") === present);
  return { ok: mine.filter((r) => (r.got === "present") === present).length, n: mine.length };
};

describe("prec excerpts: passing mentions against addressing", () => {
  it("holds excerpts with present and non-present labels in both halves", () => {
    expect(excerpts.length).toBeGreaterThanOrEqual(16);
    for (const half of ["A", "B"] as const) {
      expect(tally(half, true).n).toBeGreaterThan(0);
      expect(tally(half, false).n).toBeGreaterThan(0);
    }
  });

  it("keeps passing mentions non-present and finds addressing at the landed floors", () => {
    expect(tally("A", false).ok).toBeGreaterThanOrEqual(18);
    expect(tally("B", false).ok).toBeGreaterThanOrEqual(22);
    expect(tally("A", true).ok).toBeGreaterThanOrEqual(7);
    expect(tally("B", true).ok).toBeGreaterThanOrEqual(7);
  });
});
