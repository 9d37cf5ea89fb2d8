// The public API for rule authors: everything a rule module may import from the engine. Modules import this file
// only (test/architecture checks it), so the engine's internals can move without breaking a module.

export { defineRule } from "./rules/load.js";
export type { CoverageReport, EvidenceReport, Example, Rule, RuleContext, RuleMeta, RuleModule } from "./rules/types.js";
export type { Hit } from "./match/matcher.js";
export type { TokenMask } from "./match/token-mask.js";
export type { Sentence } from "./text/document.js";
export type { CoverageStatus, Role } from "./types.js";
export type { WindowSpec } from "./rules/schema.js";
export { assessCoverage, bestGrades, BODY_ROLES, SHORT_TEXT, type CoverageOptions, type EvidenceItem, type GradedHit, type HitGrade } from "./rules/kinds/coverage.js";
export { evidenceConcepts } from "./rules/kinds/evidence.js";
export { PAST_REPORT_CONCEPTS } from "./rules/kinds/past-report.js";
export { DEFAULT_ROLE_WEIGHTS, near, numberRatios, precededBy, presence } from "./rules/kinds/shared.js";
export { hasTitledSections } from "./text/sections.js";
export { insideQuotes, quotedAt } from "./text/cues.js";
export { clauseBreak, clauseSpan, SEMICOLON_CLAUSE, type ClauseOptions } from "./text/clauses.js";
export { TOPIC_OTHER_FIELDS, topicCoreSentences } from "./run/topic.js";
export { FLAG_NUMBER } from "./text/tokens.js";
