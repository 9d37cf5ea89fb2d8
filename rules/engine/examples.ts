import type { Engine } from "./run/engine.js";
import type { Example, Rule } from "./rules/types.js";
import type { Finding } from "./types.js";

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
 * Runs one example with only its rule enabled and checks the outcome (like ESLint's RuleTester):
 * match — the rule's span findings are exactly the marked spans (same start and end, one finding per mark);
 * none — the rule reports nothing (no finding with or without a span);
 * missing — a document-level finding (no span);
 * present | partial | missing | not-applicable — for coverage rules, the check's status,
 * and every marked span appears in the evidence.
 * When the example states a `messageId`, every finding has it. When a finding offers a fix, the example states the
 * `output` (the text with the fixes applied), and the rule reports nothing on that output.
 */
export function runExample(engine: Engine, rule: Rule, example: Example): ExampleOutcome {
  const problems: string[] = [];
  const { text, marks } = parseMarks(example.text);
  const { result, messageIds } = scanWith(engine, rule, example, text);
  const findings = result.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressed);
  const spanFindings = findings.filter((f) => f.location !== null);
  const coverage = result.coverage.find((c) => c.check === rule.meta.id);
  const isCoverage = rule.meta.kind === "coverage";
  const at = (f: Finding) => (f.location ? `${f.location.offset}–${f.location.offset + f.location.length} "${f.quote}"` : "document");

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
    const exact = (f: Finding, m: Mark) => f.location!.offset === m.start && f.location!.length === m.end - m.start;
    for (const m of marks) {
      const found = spanFindings.filter((f) => exact(f, m)).length;
      if (found === 0) {
        const near = spanFindings.filter((f) => overlaps(f.location!, m));
        problems.push(`no finding at exactly ${m.start}–${m.end} "${m.text}"${near.length ? ` (found ${near.map(at).join(", ")})` : ""}`);
      } else if (found > 1) problems.push(`${found} findings at "${m.text}", expected one`);
    }
    for (const f of spanFindings) if (!marks.some((m) => exact(f, m))) problems.push(`unexpected finding at ${at(f)}`);
    for (const f of findings) if (!f.location) problems.push(`unexpected document-level finding: ${f.message}`);
  } else if (example.expect === "none") {
    for (const f of findings) problems.push(`unexpected finding at ${at(f)}: ${f.message}`);
  } else if (example.expect === "missing") {
    if (!findings.some((f) => f.location === null)) problems.push("expected a document-level finding");
  } else {
    problems.push(`expectation ${example.expect} is only for coverage rules`);
  }

  if (example.messageId !== undefined) {
    if (!rule.meta.messages[example.messageId]) problems.push(`the rule has no message "${example.messageId}"`);
    for (const f of findings) {
      const id = messageIds.get(f.id);
      if (id !== example.messageId) problems.push(`message "${id}" at ${at(f)}, expected "${example.messageId}"`);
    }
  }

  const fixed = findings.filter((f) => f.fix !== undefined && f.location);
  if (fixed.length > 0 || example.output !== undefined) {
    const output = applyFixes(text, fixed);
    if (example.output === undefined) problems.push(`the rule offers a fix; state the output: ${JSON.stringify(output)}`);
    else if (output !== example.output) problems.push(`output after the fixes is ${JSON.stringify(output)}, expected ${JSON.stringify(example.output)}`);
    else if (fixed.length === 0) problems.push("an output is stated but the rule offers no fix");
    else {
      const again = scanWith(engine, rule, example, output).result.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressed);
      for (const f of again) problems.push(`after the fix the rule still reports ${at(f)}: ${f.message}`);
    }
  }
  return { rule: rule.meta.id, example, ok: problems.length === 0, problems };
}

type Mark = { start: number; end: number; text: string };

function scanWith(engine: Engine, rule: Rule, example: Example, text: string) {
  const format = example.format ?? (/^#{1,6} /m.test(text) ? "markdown" : "text");
  return engine.scanDetailed(text, { onlyRules: [rule.meta.id], assumeOnTopic: example.onTopic === false ? false : true, format });
}

/** The text with each finding's span replaced by its fix (spans that overlap an earlier fix are left alone). */
export function applyFixes(text: string, findings: Finding[]): string {
  const fixes = findings
    .filter((f) => f.fix !== undefined && f.location)
    .map((f) => ({ start: f.location!.offset, end: f.location!.offset + f.location!.length, fix: f.fix! }))
    .sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const x of fixes) {
    if (x.start < at) continue;
    out += text.slice(at, x.start) + x.fix;
    at = x.end;
  }
  return out + text.slice(at);
}

function overlaps(loc: { offset: number; length: number }, m: { start: number; end: number }): boolean {
  return loc.offset < m.end && m.start < loc.offset + Math.max(1, loc.length);
}
