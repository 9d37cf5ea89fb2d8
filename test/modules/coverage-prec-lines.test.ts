import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// Precision and recall lines of helper prec (issue 13, fourth session): shelters, data registration, indicators and
// quantified targets, positives beside near-misses (a name in a list, another field's registration, figures of the
// past, a table of numbers), written before their code and split A/B by a hash of the text (lines-ab.ts --hash).
describeCoverageLines("prec lines: shelter and monitoring precision", "prec-lines.txt", (all) => {
  for (const check of ["istanbul/art-23-shelters", "monitoring/data-registration", "monitoring/indicators", "monitoring/quantified-targets"]) {
    expect(all.filter((l) => l.check === check && l.expect === "present").length, check).toBeGreaterThanOrEqual(5);
    expect(all.filter((l) => l.check === check && l.expect !== "present").length, check).toBeGreaterThanOrEqual(5);
  }
});
