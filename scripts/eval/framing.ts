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

/** A line of the framing fixture files: "F|C type :: before || sentence || after" or "before [[sentence]] after". */
export interface FramingLine {
  file: string;
  label: "F" | "C";
  type: string;
  before: string;
  sentence: string;
  after: string;
}

/** The lines of a framing fixture file (test/fixtures/framing/<file>). */
export function framingLines(file: string): FramingLine[] {
  const out: FramingLine[] = [];
  for (const raw of readFileSync(join(PACKAGE_ROOT, "test/fixtures/framing", file), "utf8").split("\n")) {
    const m = /^(F|C)\s+(\S+)\s*::\s*(.*)$/.exec(raw.trim());
    if (!m) continue;
    // "before || sentence || after", or the blind writers' "before [[sentence]] after".
    const marked = /^(.*?)\[\[(.*?)\]\](.*)$/.exec(m[3]);
    const parts = marked ? [marked[1], marked[2], marked[3]].map((p) => p.trim()) : m[3].split("||").map((p) => p.trim());
    const [before, sentence, after] = parts.length === 3 ? parts : ["", parts[0], ""];
    out.push({ file, label: m[1] as "F" | "C", type: m[2], before, sentence, after });
  }
  return out;
}

/** Is the line's sentence flagged when it is scanned with the sentences around it? */
export function lineFlagged(engine: Engine, l: Pick<FramingLine, "before" | "sentence" | "after">, title: string): boolean {
  const pre = l.before ? `${l.before} ` : "";
  const result = engine.scan(`${pre}${l.sentence}${l.after ? ` ${l.after}` : ""}`, { title });
  return flagsSpan(result, pre.length, pre.length + l.sentence.length).length > 0;
}

export function loadFraming(): Array<FramingSentence & { part: Part }> {
  const validation = new Set(FRAMING_VALIDATION);
  const all = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/framing/sentences.json"), "utf8")) as FramingSentence[];
  return all.map((s) => ({ ...s, part: validation.has(s.id) ? "validation" : "tuning" }));
}

export interface FramingReport {
  flag: { total: number; flagged: number };
  counter: { total: number; flagged: number };
  /** Per framing type ("FLAG symmetric", "COUNTER refutation"): how many, how many flagged. Aggregates only. */
  byType: Record<string, { total: number; flagged: number }>;
  errors: string[];
}

export function evaluateFraming(engine: Engine, sentences: FramingSentence[]): FramingReport {
  const report: FramingReport = { flag: { total: 0, flagged: 0 }, counter: { total: 0, flagged: 0 }, byType: {}, errors: [] };
  for (const s of sentences) {
    const before = s.context_before ? `${s.context_before} ` : "";
    const text = `${before}${s.sentence}${s.context_after ? ` ${s.context_after}` : ""}`;
    const result = engine.scan(text, { title: s.id });
    const by = flagsSpan(result, before.length, before.length + s.sentence.length);
    const bucket = s.label === "FLAG" ? report.flag : report.counter;
    bucket.total++;
    if (by.length > 0) bucket.flagged++;
    const type = (report.byType[`${s.label} ${s.type}`] ??= { total: 0, flagged: 0 });
    type.total++;
    if (by.length > 0) type.flagged++;
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
