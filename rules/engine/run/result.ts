import type { RuleModule } from "../rules/types.js";
import type { ParsedDocument } from "../text/document.js";
import type { CoverageResult, Finding, Lang, ModuleResult, ScanResult, Severity } from "../types.js";
import { compareFindings } from "./findings.js";
import type { EffectiveRule } from "./profile.js";
import { grade, moduleScore, overallScore } from "./score.js";

// The result of a scan: the document's description, a score and grade per module and overall, the coverage and
// the findings in text order.

export const ENGINE_NAME = "genderscan";

export interface ResultInput {
  modules: RuleModule[];
  version: string;
  doc: ParsedDocument;
  lang: Lang;
  onTopic: boolean;
  fragment: boolean;
  effective: Map<string, EffectiveRule>;
  coverage: CoverageResult[];
  findings: Finding[];
  /** Rules that threw: their checks are missing, so the result is not complete (no grade is given). */
  failedRules: string[];
}

export function buildResult(r: ResultInput): ScanResult {
  const doc = r.doc;
  const severityOf = (check: string): Severity => r.effective.get(check)?.severity ?? "warning";
  const modules: Array<ModuleResult & { weight: number }> = r.modules.map((m) => {
    const enabled = m.rules.some((x) => r.effective.get(x.meta.id)?.enabled);
    const applicable = r.onTopic && enabled && doc.language === "nl";
    const coverage = r.coverage.filter((c) => c.module === m.meta.id);
    const findings = r.findings.filter((f) => f.module === m.meta.id);
    const score = applicable ? moduleScore(coverage, severityOf, findings) : 0;
    return { id: m.meta.id, name: m.meta.name[r.lang], score, grade: grade(score), applicable, weight: m.meta.weight };
  });
  const score = overallScore(modules);
  return {
    engine: { name: ENGINE_NAME, version: r.version },
    document: {
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      onTopic: r.onTopic,
      fragment: r.fragment,
      characters: doc.original.length,
      sections: doc.sections.slice(1).map((s) => ({ title: s.title, role: s.role, line: s.line, level: s.level })),
    },
    score,
    grade: grade(score),
    graded: r.onTopic && !r.fragment && doc.language === "nl" && r.failedRules.length === 0,
    failedRules: r.failedRules,
    modules: modules.map(({ weight: _w, ...m }) => m),
    coverage: r.coverage,
    findings: r.findings.sort(compareFindings),
  };
}
