import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Reading errors the seventh session noticed and left alone (issue 13, helper coverage, eighth session): inverted
// passive requests with "aan", campaigns as the reported cause of a rise, insight into the number of cases as a
// purpose, measures with words between verb and noun, help in a party's view (test/fixtures/coverage/s8-coverage-lines.txt).
describeCoverageLines("coverage lines of the eighth session's families", "s8-coverage-lines.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(8);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(5);
});
