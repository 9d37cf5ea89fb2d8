import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// The ninth session's paraphrase sweep of the Istanbul checks (issue 13, helper sweep): families of paraphrases that
// address an item, with near misses that must stay non-present (test/fixtures/coverage/s9-sweep-lines.txt).
describeCoverageLines("coverage lines of the ninth session's paraphrase sweep", "s9-sweep-lines.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(2);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(2);
});
