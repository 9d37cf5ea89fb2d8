import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { coverageLinesOf, type CoverageLine } from "../../scripts/eval/coverage-lines.js";

// Coverage line files (test/fixtures/coverage/*.txt, read by scripts/eval/coverage-lines.ts): lines above "## Known
// misses" must get their status; lines below must still miss it, so that a fix moves them up. The topic is assumed:
// these are one-paragraph texts and topic detection is tested with its own fixtures.
const engine = await defaultEngine();

export type { CoverageLine };

/** The lines of a coverage line file in test/fixtures/coverage. */
export function coverageLines(file: string): CoverageLine[] {
  return coverageLinesOf(join(PACKAGE_ROOT, "test/fixtures/coverage", file));
}

/** The tests of a coverage line file: `holds` checks its make-up, then each line's status is checked. */
export function describeCoverageLines(title: string, file: string, holds: (all: CoverageLine[]) => void): void {
  const all = coverageLines(file);
  const results = all.map((l) => {
    const r = engine.scan(l.text, { title: "paraphrase", assumeOnTopic: true });
    return { ...l, actual: r.coverage.find((c) => c.check === l.check)?.status ?? "none" };
  });
  const show = (rs: typeof results) => rs.map((r) => `L${r.line} ${r.check} expected ${r.expect}, got ${r.actual}: ${r.text}`).join("\n");

  describe(title, () => {
    it("holds enough lines, most of them right", () => {
      holds(all);
      expect(all.filter((l) => !l.known).length).toBeGreaterThan(all.filter((l) => l.known).length);
    });

    it("gives every line above the known misses its status", () => {
      expect(show(results.filter((r) => !r.known && r.actual !== r.expect))).toBe("");
    });

    it("still misses the known misses (move a line up when it is fixed)", () => {
      expect(show(results.filter((r) => r.known && r.actual === r.expect))).toBe("");
    });
  });
}
