import type { ConceptHits, ConceptSpec, Hit } from "../match/matcher.js";
import type { ParsedDocument, Sentence } from "../text/document.js";
import type { Section } from "../text/sections.js";
import type { CoverageStatus, Lang, Localized, Role, Severity, SourceRef } from "../types.js";
import type { Concept } from "../data/corpus.js";
import type { Remedy } from "../../../corpus/lib/schema.js";

export type RuleKind = "existence" | "substitution" | "coverage" | "conditional" | "code";
export type Scope = "document" | "section" | "paragraph" | "sentence";
export type ExampleExpectation = "match" | "none" | "missing" | "present" | "partial" | "not-applicable";

/** A Dutch example that is also a test: `[[…]]` marks the expected span(s). */
export interface Example {
  text: string;
  expect: ExampleExpectation;
  format?: "markdown" | "text";
  /** For coverage examples: the document counts as on-topic unless this says false. */
  onTopic?: boolean;
  /** The message id every finding of the example must have (checked when stated). */
  messageId?: string;
  /** The text after applying the findings' fixes; required when the rule offers a fix for the example. */
  output?: string;
  note?: string;
  source?: SourceRef;
}

export interface RuleMeta {
  /** Full id: "<module>/<rule>". For coverage rules this is the coverage check id. */
  id: string;
  module: string;
  title: Localized;
  description: Localized;
  kind: RuleKind;
  scope: Scope;
  /** Section roles the rule looks at; empty = all. */
  roles: Role[];
  severity: Severity;
  /** Base score 0–100: how much a finding of this rule weighs. */
  score: number;
  /** messageId → template with {placeholders}. */
  messages: Record<string, Localized>;
  /** Remedy ids from corpus/remedies. */
  remedies: string[];
  sources: SourceRef[];
  examples: Example[];
  enabled: boolean;
  options: Record<string, unknown>;
  /** Convention articles for the SARIF taxonomy, e.g. ["art. 23"]. */
  articles: string[];
  tags: string[];
  /** File the rule was defined in (for error messages and docs). */
  file?: string;
}

export interface SpanReport {
  /** Normalised offsets (as in hits and sentences). */
  start: number;
  end: number;
}

export interface FindingReport {
  at: SpanReport | "document";
  messageId?: string;
  data?: Record<string, string | number>;
  /** Multiplies the rule's base score (role weight, confidence). */
  weight?: number;
  severity?: Severity;
  /** Remedy ids; default: the rule's remedies. */
  remedies?: string[];
  /** Text replacement offered as a fix (substitution rules). */
  replacement?: string;
  /** Sentence the finding belongs to (for fingerprints); found from `at` when omitted. */
  sentence?: number;
  /**
   * What the finding is about, when that is not its words (a section-level finding: the section
   * title). The fingerprint then follows the key, so moving the anchor keeps it.
   */
  key?: string;
}

export interface EvidenceReport extends SpanReport {
  role: Role;
  sentence: number;
}

export interface CoverageReport {
  status: CoverageStatus;
  evidence: EvidenceReport[];
  roles?: Partial<Record<Role, CoverageStatus>>;
  /** Finding message data (e.g. where the only mention is). */
  data?: Record<string, string | number>;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly hits: ConceptHits;
  readonly options: Record<string, unknown>;
  readonly lang: Lang;
  /** Whether the document is about domestic-violence policy. */
  readonly onTopic: boolean;
  report(r: FindingReport): void;
  /** Coverage rules report their check's status once. */
  cover(r: CoverageReport): void;
  /** Hits of concepts (corpus lexicon ids, inline rule terms, or builtins such as @number). */
  find(concepts: readonly string[]): Hit[];
  sentenceOf(hit: Hit): Sentence;
  sectionOf(sentence: Sentence): Section;
  /**
   * Is the hit negated: a negation before it in its clause, or after it ("is nog niet vastgesteld")? `from`: the
   * first token a negation before the hit may stand on, for a rule that has read the words before it as a phrase of
   * their own ("gebrek aan geld" as a cause, not a negation).
   */
  negated(hit: Hit, from?: number): boolean;
  /**
   * Does a negation stand in the gap of a split phrase ("lokt het geweld niet uit", "leidt vaak niet tot"), not
   * one of the phrase's own words ("houdt geen stand")? Asked by the framing rules; coverage mentions keep the scope
   * of `negated` (widening it there cost a held-out coverage line, fr-stress).
   */
  negatedInGap(hit: Hit): boolean;
  attributed(hit: Hit): boolean;
}

export interface RuleHandlers {
  sentence?(s: Sentence): void;
  section?(s: Section): void;
  "document:exit"?(): void;
}

/** A rule: ESLint-like meta plus create(context), for code rules and compiled declarative rules alike. */
export interface Rule {
  meta: RuleMeta;
  /** Concepts the rule brings itself (inline terms), compiled into the shared matcher. */
  concepts?: ConceptSpec[];
  /** Concept ids the rule uses (validated against the corpus at load time). */
  uses?: string[];
  create(ctx: RuleContext): RuleHandlers | void;
}

export interface ModuleMeta {
  id: string;
  name: Localized;
  version: string;
  description: Localized;
  language: string;
  sources: SourceRef[];
  /** Weight of the module in the overall score. */
  weight: number;
}

export type RuleSetting = "off" | Severity | { severity?: Severity; enabled?: boolean; options?: Record<string, unknown> };

export interface RuleModule {
  meta: ModuleMeta;
  rules: Rule[];
  presets: Record<string, Record<string, RuleSetting>>;
  /** Directory the module was loaded from, if any. */
  dir?: string;
  /** Corpus additions a (third-party) module ships: its own lexicons and remedies (<dir>/corpus/). */
  corpus?: { concepts: Concept[]; remedies: Array<Remedy & { file: string }> };
}
