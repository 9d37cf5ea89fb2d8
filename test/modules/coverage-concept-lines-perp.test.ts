import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Coverage recall lines of helper perp-recall (issue 13 point 1): perpetrator help, the barring order as a measure and
// quantified targets, written before their code and split A/B by a hash of the text (scripts/eval/lines-ab.ts --hash).
// Round 1 was built on its A half, round 2 (same file) on its A half after round 1's code.
describeCoverageLines("perp-recall concept lines", "concept-lines-perp.txt", (all) => {
  for (const check of ["istanbul/art-16-perpetrator-programmes", "monitoring/quantified-targets"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(15);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(5);
  }
});
