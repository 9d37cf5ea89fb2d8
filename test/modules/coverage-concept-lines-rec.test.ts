import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Coverage recall lines of helper cov-rec (issue 13 point 1): the checks the validation part misses and the blind
// set's weakest, written before their code and split A/B by a hash of the text (scripts/eval/lines-ab.ts --hash).
// Round 1 (concept-lines-rec.txt) was built on its A half; rounds 2-4 (concept-lines-rec2.txt) on round 2's A half.
describeCoverageLines("cov-rec concept lines, round 1", "concept-lines-rec.txt", (all) => {
  for (const check of ["migrants/migrants-addressed", "monitoring/responsibilities-assigned", "istanbul/art-16-perpetrator-programmes"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(8);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(3);
  }
});

describeCoverageLines("cov-rec concept lines, rounds 2-4", "concept-lines-rec2.txt", (all) => {
  for (const check of ["migrants/migrants-addressed", "monitoring/responsibilities-assigned", "istanbul/art-16-perpetrator-programmes", "monitoring/quantified-targets"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(6);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(2);
  }
});
