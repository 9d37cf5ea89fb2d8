import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Concept families of six coverage checks written by helper h-cov2 (issue 13; test/fixtures/coverage/concept-lines-c2.txt):
// migrants addressed, community involvement, baseline, data registration, evaluation planned and responsibilities,
// in three rounds (built on round 1's A half, checked on its B half and on rounds 2 and 3), with near-misses.
describeCoverageLines("h-cov2 concept lines", "concept-lines-c2.txt", (all) => {
  for (const check of ["migrants/migrants-addressed", "migrants/community-involvement", "monitoring/baseline", "monitoring/data-registration", "monitoring/evaluation-planned", "monitoring/responsibilities-assigned"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(12);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(4);
  }
});
