import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities, round 4 (issue 13, helper resp, fourth session): field labels with a party, agreements in a
// subordinate clause and protocol verbs, with near-misses (test/fixtures/coverage/resp-lines-7.txt).
describeCoverageLines("responsibility lines: fields and agreements", "resp-lines-7.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(8);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(15);
});
