import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Responsibilities and budget, round 5 (issue 13, helper cov-resp, fifth session): kinds of organisation, long-standing
// practice, roles held, each party's own responsibility, colophons, contents runs and funding
// labels, with the near-misses that stay present (test/fixtures/coverage/resp-lines-8.txt).
describeCoverageLines("responsibility lines: descriptions that assign nothing", "resp-lines-8.txt", (all) => {
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(28);
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(15);
});
