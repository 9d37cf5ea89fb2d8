import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Quantified-target lines of helper qt-prec (issue 13, fourth session, round 2): statistics with a floor, prevalence
// sentences, past results, sizes of a measure and tables of figures (no target) beside motion and plan targets (ceilings
// with a date, counts in words, striving, ambitions), written before their code and split A/B by a hash of the text
// (scripts/eval/lines-ab.ts --hash); built on half A.
describeCoverageLines("qt-prec quantified-target lines", "qt-prec-lines.txt", (all) => {
  expect(all.filter((l) => l.expect === "present").length).toBeGreaterThanOrEqual(30);
  expect(all.filter((l) => l.expect !== "present").length).toBeGreaterThanOrEqual(30);
});
