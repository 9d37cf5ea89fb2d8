import { registerEnumType } from "type-graphql";

// GraphQL enums; their values are the engine's strings, so results map without translation.

export enum DocumentKind {
  REGIOVISIE = "regiovisie",
  UITVOERINGSPLAN = "uitvoeringsplan",
  BELEIDSNOTA = "beleidsnota",
  RAADSVOORSTEL = "raadsvoorstel",
  MOTIE = "motie",
  OTHER = "other",
}
export enum Severity {
  ERROR = "error",
  WARNING = "warning",
  INFO = "info",
}
export enum CoverageStatus {
  PRESENT = "present",
  PARTIAL = "partial",
  MISSING = "missing",
  NOT_APPLICABLE = "not-applicable",
  /** A fragment was scanned and does not mention it: the rest of the document may. */
  NOT_ASSESSED = "not-assessed",
}
export enum SectionRole {
  PROBLEM_ANALYSIS = "problem-analysis",
  VISION_GOALS = "vision-goals",
  MEASURES = "measures",
  MONITORING = "monitoring",
  DEFINITIONS = "definitions",
  APPENDIX = "appendix",
  OTHER = "other",
}
export enum Lang {
  NL = "nl",
  EN = "en",
}
export enum ReportFormat {
  MARKDOWN = "markdown",
  HTML = "html",
}
export enum TextFormat {
  MARKDOWN = "markdown",
  TEXT = "text",
}
export enum FindingStatus {
  OPEN = "open",
  SUPPRESSED = "suppressed",
}
export enum RuleKind {
  EXISTENCE = "existence",
  SUBSTITUTION = "substitution",
  COVERAGE = "coverage",
  CONDITIONAL = "conditional",
  CODE = "code",
}
export enum CorpusItemKind {
  CONCEPT = "concept",
  REMEDY = "remedy",
}

registerEnumType(DocumentKind, { name: "DocumentKind", description: "Kind of policy document" });
registerEnumType(Severity, { name: "Severity" });
registerEnumType(CoverageStatus, { name: "CoverageStatus" });
registerEnumType(SectionRole, { name: "SectionRole", description: "Role of a section (after Atria's genderscan)" });
registerEnumType(Lang, { name: "Lang", description: "Language of messages and remedies" });
registerEnumType(ReportFormat, { name: "ReportFormat" });
registerEnumType(TextFormat, { name: "TextFormat" });
registerEnumType(FindingStatus, { name: "FindingStatus" });
registerEnumType(RuleKind, { name: "RuleKind" });
registerEnumType(CorpusItemKind, { name: "CorpusItemKind" });
