import type { Corpus } from "../data/corpus.js";
import type { CoverageReport, FindingReport, RuleMeta } from "../rules/types.js";
import { locate, quoteOf, type ParsedDocument, type Sentence } from "../text/document.js";
import type { CoverageResult, Finding, Lang, RemedyText, Severity, SourceRef } from "../types.js";
import type { Fingerprinter } from "./fingerprint.js";
import { remedyAsText, remedyText, renderMessage, roleLabel } from "./render.js";

/**
 * Highest weight a rule may give a finding. The role weights (DEFAULT_ROLE_WEIGHTS) are at most 1; a rule may stress
 * a finding beyond that, but no finding counts more than half again its rule's base score, so one rule cannot
 * outweigh the severity scale.
 */
export const MAX_FINDING_WEIGHT = 1.5;
/** A finding's score is on the same 0–100 scale as the rule's base score. */
const MAX_SCORE = 100;

// Findings: what a rule reports (a FindingReport or a CoverageReport) made into the result's findings and coverage —
// message, remedies in parts (each finding carries them; outputs do not look them up again), sources, location,
// quote and fingerprint.

/** What building a finding needs of the scan. */
export interface FindingScope {
  corpus: Corpus;
  doc: ParsedDocument;
  lang: Lang;
  fingerprints: Fingerprinter;
}

/** A partial check is one severity step lower than a missing one. */
export const DOWNGRADE: Record<Severity, Severity> = { error: "warning", warning: "info", info: "info" };

/** A partial check's finding weighs this much of a missing one's. */
export const PARTIAL_WEIGHT = 0.5;

/**
 * The remedies of a finding in parts and as one text, made once per scan for each list of remedy ids: the findings
 * of a scan that name the same remedies share them (a 16 MB document has thousands of findings, and each remedy text
 * is about a thousand characters).
 */
const remedyMemo = new WeakMap<FindingScope, Map<string, { parts: RemedyText[]; text: string }>>();

function remediesOf(c: FindingScope, ids: readonly string[]): { parts: RemedyText[]; text: string } {
  let memo = remedyMemo.get(c);
  if (!memo) remedyMemo.set(c, (memo = new Map()));
  const key = ids.join("\u0000");
  let r = memo.get(key);
  if (!r) {
    // In parts once; the one-text form (finding.remedy) is made from the parts.
    const parts = ids.map((id) => remedyText(c.corpus.remedies.get(id)!, c.lang));
    r = { parts, text: parts.map((t) => remedyAsText(t, c.lang)).join("\n\n") };
    memo.set(key, r);
  }
  return r;
}

/** The finding for a report; the message id must be declared (checked by the caller), remedies are checked here. */
export function buildFinding(c: FindingScope, meta: RuleMeta, severity: Severity, r: FindingReport, messageId: string): Finding {
  const template = meta.messages[messageId];
  const remedyIds = r.remedies ?? meta.remedies;
  for (const id of remedyIds) if (!meta.remedies.includes(id)) throw new Error(`${meta.id} used undeclared remedy "${id}"`);
  const { parts: remedies, text: remedy } = remediesOf(c, remedyIds);
  const doc = c.doc;
  let location = null;
  let quote = "";
  let anchor = "document";
  if (r.at !== "document") {
    location = locate(doc, r.at.start, r.at.end);
    quote = quoteOf(doc, r.at.start, r.at.end);
    const s = r.sentence !== undefined ? doc.sentences[r.sentence] : doc.sentences[doc.tokens.sentence[firstToken(doc, r.at.start)]];
    anchor = s ? doc.text.slice(s.start, s.end) : quote;
  }
  const weight = Math.max(0, Math.min(MAX_FINDING_WEIGHT, r.weight ?? 1));
  const fingerprint = r.key !== undefined ? c.fingerprints.next(meta.id, `key:${r.key}`, "") : c.fingerprints.next(meta.id, anchor, quote);
  const data = { ...r.data, quote, title: meta.title[c.lang] };
  return {
    id: `f-${fingerprint.slice(0, 16)}`,
    ruleId: meta.id,
    module: meta.module,
    severity: r.severity ?? severity,
    score: Math.round(Math.min(MAX_SCORE, meta.score * weight)),
    message: renderMessage(template[c.lang], data),
    remedy,
    remedies,
    quote,
    location,
    sources: sourcesOf(c.corpus, meta.sources, remedyIds),
    fingerprint,
    suppressed: false,
    ...(r.replacement && r.at !== "document" ? { fix: r.replacement } : {}),
  };
}

