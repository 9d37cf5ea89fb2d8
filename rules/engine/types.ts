// Engine types. Framework-free: no server, database or GraphQL imports anywhere under rules/.

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Section roles after Atria's genderscan. */
export const ROLES = ["problem-analysis", "vision-goals", "measures", "monitoring", "definitions", "appendix", "other"] as const;
export type Role = (typeof ROLES)[number];
/** Atria's three parts of a policy: analysis, goals, measures. Coverage reports a status for each. */
export const ATRIA_ROLES = ["problem-analysis", "vision-goals", "measures"] as const satisfies readonly Role[];

/**
 * not-applicable: the check does not apply (off-topic text, or its condition is absent);
 * not-assessed: a fragment of a document was scanned, and it does not mention what the check looks for — the
 * rest of the document may, so the check is neither met nor failed.
 */
export type CoverageStatus = "present" | "partial" | "missing" | "not-applicable" | "not-assessed";
export type Lang = "nl" | "en";
export type Localized = { nl: string; en: string };

/** Provenance: a source id from corpus/sources plus a locator in that source's scheme. */
export interface SourceRef {
  source: string;
  locator: string;
  /** Key phrase the passage must contain; checked by the corpus tests. */
  quote?: string;
}

/** unist convention: line and column 1-based, offset 0-based, all into the ORIGINAL text. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
}

export interface Evidence {
  line: number;
  quote: string;
  role?: Role;
}

export interface CoverageResult {
  check: string;
  module: string;
  status: CoverageStatus;
  evidence: Evidence[];
  /** Status per section role (Atria's analysis / goals / measures view). */
  roles?: Partial<Record<Role, CoverageStatus>>;
}

export interface Suppression {
  kind: "inline" | "profile" | "stored";
  justification: string;
  by?: string;
  at?: string;
}

/** A remedy in the scan's language, in parts: what to do (title, then the fuller action), where, and an example. */
export interface RemedyText {
  /** Corpus remedy id. */
  id: string;
  title: string;
  action: string;
  where: string;
  /**
   * Example wording, without quotation marks around the whole (clients add their own); an example that offers
   * alternatives keeps its own marks (“A.” Of: “B.”) and is shown as it is.
   */
  example: string;
}

export interface Finding {
  id: string;
  ruleId: string;
  module: string;
  severity: Severity;
  score: number;
  message: string;
  /** The remedies as one text (kept for clients that read it); `remedies` has them in parts. */
  remedy: string;
  remedies: RemedyText[];
  quote: string;
  location: Location | null;
  sources: SourceRef[];
  fingerprint: string;
  suppressed: boolean;
  suppression?: Suppression;
  /** Replacement text for the span, when the rule offers one (SARIF fixes). */
  fix?: string;
}

export interface SectionInfo {
  title: string;
  role: Role;
  line: number;
  level: number;
}

export interface ModuleResult {
  id: string;
  name: string;
  score: number;
  grade: Grade;
  applicable: boolean;
}

export type Grade = "A" | "B" | "C" | "D" | "E";

export interface DocumentInfo {
  title: string;
  kind: DocumentKind;
  language: string;
  onTopic: boolean;
  /** Scanned as part of a document: document-level checks the text does not meet are not assessed. */
  fragment: boolean;
  characters: number;
  sections: SectionInfo[];
}

export type DocumentKind =
  | "regiovisie"
  | "uitvoeringsplan"
  | "beleidsnota"
  | "raadsvoorstel"
  | "motie"
  | "other";
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "regiovisie",
  "uitvoeringsplan",
  "beleidsnota",
  "raadsvoorstel",
  "motie",
  "other",
];

/** The result shape of PRODUCT.md §5. */
export interface ScanResult {
  engine: { name: string; version: string };
  document: DocumentInfo;
  score: number;
  grade: Grade;
  /**
   * Does the grade say something about the document? Not for an off-topic or non-Dutch text (nothing applies)
   * nor for a fragment (document-level checks not assessed): clients show "n.v.t." / "niet beoordeeld" instead.
   */
  graded: boolean;
  /**
   * Rules that failed while scanning (a bug or a limit of the engine); their checks are missing from the result, which
   * is then not graded. Empty when every rule ran.
   */
  failedRules: string[];
  modules: ModuleResult[];
  coverage: CoverageResult[];
  findings: Finding[];
}
