import type { CoverageStatus, Finding, ScanResult } from "../types.js";

export interface ResultComparison {
  new: Finding[];
  fixed: Finding[];
  unchanged: Finding[];
  coverageChanges: Array<{ check: string; module: string; before: CoverageStatus; after: CoverageStatus }>;
  scoreDelta: number;
}

/**
 * What changed between two scans of versions of a document: findings by fingerprint (new in head,
 * fixed since base, unchanged) and coverage checks whose status changed.
 */
export function compareResults(base: ScanResult, head: ScanResult): ResultComparison {
  const baseFps = new Set(base.findings.map((f) => f.fingerprint));
  const headFps = new Set(head.findings.map((f) => f.fingerprint));
  const before = new Map(base.coverage.map((c) => [c.check, c.status]));
  return {
    new: head.findings.filter((f) => !baseFps.has(f.fingerprint)),
    fixed: base.findings.filter((f) => !headFps.has(f.fingerprint)),
    unchanged: head.findings.filter((f) => baseFps.has(f.fingerprint)),
    coverageChanges: head.coverage
      .filter((c) => before.has(c.check) && before.get(c.check) !== c.status)
      .map((c) => ({ check: c.check, module: c.module, before: before.get(c.check)!, after: c.status })),
    scoreDelta: head.score - base.score,
  };
}
