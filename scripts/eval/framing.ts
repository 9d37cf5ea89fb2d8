import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type Engine, type Finding, type ScanResult } from "../../rules/engine/index.js";
import { FRAMING_VALIDATION, type Part } from "./split.js";

// Real framing sentences (test/fixtures/framing, copied from shared/framing): FLAG sentences a framing rule
// should mark, COUNTER sentences it should leave alone. Each is scanned with the sentence before and after it.

export interface FramingSentence {
  id: string;
  label: "FLAG" | "COUNTER";
  type: string;
  sentence: string;
  context_before: string;
  context_after: string;
  borderline: boolean;
  why: string;
}

/** A framing finding: a located, sentence-level finding of the gender module or the art. 48 mediation check. */
export function isFramingFinding(f: Finding, coverageChecks: ReadonlySet<string>): boolean {
  return f.location !== null && !coverageChecks.has(f.ruleId) && (f.module === "gender" || f.ruleId === "istanbul/art-48-no-mandatory-mediation");
}

/** Does a framing finding overlap the original span [start, end)? */
export function flagsSpan(result: ScanResult, start: number, end: number): string[] {
  const checks = new Set(result.coverage.map((c) => c.check));
  return result.findings
    .filter((f) => isFramingFinding(f, checks) && f.location!.offset < end && start < f.location!.offset + f.location!.length)
    .map((f) => f.ruleId);
}

export function loadFraming(): Array<FramingSentence & { part: Part }> {
  const validation = new Set(FRAMING_VALIDATION);
  const all = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/framing/sentences.json"), "utf8")) as FramingSentence[];
  return all.map((s) => ({ ...s, part: validation.has(s.id) ? "validation" : "tuning" }));
}

export interface FramingReport {
  flag: { total: number; flagged: number };
  counter: { total: number; flagged: number };
  errors: string[];
}

export function evaluateFraming(engine: Engine, sentences: FramingSentence[]): FramingReport {
  const report: FramingReport = { flag: { total: 0, flagged: 0 }, counter: { total: 0, flagged: 0 }, errors: [] };
  for (const s of sentences) {
    const before = s.context_before ? `${s.context_before} ` : "";
    const text = `${before}${s.sentence}${s.context_after ? ` ${s.context_after}` : ""}`;
    const result = engine.scan(text, { title: s.id });
    const by = flagsSpan(result, before.length, before.length + s.sentence.length);
    const bucket = s.label === "FLAG" ? report.flag : report.counter;
    bucket.total++;
    if (by.length > 0) bucket.flagged++;
    if ((s.label === "FLAG") !== by.length > 0) report.errors.push(`${s.label === "FLAG" ? "missed" : "false flag"} ${s.id} (${s.type}): ${s.sentence.slice(0, 90)}${by.length ? ` [${by.join(",")}]` : ""}`);
  }
  return report;
}

export function evaluateFramingSplit(engine: Engine): Record<Part, FramingReport> {
  const all = loadFraming();
  return {
    tuning: evaluateFraming(engine, all.filter((s) => s.part === "tuning")),
    validation: evaluateFraming(engine, all.filter((s) => s.part === "validation")),
  };
}
