import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Reading errors the lead found on own probe text (issue 13, helper coverage2, ninth session): active requests as a
// task, contact kept after acute help, probation guiding perpetrators, a stated lack of figures, targets and planned
// evaluation (test/fixtures/coverage/s9-coverage2-lines.txt).
describeCoverageLines("coverage lines of the ninth session's coverage2 families", "s9-coverage2-lines.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(10);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(8);
});
