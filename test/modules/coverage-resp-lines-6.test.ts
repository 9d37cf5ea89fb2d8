import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities, round 3 (issue 13, helper resp, fourth session): task rows and action tables against a party's
// count of cases, events and self-descriptions (test/fixtures/coverage/resp-lines-6.txt).
describeCoverageLines("responsibility lines: task rows and counts", "resp-lines-6.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(12);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(10);
});
