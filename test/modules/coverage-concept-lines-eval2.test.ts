import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Coverage recall lines of helper eval2 (issue 13 point 1): the planned evaluation in the nouns and idioms of reviewing
// (effectonderzoek, doorlichting, audit, tussenbalans, tegen het licht houden, de raad meenemen in de voortgang,
// terugkoppelen aan de raad, reporting bij de jaarrekening), with near-misses; written before their code and split A/B by
// a hash of the text (scripts/eval/lines-ab.ts --hash). Built on half A.
describeCoverageLines("eval2 concept lines", "concept-lines-eval2.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(40);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(20);
});
