import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { excerptsOf, halfOf } from "../../scripts/eval/excerpts.js";

// Labelled excerpt files (test/fixtures/coverage/excerpts-*.txt, read by scripts/eval/excerpts.ts): each excerpt is
// scanned whole, like the blind excerpts, and its labels are tallied per half (A built on, B checked, as
// scripts/eval/excerpts-ab.ts splits them). Floors hold each file at the figures it landed with, so a change that
// reads a passing mention as addressing again (or loses addressing) shows here.
const engine = await defaultEngine();

type Half = "A" | "B";
/** Least right per half: present labels found, non-present labels kept. */
export interface ExcerptFloors {
  excerpts: number;
  present: Record<Half, number>;
  nonPresent: Record<Half, number>;
}

export function describeExcerptFloors(title: string, file: string, floors: ExcerptFloors): void {
  const excerpts = excerptsOf(join(PACKAGE_ROOT, "test/fixtures/coverage", file));
  const rows = excerpts.flatMap((x) => {
    const r = engine.scan(x.text, { title: x.id });
    return x.expects.map((e) => ({ ...e, half: halfOf(x.id), got: r.coverage.find((c) => c.check === e.check)?.status }));
  });
  const tally = (half: Half, present: boolean) => {
    const mine = rows.filter((r) => r.half === half && (r.status === "present") === present);
    return { ok: mine.filter((r) => (r.got === "present") === present).length, n: mine.length };
  };

  describe(title, () => {
    it("holds excerpts with present and non-present labels in both halves", () => {
      expect(excerpts.length).toBeGreaterThanOrEqual(floors.excerpts);
      for (const half of ["A", "B"] as const) {
        expect(tally(half, true).n).toBeGreaterThan(0);
        expect(tally(half, false).n).toBeGreaterThan(0);
      }
    });

    it("finds addressing and keeps passing mentions non-present at the landed floors", () => {
      for (const half of ["A", "B"] as const) {
        expect(tally(half, true).ok, `half ${half} present`).toBeGreaterThanOrEqual(floors.present[half]);
        expect(tally(half, false).ok, `half ${half} non-present`).toBeGreaterThanOrEqual(floors.nonPresent[half]);
      }
    });
  });
}
