import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities, round 2 (issue 13, helper resp, fourth session): services addressed to the reader, reports looking
// back and lists of partners against task lines and rows (test/fixtures/coverage/resp-lines-5.txt).
describeCoverageLines("responsibility lines: services, reports and task rows", "resp-lines-5.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(18);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(20);
});
