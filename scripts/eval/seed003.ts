import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type Engine, type ScanResult } from "../../rules/engine/index.js";

// Seed 003 (a real regional programme) against the gold statuses and labelled sentences of
// shared/reference/seed003.md, kept in test/fixtures/seed003-*.json.

export const SEED003 = join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt");

interface Expected {
  check: string;
  accept: string[];
  gold: number | null;
  why?: string;
}
interface LabelledSentence {
  n: number;
  label: "flag" | "counter" | "both";
  mild: boolean;
  lines: [number, number];
  why: string;
  text: string;
}

export interface Seed003Report {
  result: ScanResult;
  coverage: Array<Expected & { actual: string | undefined; ok: boolean }>;
  agreement: number;
  flags: Array<LabelledSentence & { flaggedBy: string[] }>;
  flagShare: number;
  counterShare: number;
}

/** Sentence-level findings of these rules count as flags (framing rules and the Art. 48 check). */
const FLAGGING = (ruleId: string, module: string) => module === "gender" || ruleId === "istanbul/art-48-no-mandatory-mediation";

export function evaluateSeed003(engine: Engine): Seed003Report {
  const text = readFileSync(SEED003, "utf8");
  const result = engine.scan(text, { title: "seed 003" });
  const expected = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed003-expected.json"), "utf8")) as { checks: Expected[] }).checks;
  const coverage = expected.map((e) => {
    const actual = result.coverage.find((c) => c.check === e.check)?.status;
    return { ...e, actual, ok: actual !== undefined && e.accept.includes(actual) };
  });
  const sentences = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed003-sentences.json"), "utf8")) as LabelledSentence[];
  const coverageRules = new Set(result.coverage.map((c) => c.check));
  const flags = sentences.map((s) => ({
    ...s,
    flaggedBy: result.findings
      .filter(
        (f) =>
          f.location &&
          !coverageRules.has(f.ruleId) &&
          FLAGGING(f.ruleId, f.module) &&
          f.location.line <= s.lines[1] &&
          f.location.endLine >= s.lines[0],
      )
      .map((f) => f.ruleId),
  }));
  const flagSet = flags.filter((f) => f.label === "flag");
  const counterSet = flags.filter((f) => f.label === "counter");
  return {
    result,
    coverage,
    agreement: coverage.filter((c) => c.ok).length / coverage.length,
    flags,
    flagShare: flagSet.filter((f) => f.flaggedBy.length > 0).length / flagSet.length,
    counterShare: counterSet.filter((f) => f.flaggedBy.length > 0).length / counterSet.length,
  };
}
