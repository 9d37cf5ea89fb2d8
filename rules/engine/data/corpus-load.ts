import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { RuleDataError } from "../errors.js";
import { loadYaml, type LoadedYaml } from "./yaml-data.js";
import * as S from "../../../corpus/lib/schema.js";
import { defaultCorpusDir, parseTerm, type Concept, type Corpus } from "./corpus.js";

export { defaultCorpusDir, parseTerm, type Concept, type Corpus };

const cache = new Map<string, Corpus>();

export function loadCorpus(dir = defaultCorpusDir(), options: { fresh?: boolean } = {}): Corpus {
  const cached = options.fresh ? undefined : cache.get(dir);
  if (cached) return cached;
  const root = resolve(dir, "..");
  const corpus: Corpus = {
    dir,
    sources: new Map(),
    lexicons: [],
    concepts: new Map(),
    remedies: new Map(),
    figures: new Map(),
    origins: new Map(),
  };
  for (const file of yamlFiles(join(dir, "sources"))) {
    const y = loadYaml(file, S.source, root);
    unique(corpus.sources, y.data.id, y.data, y, ["id"], corpus.origins, `source:${y.data.id}`);
  }
  loadLexiconsAndRemedies(dir, root, corpus);
  for (const file of yamlFiles(join(dir, "figures"))) {
    const y = loadYaml(file, S.figureFile, root);
    y.data.figures.forEach((f, i) =>
      unique(corpus.figures, f.id, { ...f, file: y.file }, y, ["figures", i, "id"], corpus.origins, `figure:${f.id}`),
    );
  }
  cache.set(dir, corpus);
  return corpus;
}

/** Lexicons and remedies of a corpus directory (also used for the corpus/ folder a rule module ships). */
export function loadLexiconsAndRemedies(
  dir: string,
  root: string,
  into: Pick<Corpus, "lexicons" | "concepts" | "remedies" | "origins">,
): void {
  for (const file of yamlFiles(join(dir, "lexicons"))) {
    const y = loadYaml(file, S.lexicon, root);
    into.lexicons.push({ id: y.data.id, title: y.data.title, description: y.data.description, concepts: y.data.concepts.map((c) => c.id) });
    y.data.concepts.forEach((c, i) => {
      const concept: Concept = {
        id: c.id,
        lexicon: y.data.id,
        label: c.label,
        description: c.description,
        terms: c.terms.map(parseTerm),
        exceptions: c.exceptions,
        examples: c.examples ?? [],
        negatives: c.negatives ?? [],
        sources: c.sources,
        rawTerms: c.terms.map((t) => (typeof t === "string" ? t : t.text)),
      };
      unique(into.concepts, c.id, concept, y, ["concepts", i, "id"], into.origins, `concept:${c.id}`);
    });
  }
  for (const file of yamlFiles(join(dir, "remedies"))) {
    const y = loadYaml(file, S.remedyFile, root);
    y.data.remedies.forEach((r, i) =>
      unique(into.remedies, r.id, { ...r, file: y.file }, y, ["remedies", i, "id"], into.origins, `remedy:${r.id}`),
    );
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, f));
}

function unique<T>(
  map: Map<string, T>,
  id: string,
  value: T,
  y: LoadedYaml<unknown>,
  path: Array<string | number>,
  origins: Map<string, string>,
  originKey: string,
): void {
  const line = y.lineOf(path);
  if (map.has(id)) {
    throw new RuleDataError(y.file, line, path.join("."), `duplicate id "${id}" (also defined in ${origins.get(originKey)})`);
  }
  map.set(id, value);
  origins.set(originKey, `${y.file}:${line ?? 1}`);
}

// ---- locators ----

const fileCache = new Map<string, { text: string; lines: string[]; sha256: string }>();

function sourceFile(corpus: Corpus, file: string) {
  const path = join(corpus.dir, file);
  let entry = fileCache.get(path);
  if (!entry) {
    const buf = readFileSync(path);
    const text = buf.toString("utf8");
    entry = { text, lines: text.split(/\r?\n/), sha256: createHash("sha256").update(buf).digest("hex") };
    fileCache.set(path, entry);
  }
  return entry;
}

/**
 * Folds case, quotes, spacing and hyphens away, so a key phrase is found across PDF line breaks
 * and hyphenation ("geval-|len", "VNG-|werkgroep") whichever way the break was repaired.
 */
export function squash(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\s\-‐–\u00ad]+/g, "");
}

/** The text a locator points at, or a problem description when it does not resolve. */
export function resolveRef(corpus: Corpus, ref: S.SourceRefData): { text: string } | { problem: string } {
  const src = corpus.sources.get(ref.source);
  if (!src) return { problem: `unknown source "${ref.source}"` };
  if (src.locatorScheme === "lines") {
    const m = ref.locator.match(/^L(\d+)(?:-(\d+))?$/);
    if (!m) return { problem: `locator "${ref.locator}" is not a line range such as L12-30` };
    if (!src.file) return { problem: `source ${src.id} has no file` };
    let f;
    try {
      f = sourceFile(corpus, src.file);
    } catch {
      return { problem: `file ${src.file} of source ${src.id} is missing` };
    }
    if (src.sha256 && f.sha256 !== src.sha256) return { problem: `file ${src.file} changed: sha256 ${f.sha256} ≠ ${src.sha256}` };
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a || b > f.lines.length) return { problem: `lines ${ref.locator} are outside ${src.file} (${f.lines.length} lines)` };
    const text = f.lines.slice(a - 1, b).join("\n");
    return checkQuote(ref, text);
  }
  const p = src.passages?.find((x) => x.locator === ref.locator || x.id === ref.locator);
  if (!p) return { problem: `source ${src.id} has no passage "${ref.locator}"` };
  return checkQuote(ref, `${p.title.nl}\n${p.title.en}\n${p.summary.nl}\n${p.summary.en}\n${p.relevance?.nl ?? ""}\n${p.relevance?.en ?? ""}`);
}

function checkQuote(ref: S.SourceRefData, text: string): { text: string } | { problem: string } {
  if (ref.quote && !squash(text).includes(squash(ref.quote))) {
    return { problem: `passage ${ref.source} ${ref.locator} does not contain "${ref.quote}"` };
  }
  return { text };
}

export function sha256File(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
