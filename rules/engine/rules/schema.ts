import { z } from "zod";
import { localized, sourceRef, term } from "../../../corpus/lib/schema.js";
import type { BlockType } from "../text/blocks.js";
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

/** Block types an evidence item can be limited to. */
const BLOCK_TYPES = ["heading", "paragraph", "listItem", "quote", "footnote", "code", "tableRow", "contents"] as const satisfies readonly BlockType[];

/**
 * A companion within a number of words of the hit, in the same sentence: `side: before` (the companion ends at most
 * `words` words before the hit: "Turkse vrouwenorganisatie", "ongeacht … afkomst"), `after` (it starts at most
 * `words` words after the hit: "voorlichting aan huisartsen") or `either` (default; overlapping hits do not count).
 * `elided`: a companion that is the first part of an elided compound ("migranten- en professionele organisaties")
 * may stand this many words before the hit (side before only).
 */
const words = z
  .object({
    concepts: conceptList,
    words: z.number().int().min(0).max(20),
    side: z.enum(["before", "after", "either"]).optional(),
    elided: z.number().int().min(0).max(20).optional(),
  })
  .strict();

/**
 * One kind of evidence for a coverage check: the hits of `concepts` that pass its filters, graded strong (concrete
 * by itself), weak (a passing mention: the check partial at most) or neither (the engine weighs it by where it stands).
 */
export const evidenceItem = z
  .object({
    concepts: conceptList,
    /** Every group needs a hit in the same sentence. */
    with: z.array(conceptList).optional(),
    /** A companion in the same sentence (± window sentences), paragraph or section. */
    near: window.optional(),
    /** No hit of these concepts in the same sentence (± window sentences), paragraph or section. */
    unless: window.optional(),
    /** A companion within a number of words. */
    nearWords: words.optional(),
    /** No hit of these concepts within a number of words. */
    unlessWords: words.optional(),
    /** Only hits in these kinds of block ("heading", "contents": a section devoted to the topic). */
    blocks: z.array(z.enum(BLOCK_TYPES)).min(1).optional(),
    /** strong: every accepted hit is concrete by itself; weak: a passing mention at most (caps the check at partial). */
    grade: z.enum(["strong", "weak"]).optional(),
    /** A hit inside a hit of these concepts is a passing mention ("voorkomen" in "huiselijk geweld voorkomen en bestrijden"). */
    weakInside: conceptList.optional(),
    /** A hit in a sentence with one of these concepts is a passing mention. */
    weakWith: conceptList.optional(),
    /** A hit that is part of an organisation's name ("Vrouwenopvang Fier", "Stichting Vrouwenopvang Drenthe") is a passing mention. */
    weakInName: z.boolean().optional(),
    /** A hit with a hit of these concepts within a number of words is a passing mention ("voorkomen, stoppen en oplossen"). */
    weakNear: words.optional(),
    /**
     * A hit with at least `min` other items of these concepts within `words` words is one item of an enumeration
     * ("preventie, signalering, hulpverlening en nazorg"): a passing mention.
     */
    weakAmong: z.object({ concepts: conceptList, min: z.number().int().min(1), words: z.number().int().min(0).max(20) }).strict().optional(),
  })
  .strict();
export type EvidenceItemSpec = z.infer<typeof evidenceItem>;
export type WordsSpec = z.infer<typeof words>;

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
    /**
     * Kinds of evidence, each with its own companions, exclusions and grade (instead of `concepts` and `requireAll`):
     * the check is met by any of them. Where several offer the same hit, the best grade counts.
     */
    evidence: z.array(evidenceItem).min(1).optional(),
    /**
     * Hits graded strong and hits in a bullet of a measures section are concrete; in a sentence with a concrete hit
     * only the concrete hits count (a negated concrete hit is not outweighed by a plain one beside it).
     */
    concreteFirst: z.boolean().optional(),
    /** Do commitment cues ("we gaan", "wordt ingezet") make a mention concrete? Default true. */
    commitmentCues: z.boolean().optional(),
    /** A sentence that only reports a past activity ("In 2019 liep er een campagne") is a passing mention at most. */
    pastIsMention: z.boolean().optional(),
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
  .strict()
  .refine((r) => !(r.evidence && (r.concepts?.length || r.terms?.length || r.requireAll)), {
    message: "a coverage rule has either evidence items or concepts/terms (with requireAll), not both",
    path: ["evidence"],
  });

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
    /**
     * Named lists of concepts the module's YAML rules share: "$name" in a rule's list of concepts stands for the
     * set's concepts ("$migrant-context"), so a shared context is written once.
     */
    conceptSets: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "set names are lower-case kebab-case"), z.array(z.string().min(1)).min(1)).optional(),
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