/** The rule's sources and those of the remedies it names, each once. */
function sourcesOf(corpus: Corpus, ruleSources: SourceRef[], remedyIds: string[]): SourceRef[] {
  const all: SourceRef[] = [...ruleSources];
  for (const id of remedyIds) for (const s of corpus.remedies.get(id)?.sources ?? []) all.push(s);
  const seen = new Set<string>();
  return all
    .filter((s) => {
      const k = `${s.source}|${s.locator}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map(({ source, locator }) => ({ source, locator }));
}

/** The coverage result of a check as the result shows it (evidence with line and excerpt). */
export function coverageResult(doc: ParsedDocument, meta: RuleMeta, r: CoverageReport): CoverageResult {
  const evidence = r.evidence.map((e) => {
    const s = doc.sentences[e.sentence];
    return { line: locate(doc, e.start, e.end).line, quote: excerpt(doc, s, e.start, e.end), role: e.role };
  });
  return { check: meta.id, module: meta.module, status: r.status, evidence, ...(r.roles ? { roles: r.roles } : {}) };
}

/** The finding a missing or partial check reports (at its first evidence when partial); null for the other statuses. */
export function coverageFindingReport(r: CoverageReport, severity: Severity, lang: Lang): FindingReport | null {
  if (r.status !== "missing" && r.status !== "partial") return null;
  const first = r.evidence[0];
  const where = first ? roleLabel(first.role, lang) : "";
  return {
    at: r.status === "partial" && first ? { start: first.start, end: first.end } : "document",
    sentence: first?.sentence,
    messageId: r.status,
    severity: r.status === "partial" ? DOWNGRADE[severity] : severity,
    weight: r.status === "partial" ? PARTIAL_WEIGHT : 1,
    data: { ...r.data, where },
  };
}

/** A notice of the engine itself (a rule failed, a directive lacks a reason, the text is not Dutch). */
export function noticeFinding(fingerprints: Fingerprinter, ruleId: string, message: { nl: string; en: string }, severity: Severity, lang: Lang): Finding {
  const fingerprint = fingerprints.next(ruleId, "document", message.en);
  return {
    id: `f-${fingerprint.slice(0, 16)}`,
    ruleId,
    module: "engine",
    severity,
    score: 0,
    message: message[lang],
    remedy: "",
    remedies: [],
    quote: "",
    location: null,
    sources: [],
    fingerprint,
    suppressed: false,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in text order; document-level ones first; then by severity and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location?.offset ?? -1;
  const lb = b.location?.offset ?? -1;
  return la - lb || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

function firstToken(doc: ParsedDocument, pos: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.start[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Longest excerpt of a sentence around a hit (characters): about three lines of a report, enough to read the hit in context. */
const EXCERPT_MAX = 240;
/** Characters of context kept on each side of the hit when a long sentence is cut. */
const EXCERPT_CONTEXT = 100;

/** The sentence around a hit, cut to about EXCERPT_MAX characters. */
function excerpt(doc: ParsedDocument, s: Sentence, start: number, end: number): string {
  let a = s.start;
  let b = s.end;
  if (b - a > EXCERPT_MAX) {
    a = Math.max(s.start, start - EXCERPT_CONTEXT);
    b = Math.min(s.end, Math.max(end + EXCERPT_CONTEXT, a + EXCERPT_MAX));
  }
  const text = quoteOf(doc, a, b);
  return `${a > s.start ? "…" : ""}${text}${b < s.end ? "…" : ""}`;
}
