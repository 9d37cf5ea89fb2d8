import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Corpus } from "./corpus.js";
import { Matcher, type ConceptSpec, type MatcherJson } from "../match/matcher.js";
import { cached, CacheKey, cachedSync, fileStamp, type Codec } from "./cache.js";

// The corpus and rule files, compiled once and cached by a key over their file stamps (see cache.ts) and those of the
// code that reads them.
// Only a cache miss loads the YAML reader and the schema validator (dynamic imports), so a warm start reads JSON.

const here = dirname(fileURLToPath(import.meta.url));
/** The package root, from source (rules/engine/data) or from dist/rules/engine/data. */
export const PACKAGE_ROOT = existsSync(resolve(here, "../../../package.json")) ? resolve(here, "../../..") : resolve(here, "../../../..");

/** The code that turns YAML into compiled data: a change to it must invalidate the cache too. */
const COMPILER_FILES = [
  "corpus/lib/schema",
  "rules/engine/data/corpus-load",
  "rules/engine/data/corpus",
  "rules/engine/rules/schema",
  "rules/engine/data/yaml-data",
  "rules/engine/match/matcher",
  "rules/engine/text/stem",
];

/** Where the running code is: the package root from source, dist/ when compiled. */
const CODE_ROOT = here === join(PACKAGE_ROOT, "rules", "engine", "data") ? PACKAGE_ROOT : join(PACKAGE_ROOT, "dist");

let compilerStamps: string[] | undefined;

/** A key builder started with the compiler files' stamps (taken once per process: code does not change under it). */
function compilerKey(): CacheKey {
  if (!compilerStamps) {
    compilerStamps = [];
    for (const f of COMPILER_FILES) for (const ext of [".ts", ".js"]) compilerStamps.push(join(CODE_ROOT, f + ext), fileStamp(join(CODE_ROOT, f + ext)));
  }
  return new CacheKey().add(...compilerStamps);
}

/** The YAML files under `dir` (recursively, skipping node_modules), sorted. */
export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    } catch {
      return;
    }
    for (const n of names.sort()) {
      if (n === "node_modules/" || n.startsWith(".")) continue;
      if (n.endsWith("/")) walk(join(d, n.slice(0, -1)));
      else if (/\.ya?ml$/.test(n)) out.push(join(d, n));
    }
  };
  walk(dir);
  return out;
}

/** A cache key over the compiler code, some labels and the YAML files under the directories. */
export function dataKey(labels: string[], dirs: string[], now = Date.now()): string {
  const key = compilerKey().add(...labels);
  for (const d of dirs) for (const f of yamlFilesUnder(d)) key.file(f, now);
  return key.digest();
}

type CorpusJson = Omit<Corpus, "sources" | "concepts" | "remedies" | "figures" | "origins"> & {
  sources: Array<[string, unknown]>;
  concepts: Array<[string, unknown]>;
  remedies: Array<[string, unknown]>;
  figures: Array<[string, unknown]>;
  origins: Array<[string, string]>;
};

const corpusCodec: Codec<Corpus, CorpusJson> = {
  toJSON: (c) => ({
    ...c,
    sources: [...c.sources],
    concepts: [...c.concepts],
    remedies: [...c.remedies],
    figures: [...c.figures],
    origins: [...c.origins],
  }),
  fromJSON: (j) =>
    ({
      ...j,
      sources: new Map(j.sources),
      concepts: new Map(j.concepts),
      remedies: new Map(j.remedies),
      figures: new Map(j.figures),
      origins: new Map(j.origins),
    }) as Corpus,
};

const loaded = new Map<string, Promise<Corpus>>();

/** The corpus of `dir` (default: the package's), from the cache when its files are unchanged. */
export function loadCorpusCached(dir?: string): Promise<Corpus> {
  const corpusDir = dir ?? join(PACKAGE_ROOT, "corpus");
  let p = loaded.get(corpusDir);
  if (!p) {
    const key = dataKey([corpusDir], [corpusDir]);
    p = cached(PACKAGE_ROOT, "corpus", key, async () => (await import("./corpus-load.js")).loadCorpus(corpusDir), corpusCodec);
    loaded.set(corpusDir, p);
  }
  return p;
}

/** The pattern automaton for these concepts, from the cache when they are unchanged. */
export function compiledMatcher(concepts: ConceptSpec[]): Matcher {
  const key = compilerKey()
    .add(JSON.stringify(concepts.map((c) => [c.id, c.terms, c.exceptions ?? []])))
    .digest();
  return cachedSync(PACKAGE_ROOT, "matcher", key, () => new Matcher(concepts), { toJSON: (m) => m.toJSON(), fromJSON: (j: MatcherJson) => Matcher.fromJSON(j) });
}
