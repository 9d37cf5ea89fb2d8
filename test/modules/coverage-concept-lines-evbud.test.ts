import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Coverage recall lines of helper evbud (issue 13 point 1): budget and planned evaluation in the forms of plans, motions,
// council questions, budget chapters, subsidy schemes and news, with near-misses; written before their code and split
// A/B by a hash of the text (scripts/eval/lines-ab.ts --hash). Each round was built on its A half.
describeCoverageLines("evbud concept lines", "concept-lines-evbud.txt", (all) => {
  for (const check of ["monitoring/budget", "monitoring/evaluation-planned"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(25);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(8);
  }
});
