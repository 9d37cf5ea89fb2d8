import { z } from "zod";

// Schemas for every corpus file. The loader reports violations with file, line and field.

export const localized = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();

export const sourceRef = z
  .object({
    source: z.string().regex(/^[a-z0-9-]+$/, "source ids are lower-case kebab-case"),
    locator: z.string().min(1),
    quote: z.string().min(2).optional(),
  })
  .strict();

export const passage = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    locator: z.string().min(1),
    title: localized,
    summary: localized,
    relevance: localized.optional(),
    severity: z.enum(["error", "warning", "info"]).optional(),
    articles: z.array(z.string()).optional(),
  })
  .strict();

export const source = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(3),
    issuer: z.string().min(2),
    year: z.number().int().min(1900).max(2100),
    language: z.enum(["nl", "en", "nl+en"]),
    kind: z.enum(["seed", "treaty", "report", "checklist", "guidance"]),
    locatorScheme: z.enum(["lines", "article", "item"]),
    description: localized,
    file: z.string().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    url: z.string().url().optional(),
    passages: z.array(passage).optional(),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.locatorScheme === "lines" && (!s.file || !s.sha256)) {
      ctx.addIssue({ code: "custom", path: ["file"], message: "a source addressed by lines needs file and sha256" });
    }
    if (s.locatorScheme !== "lines" && !(s.passages && s.passages.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["passages"], message: "a source addressed by article or item needs passages" });
    }
  });

/** A term: a string with markers ("opvang*", "*opvang", "=CSG", "!eer") or an object. */
export const term = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      match: z.enum(["key", "exact", "case"]).optional(),
      compound: z.enum(["none", "head", "modifier", "both"]).optional(),
    })
    .strict(),
]);

export const concept = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "concept ids are lower-case kebab-case"),
    label: localized,
    description: localized.optional(),
    terms: z.array(term).min(1),
    exceptions: z.array(z.string().min(1)).optional(),
    examples: z.array(z.string().min(3)).optional(),
    negatives: z.array(z.string().min(3)).optional(),
    sources: z.array(sourceRef).min(1, "every concept needs a source"),
  })
  .strict();

export const lexicon = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: localized,
    description: localized.optional(),
    concepts: z.array(concept).min(1),
  })
  .strict();

export const remedy = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    for: z.array(z.string().min(3)).min(1),
    title: localized,
    action: localized,
    where: localized,
    example: localized,
    goodPractice: z.array(z.object({ text: localized, sources: z.array(sourceRef).min(1) }).strict()).optional(),
    /** Reference figures (corpus/figures) the example formulation uses as its starting point. */
    figures: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    sources: z.array(sourceRef).min(1, "every remedy needs a source"),
  })
  .strict();

export const remedyFile = z.object({ remedies: z.array(remedy).min(1) }).strict();

export const figure = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: localized,
    value: z.number(),
    unit: z.string().min(1),
    year: z.union([z.number().int(), z.string().regex(/^\d{4}(?:-\d{4})?$/)]),
    area: z.string().min(2),
    breakdown: z.record(z.string(), z.number()).optional(),
    note: z.string().optional(),
    tags: z.array(z.string()).optional(),
    source: sourceRef,
  })
  .strict();

export const figureFile = z.object({ figures: z.array(figure).min(1) }).strict();

export type Localized = z.infer<typeof localized>;
export type SourceRefData = z.infer<typeof sourceRef>;
export type Source = z.infer<typeof source>;
export type Passage = z.infer<typeof passage>;
export type TermData = z.infer<typeof term>;
export type ConceptData = z.infer<typeof concept>;
export type Lexicon = z.infer<typeof lexicon>;
export type Remedy = z.infer<typeof remedy>;
export type Figure = z.infer<typeof figure>;
