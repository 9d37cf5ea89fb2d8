import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// A short motion's considerations (helper genre-status, issue 13 point 2; test/fixtures/coverage/motion-considerations.txt):
// a concrete mention in "Overwegende dat" addresses the item, a passing one does not, and an analysis under an ordinary
// heading stays a passing mention.
describeCoverageLines("motion considerations", "motion-considerations.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(12);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(10);
});
