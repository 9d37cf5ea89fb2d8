import type { Engine } from "./run/engine.js";
import type { Example, Rule } from "./rules/types.js";

export interface ExampleOutcome {
  rule: string;
  example: Example;
  ok: boolean;
  problems: string[];
}

/** Removes the `[[…]]` marks and returns the clean text with the marked spans. */
export function parseMarks(text: string): { text: string; marks: Array<{ start: number; end: number; text: string }> } {
  const marks: Array<{ start: number; end: number; text: string }> = [];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("[[", i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    const close = text.indexOf("]]", open + 2);
    if (close < 0) throw new Error(`unclosed [[ in example: ${text}`);
    out += text.slice(i, open);
    const inner = text.slice(open + 2, close);
    marks.push({ start: out.length, end: out.length + inner.length, text: inner });
    out += inner;
    i = close + 2;
  }
  return { text: out, marks };
}

/**
 * Runs one example with only its rule enabled and checks the outcome:
 * match — the rule's span findings cover exactly the marked spans;
 * none — the rule reports nothing with a span (and no partial or missing status);
 * missing — a document-level finding (no span);
 * present | partial | missing | not-applicable — for coverage rules, the check's status,
 * and every marked span appears in the evidence.
 */
export function runExample(engine: Engine, rule: Rule, example: Example): ExampleOutcome {
  const problems: string[] = [];
  const { text, marks } = parseMarks(example.text);
  const format = example.format ?? (/^#{1,6} /m.test(text) ? "markdown" : "text");
  const { result } = engine.scanDetailed(text, {
    onlyRules: [rule.meta.id],
    assumeOnTopic: example.onTopic === false ? false : true,
    format,
  });
  const findings = result.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressed);
  const spanFindings = findings.filter((f) => f.location !== null);
  const coverage = result.coverage.find((c) => c.check === rule.meta.id);
  const isCoverage = rule.meta.kind === "coverage";

  if (isCoverage) {
    if (!coverage) problems.push("no coverage result");
    else if (example.expect === "match" || example.expect === "none") {
      problems.push(`a coverage example must expect present, partial, missing or not-applicable, not ${example.expect}`);
    } else if (coverage.status !== example.expect) {
      problems.push(`status ${coverage.status}, expected ${example.expect}${coverage.evidence[0] ? ` (evidence: ${coverage.evidence[0].quote})` : ""}`);
    }
    if (coverage) {
      const evidenceText = coverage.evidence.map((e) => e.quote).join(" | ");
      for (const m of marks) if (!evidenceText.includes(m.text)) problems.push(`marked "${m.text}" is not in the evidence (${evidenceText || "none"})`);
    }
  } else if (example.expect === "match") {
    if (marks.length === 0) problems.push("a match example needs [[…]] marks");
    for (const m of marks) {
      const covered = spanFindings.some((f) => overlaps(f.location!, m));
      if (!covered) problems.push(`no finding at "${m.text}"`);
    }
    for (const f of spanFindings) {
      if (!marks.some((m) => overlaps(f.location!, m))) problems.push(`unexpected finding at "${f.quote}"`);
    }
  } else if (example.expect === "none") {
    for (const f of findings) problems.push(`unexpected finding at "${f.quote || "document"}": ${f.message}`);
  } else if (example.expect === "missing") {
    if (!findings.some((f) => f.location === null)) problems.push("expected a document-level finding");
  } else {
    problems.push(`expectation ${example.expect} is only for coverage rules`);
  }
  return { rule: rule.meta.id, example, ok: problems.length === 0, problems };
}

function overlaps(loc: { offset: number; length: number }, m: { start: number; end: number }): boolean {
  return loc.offset < m.end && m.start < loc.offset + Math.max(1, loc.length);
}
