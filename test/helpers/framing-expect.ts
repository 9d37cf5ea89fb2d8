import { expect } from "vitest";
import { moduleEngine } from "./modules.js";

// Shared by the framing family tests (gender-framing-s8, -s9): a line is scanned as a short text, as the framing fixtures
// are (no topic assumed), and the test asks which framing rules mark it.
const engine = await moduleEngine("gender");

/** The framing rules that mark the text: located findings of the gender module that are no coverage check. */
export function framingRules(text: string): string[] {
  const r = engine.scan(text, { title: "t" });
  const checks = new Set(r.coverage.map((c) => c.check));
  return r.findings.filter((f) => f.location && f.module === "gender" && !checks.has(f.ruleId)).map((f) => f.ruleId.replace(/^gender\//, ""));
}

/** Every line is marked by `rule`. */
export function expectFlagged(lines: string[], rule: string): void {
  const missed = lines.filter((l) => !framingRules(l).includes(rule));
  expect(missed, missed.join("\n")).toEqual([]);
}

/** No line is marked by `rule`, or by any framing rule when none is named. */
export function expectClear(lines: string[], rule?: string): void {
  const marked = lines.filter((l) => (rule ? framingRules(l).includes(rule) : framingRules(l).length > 0));
  expect(marked, marked.join("\n")).toEqual([]);
}
