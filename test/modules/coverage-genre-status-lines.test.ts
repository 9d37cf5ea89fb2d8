import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Status semantics per genre (helper status, issue 13 point 2; test/fixtures/coverage/genre-status-lines.txt): news
// items, motions, council questions with answers, budget texts and long-plan fragments that address an item (present)
// or name it in passing (partial), written before the code and split A/B by a hash of the text (lines-ab.ts --hash).
describeCoverageLines("genre status lines", "genre-status-lines.txt", (all) => {
  for (const check of ["migrants/migrants-addressed", "migrants/community-involvement", "istanbul/art-26-child-witnesses"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(7);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(3);
  }
});
