import type { CoverageResult, Finding, Grade, Severity } from "../types.js";

// Scoring, explained in docs/scoring.md.

export const CHECK_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const STATUS_VALUE = { present: 1, partial: 0.5, missing: 0 } as const;

const SEVERITY_PENALTY: Record<Severity, number> = { error: 4, warning: 2.5, info: 1 };
const PENALTY_CAP_PER_RULE = 10;
const PENALTY_CAP_PER_MODULE = 30;

/**
 * Lowest score of each grade (docs/scoring.md §3): equal steps of 15 points from 40, the familiar A–E scale of a
 * school report; below 40 (E) a policy meets less than half of what the modules ask.
 */
export const GRADE_FLOORS: ReadonlyArray<[Grade, number]> = [
  ["A", 85],
  ["B", 70],
  ["C", 55],
  ["D", 40],
];

export function grade(score: number): Grade {
  for (const [g, floor] of GRADE_FLOORS) if (score >= floor) return g;
  return "E";
}

/**
 * Module score 0–100: the weighted share of its coverage checks that are met (present 1,
 * partial ½, weights error 3 / warning 2 / info 1), minus a capped penalty for its sentence
 * findings (severity points × finding score / 100, at most 10 per rule and 30 per module).
 * Suppressed findings cost nothing.
 */
export function moduleScore(
  coverage: CoverageResult[],
  checkSeverity: (check: string) => Severity,
  findings: Finding[],
): number {
  let weight = 0;
  let met = 0;
  for (const c of coverage) {
    if (c.status === "not-applicable" || c.status === "not-assessed") continue;
    const w = CHECK_WEIGHT[checkSeverity(c.check)];
    weight += w;
    met += w * STATUS_VALUE[c.status];
  }
  const base = weight > 0 ? (100 * met) / weight : 100;
  const perRule = new Map<string, number>();
  for (const f of findings) {
    if (f.suppressed || f.location === null) continue;
    const p = (SEVERITY_PENALTY[f.severity] * f.score) / 100;
    perRule.set(f.ruleId, Math.min(PENALTY_CAP_PER_RULE, (perRule.get(f.ruleId) ?? 0) + p));
  }
  let sum = 0;
  for (const v of perRule.values()) sum += v;
  const penalty = Math.min(PENALTY_CAP_PER_MODULE, sum);
  return Math.max(0, Math.round(base - penalty));
}

/** Overall score: modules weighted by their weight; modules that do not apply are left out. */
export function overallScore(modules: Array<{ score: number; applicable: boolean; weight: number }>): number {
  const applicable = modules.filter((m) => m.applicable && m.weight > 0);
  const w = applicable.reduce((a, m) => a + m.weight, 0);
  if (w === 0) return 0;
  return Math.round(applicable.reduce((a, m) => a + m.score * m.weight, 0) / w);
}
