import { expect } from "vitest";
import { describeCoverageLines } from "../helpers/coverage-lines.js";

// The blind writer's tuning lines for the monitoring checks and Istanbul art. 12/13 (issue 13;
// test/fixtures/coverage/blind-tune-monitoring.txt).
describeCoverageLines("blind tuning lines, monitoring and art. 12/13", "blind-tune-monitoring.txt", (all) => {
  expect(new Set(all.map((l) => l.check)).size).toBeGreaterThanOrEqual(9);
});
