import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Constructed concept-family lines of five coverage checks (issue 13, h-cov1; test/fixtures/coverage/concept-families.txt):
// perpetrator help, training of professionals, child witnesses, prevention and gender as a factor, in all the ways
// Dutch writers say them, with near-misses that must stay non-present.
describeCoverageLines("constructed concept-family lines", "concept-families.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present" && !l.known).length).toBeGreaterThanOrEqual(20);
});
