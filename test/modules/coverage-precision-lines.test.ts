import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Passing mentions and other senses of the coverage checks' trigger words, each next to a line that keeps its status
// (issue 13 precision; test/fixtures/coverage/precision-lines.txt).
describeCoverageLines("precision lines: passing mentions and other word senses", "precision-lines.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(12);
});
