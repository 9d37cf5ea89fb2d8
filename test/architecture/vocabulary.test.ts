import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 14, point 3: Dutch vocabulary lives in the corpus lexicons (with sources), the code keeps the mechanism. This
// test reads the source of the places that were cleaned (the rule modules; the section, cue and document code of the
// text layer and its plain-text reader) and fails when a regular-expression literal spells out words again. Format
// patterns (digits, dates, punctuation) have no words; the few patterns that must stay are listed below with the reason.

const ROOT = join(import.meta.dirname, "../..");

/** Regular expressions allowed to hold words, by file and constant name, each with the reason. */
const ALLOWED: Record<string, string[]> = {
  // The shape of a regular Dutch past participle ("vastgelegd", "ondergebracht") and the noun suffix -heid: morphology,
  // not a word list; the irregular participles and look-alikes are in lexicon tense.
  "rules/monitoring/lib/evidence.ts": ["PREFIXED_PARTICIPLE", "NOUN_SUFFIX"],
  // The number words of the matcher's builtin @number: the builtin is a fixed concept of the engine, and a lexicon term
  // carries no value (docs/decisions.md, issue 14 point 3).
  "rules/engine/match/matcher.ts": ["NUMBER_WORDS"],
  // The scheme of a web address ("https://"): format, not a word of the language.
  "rules/engine/text/plain/lines.ts": ["WEB_ADDRESS_LINE"],
};

const CLEANED_ENGINE_FILES = [
  "rules/engine/text/sections.ts",
  "rules/engine/text/cues.ts",
  "rules/engine/text/document.ts",
  "rules/engine/text/captions.ts",
  "rules/engine/text/markdown.ts",
  "rules/engine/run/setup.ts",
  // The plain-text layer: its heading, contents, page, abbreviation, citation and hyphenation words are in the
  // lexicons plain-headings, page-furniture, footnotes and hyphenation (compiled by plain/layout-cues.ts); the files
  // keep number, dash and address shapes. The matcher: format patterns and its builtins.
  "rules/engine/text/plain/normalise.ts",
  "rules/engine/text/plain/headings.ts",
  "rules/engine/text/plain/contents.ts",
  "rules/engine/text/plain/lines.ts",
  "rules/engine/text/plain/layout-cues.ts",
  "rules/engine/text/plain/hyphenation.ts",
  "rules/engine/match/matcher.ts",
];
const MODULE_DIRS = ["rules/chain", "rules/gender", "rules/istanbul", "rules/migrants", "rules/monitoring"];

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** A regular-expression literal: after an operator or opening bracket (not a path in a string), up to its closing slash. */
const LITERAL = /(?:^|[(,=:[!&|?{};]|\breturn)\s*\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n])+)\/[dgimsuy]*/gm;
/** Escapes (\b, \s, \p{L}, \u00e9) carry no words. */
const ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|.)/g;
/** A lowercase word of four letters or more. */
const WORD = /[a-zà-ÿ]{4,}/g;

/** Words in the regular-expression literals of a source text, with the line they are on. */
export function wordsInRegexLiterals(source: string): Array<{ line: string; words: string[] }> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/(^|[^:\\"'])\/\/.*$/gm, "$1");
  const lines = code.split("\n");
  const out: Array<{ line: string; words: string[] }> = [];
  for (const line of lines) {
    for (const m of line.matchAll(LITERAL)) {
      const words = m[1].replace(ESCAPE, " ").match(WORD);
      if (words) out.push({ line: line.trim(), words });
    }
  }
  return out;
}

/** Word lists written out in code: an array (or set) literal of three or more strings that are lowercase words. */
const WORD_LIST = /\[\s*(?:"[a-zà-ÿ]{2,}"\s*,\s*){2,}"[a-zà-ÿ]{2,}"/g;
/** Word lists that stay, by file and constant name: builtins with values, and type ids that happen to be words. */
const ALLOWED_LISTS: Record<string, string[]> = {
  // The month names of the matcher's builtin @month (a builtin concept, like @number's number words).
  "rules/engine/match/matcher.ts": ["MONTHS"],
  // The order of the DocumentKind ids ("motie", "regiovisie"): type values, whose words are in lexicon document.
  "rules/engine/run/setup.ts": ["KIND_ORDER"],
};

/** Word lists (array or set literals of words, also over several lines) in a source text: the line each opens on. */
export function wordLists(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/(^|[^:\\"'])\/\/.*$/gm, "$1");
  const lines = code.split("\n");
  return [...code.matchAll(WORD_LIST)].map((m) => lines[code.slice(0, m.index).split("\n").length - 1].trim());
}

describe("vocabulary in lexicons", () => {
  it("finds words in a regular-expression literal, and none in format patterns or paths", () => {
    const sample = [
      'import { x } from "../engine/rule-api.js";',
      "const ACTION = /\\b(?:acties?|maatregelen)\\b/i;",
      "const DATE = /\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}/g;",
      "if (/^doel/.test(w)) return;",
      "// a comment with /woorden/ in it",
    ].join("\n");
    expect(wordsInRegexLiterals(sample).map((f) => f.words)).toEqual([["acties", "maatregelen"], ["doel"]]);
  });

  it("has no Dutch words in regular expressions of the rule modules and the cleaned text-layer files", () => {
    const files = [...CLEANED_ENGINE_FILES, ...MODULE_DIRS.flatMap(tsFiles)];
    expect(files.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, join(ROOT, file));
      const allowed = ALLOWED[rel] ?? [];
      for (const f of wordsInRegexLiterals(readFileSync(join(ROOT, file), "utf8"))) {
        if (allowed.some((name) => new RegExp(`\\bconst ${name}\\b`).test(f.line))) continue;
        found.push(`${rel}: ${f.words.join(", ")} in ${f.line}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("finds a word list written out in code, and not a list of ids or short grammar words", () => {
    expect(wordLists('const MONTHS = new Set(["januari", "februari", "maart"]);\nconst A = ["de", "het"];\nconst IDS = ["dv-core", "women"];')).toEqual([
      'const MONTHS = new Set(["januari", "februari", "maart"]);',
    ]);
  });

  it("has no word lists in the code of the cleaned text-layer files", () => {
    const found: string[] = [];
    for (const file of CLEANED_ENGINE_FILES) {
      const allowed = ALLOWED_LISTS[file] ?? [];
      for (const line of wordLists(readFileSync(join(ROOT, file), "utf8"))) {
        if (allowed.some((name) => new RegExp(`\\bconst ${name}\\b`).test(line))) continue;
        found.push(`${file}: ${line}`);
      }
    }
    expect(found).toEqual([]);
  });
});
