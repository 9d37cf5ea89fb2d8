import { readFileSync } from "node:fs";

// Coverage line files (test/fixtures/coverage/*.txt): "module/check status :: text" per line, "\n" for a line break.
// Lines below a "## Known misses" heading are marked known: a test expects them still to miss their status.

export interface CoverageLine {
  check: string;
  expect: string;
  text: string;
  line: number;
  known: boolean;
}

/** The lines of a coverage line file (a path). */
export function coverageLinesOf(path: string): CoverageLine[] {
  const out: CoverageLine[] = [];
  let known = false;
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((l, i) => {
      if (/^##\s*Known misses/i.test(l)) known = true;
      const m = /^(\S+\/\S+)\s+(present|partial|missing)\s*::\s*(.*)$/.exec(l.trim());
      if (m) out.push({ check: m[1], expect: m[2], text: m[3].replace(/\\n/g, "\n"), line: i + 1, known });
    });
  return out;
}
