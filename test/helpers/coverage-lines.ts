import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

// Coverage line files (test/fixtures/coverage/*.txt): "module/check status :: text" per line. Lines above
// "## Known misses" must get their status; lines below must still miss it, so that a fix moves them up. The topic is
// assumed: these are one-paragraph texts and topic detection is tested with its own fixtures.
const engine = await defaultEngine();

export interface CoverageLine {
  check: string;
  expect: string;
  text: string;
  line: number;
  known: boolean;
}

/** The lines of a coverage line file. */
export function coverageLines(file: string): CoverageLine[] {
  const out: CoverageLine[] = [];
  let known = false;
  const raw = readFileSync(join(PACKAGE_ROOT, "test/fixtures/coverage", file), "utf8").split("\n");
  raw.forEach((l, i) => {
    if (/^##\s*Known misses/i.test(l)) known = true;
    const m = /^(\S+\/\S+)\s+(present|partial|missing)\s*::\s*(.*)$/.exec(l.trim());
    if (m) out.push({ check: m[1], expect: m[2], text: m[3].replace(/\\n/g, "\n"), line: i + 1, known });
  });
  return out;
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
