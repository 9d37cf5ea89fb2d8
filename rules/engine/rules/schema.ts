import { z } from "zod";
import { localized, sourceRef, term } from "../../../corpus/lib/schema.js";
import { ROLES, SEVERITIES } from "../types.js";

const role = z.enum(ROLES);
const severity = z.enum(SEVERITIES);
const conceptList = z.array(z.string().min(1)).min(1);

export const example = z
  .object({
    text: z.string().min(3),
    expect: z.enum(["match", "none", "missing", "present", "partial", "not-applicable"]).optional(),
    format: z.enum(["markdown", "text"]).optional(),
    onTopic: z.boolean().optional(),
    messageId: z.string().min(1).optional(),
    output: z.string().optional(),
    note: z.string().optional(),
    source: sourceRef.optional(),
  })
  .strict();

const window = z
  .object({ concepts: conceptList, window: z.number().int().min(0).max(5).optional(), scope: z.enum(["sentence", "paragraph", "section"]).optional() })
  .strict();

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "rule ids are lower-case kebab-case"),
  title: localized,
  description: localized,
  severity,
  score: z.number().min(0).max(100),
  scope: z.enum(["document", "section", "paragraph", "sentence"]).optional(),
  roles: z.array(role).optional(),
  messages: z.record(z.string(), localized),
  remedies: z.array(z.string()).min(1, "every rule needs a remedy"),
  sources: z.array(sourceRef).min(1, "every rule needs a source"),
  articles: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  enabled: z.boolean().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  /** Corpus concept ids this rule looks for. */
  concepts: z.array(z.string()).optional(),
  /** Inline terms (compiled as a concept of this rule). */
  terms: z.array(term).optional(),
  exceptions: z.array(z.string()).optional(),
  skipAttributed: z.boolean().optional(),
  skipNegated: z.boolean().optional(),
  roleWeights: z.partialRecord(role, z.number().min(0).max(2)).optional(),
  examples: z.array(example).min(1, "every rule needs examples"),
};

const existence = z
  .object({ ...common, kind: z.literal("existence"), requires: window.optional(), unless: window.optional() })
  .strict();

const substitution = z
  .object({
    ...common,
    kind: z.literal("substitution"),
    swap: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    requires: window.optional(),
    unless: window.optional(),
  })
  .strict();

const coverage = z
  .object({
    ...common,
    kind: z.literal("coverage"),
    /** Every group needs a hit in the same sentence (e.g. a figure and a sex). */
    requireAll: z.array(conceptList).optional(),
    /** Concepts whose mention counts as strong evidence by itself (a named service, say). */
    strong: z.array(z.string()).optional(),
    /** Concepts whose mention is a passing mention at most: they can make the check partial, never present. */
    weak: z.array(z.string()).optional(),
    /** Roles that count as the policy body (default vision-goals, measures, monitoring). */
    body: z.array(role).optional(),
    present: z
      .object({
        strong: z.number().int().min(0).optional(),
        medium: z.number().int().min(0).optional(),
        short: z.number().int().min(0).optional(),
        /** A short text with headings (a motion, a news item with subheads) counts as short too. */
        shortHeaded: z.boolean().optional(),
      })
      .strict()
      .optional(),
    applicableIf: conceptList.optional(),
  })
  .strict();

const conditional = z
  .object({
    ...common,
    kind: z.literal("conditional"),
    if: conceptList.optional(),
    then: conceptList,
    within: z.enum(["sentence", "paragraph", "section"]).optional(),
    window: z.number().int().min(0).max(5).optional(),
    unless: window.optional(),
    requires: window.optional(),
  })
  .strict();

export const ruleFile = z.discriminatedUnion("kind", [existence, substitution, coverage, conditional]);
export type RuleFile = z.infer<typeof ruleFile>;
export type ExistenceFile = z.infer<typeof existence>;
export type SubstitutionFile = z.infer<typeof substitution>;
export type CoverageFile = z.infer<typeof coverage>;
export type ConditionalFile = z.infer<typeof conditional>;
export type WindowSpec = z.infer<typeof window>;

const ruleSetting = z.union([
  z.literal("off"),
  severity,
  z.object({ severity: severity.optional(), enabled: z.boolean().optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

export const moduleFile = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: localized,
    version: z.string().regex(/^\d+\.\d+\.\d+/),
    description: localized,
    language: z.string().min(2),
    sources: z.array(sourceRef).min(1),
    weight: z.number().min(0).max(10).optional(),
    presets: z.record(z.string(), z.record(z.string(), ruleSetting)).optional(),
  })
  .strict();

export const profileFile = z
  .object({
    name: z.string().optional(),
    preset: z.string().optional(),
    modules: z.record(z.string(), z.boolean()).optional(),
    rules: z.record(z.string(), ruleSetting).optional(),
  })
  .strict();
export type ProfileData = z.infer<typeof profileFile>;
export type ModuleFileData = z.infer<typeof moduleFile>;
