import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Constructed lines for quantified targets (issue 13; test/fixtures/coverage/quantified-target-lines.txt): spelled
// quantities, ratios, universal targets by a deadline, and statistics and look-backs that must stay non-present.
describeCoverageLines("constructed quantified-target lines", "quantified-target-lines.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present" && !l.known).length).toBeGreaterThanOrEqual(10);
});
