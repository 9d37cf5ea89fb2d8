import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConceptSpec, TermSpec } from "../match/matcher.js";
import type * as S from "../../../corpus/lib/schema.js";

// The corpus as the engine uses it, without the YAML reader and schema validator (data/corpus-load.ts) that
// only compiling it needs. corpus/ holds the data and its schema (corpus/lib/schema.ts); reading it is the engine's.

export interface Concept extends ConceptSpec {
  lexicon: string;
  label: S.Localized;
  description?: S.Localized;
  examples: string[];
  negatives: string[];
  sources: S.SourceRefData[];
  /** Terms as written in the file (for the catalogue and duplicate checks). */
  rawTerms: string[];
}

export interface LexiconInfo {
  id: string;
  title: S.Localized;
  description?: S.Localized;
  concepts: string[];
}

export interface Corpus {
  dir: string;
  sources: Map<string, S.Source>;
  /** Each lexicon with the ids of its concepts (the concepts themselves are in `concepts`). */
  lexicons: LexiconInfo[];
  concepts: Map<string, Concept>;
  remedies: Map<string, S.Remedy & { file: string }>;
  figures: Map<string, S.Figure & { file: string }>;
  /** Where each item was defined, for test messages: "lexicons/groups.yml:12". */
  origins: Map<string, string>;
}

/** corpus/ of this package (the nearest folder above with a package.json), from source, dist/ or the CLI bundle. */
export function defaultCorpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let d = here; dirname(d) !== d; d = dirname(d)) if (existsSync(join(d, "package.json"))) return join(d, "corpus");
  return resolve(here, "../../../corpus");
}

/**
 * Term shorthand: "*opvang" also matches as the last part of a compound ("vrouwenopvang"),
 * "opvang*" as the first part ("opvangplekken"), "*opvang*" both; "=CSG" is case-sensitive; "=*ische" is the
 * ending of a capitalised word inside its sentence ("Koerdische");
 * "!eer" matches that exact form only (no inflection).
 */
export function parseTerm(t: S.TermData): TermSpec {
  if (typeof t !== "string") return t;
  let text = t.trim();
  let match: TermSpec["match"] = "key";
  if (text.startsWith("=")) {
    match = "case";
    text = text.slice(1);
  } else if (text.startsWith("!")) {
    match = "exact";
    text = text.slice(1);
  }
  const head = text.startsWith("*");
  const modifier = text.endsWith("*");
  text = text.replace(/^\*|\*$/g, "");
  const compound = head && modifier ? "both" : head ? "head" : modifier ? "modifier" : "none";
  return { text, match, compound };
}
