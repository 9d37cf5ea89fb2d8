import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities by what the sentence reports (issue 13 point 2): standing tasks and commitments against news
// reports of one case (test/fixtures/coverage/resp-genre-lines.txt).
describeCoverageLines("responsibility lines: a standing task or one case", "resp-genre-lines.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(15);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(15);
});
