import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities in many genres (issue 13, helper resp, fourth session): named parties given a task against parties
// merely mentioned, everyone's or the victim's responsibility, history and services (test/fixtures/coverage/resp-lines-4.txt).
describeCoverageLines("responsibility lines: genres and near-misses", "resp-lines-4.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(25);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(40);
});
