// The host API of the genderscan engine: everything a host (server, CLI, web, bench, scripts) may import from the
// engine — scanning, loading the corpus and the rule modules, the readers, the output formats and the types of a
// result. Hosts import this file only (test/architecture checks it), so the engine's internals can move; rule modules
// use rules/engine/rule-api.ts instead. Framework-free: no server, database or GraphQL imports. Keep what it loads
// statically light (no YAML, schema or Markdown reader): the CLI's start-up depends on it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./data/corpus.js";
import { loadCorpusCached } from "./data/compiled.js";
import { discoverModules, PACKAGE_ROOT, type ModuleConfig } from "./rules/load.js";
import type { Profile } from "./run/profile.js";
import type { RuleModule } from "./rules/types.js";
import { Engine } from "./run/engine.js";
import { loadTextFormat } from "./text/document.js";

export { Engine, ENGINE_NAME, type ScanOptions, type ScanDetails, type StoredSuppression } from "./run/engine.js";
export { InputError, messageIn, RuleDataError, type InputErrorCode } from "./errors.js";
export { resolveRules, type EffectiveRule, type Profile } from "./run/profile.js";
export { PACKAGE_ROOT, readConfig, useCodeRules, type CodeRuleDefinition, type ModuleConfig } from "./rules/load.js";
export type { Corpus } from "./data/corpus.js";

// Readers: bytes of a file (text, Markdown, HTML, DOCX, PDF, ZIP) to text; text to a parsed document.
export { detectFormat, ingest, DEFAULT_MAX_BYTES, type Ingested, type IngestOptions, type SourceFormat } from "./ingest/ingest.js";
export type { ParsedDocument, TextFormat } from "./text/document.js";
/** Folds a word the way the matcher does (lower case, diacritics off, Dutch stem) — for search in hosts. */
export { fold } from "./text/stem.js";

// Output formats of a scan result.
export { htmlReport, markdownReport, type ReportOptions } from "./output/report.js";
export { motionDraft, type MotionOptions } from "./output/motion.js";
export { toSarif, SARIF_SCHEMA, type SarifInput } from "./output/sarif.js";
export { compareResults, type ResultComparison } from "./output/compare.js";
export { ATRIA_PARTS, atriaPartsOf } from "./run/render.js";

// For benchmarks only: the tokenizer alone.
export { TokenTable, tokenize } from "./text/tokens.js";

/** Reads a profile file (YAML or JSON); errors name the file, line and field. */
export async function readProfile(file: string): Promise<Profile> {
  return (await import("./run/profile-file.js")).readProfile(file);
}

/** Reads and validates the corpus YAML of `dir` (default: the package's corpus/), without the compiled-data cache. */
export async function readCorpus(dir?: string): Promise<Corpus> {
  return (await import("./data/corpus-load.js")).loadCorpus(dir);
}

/** Validates a profile object; errors name the field. */
export async function validateProfile(profile: unknown, where?: string): Promise<Profile> {
  return (await import("./run/profile-file.js")).validateProfile(profile, where);
}
export { defineRule } from "./rules/load.js";
export type * from "./types.js";
export type { Rule, RuleMeta, RuleModule, RuleContext, RuleSetting, Example } from "./rules/types.js";

export const ENGINE_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;

export { loadTextFormat } from "./text/document.js";

export interface CreateEngineOptions {
  /** Load the Markdown reader only when a Markdown text comes (then call loadTextFormat first); default: now. */
  lazyFormats?: boolean;
  rulesDir?: string;
  corpusDir?: string;
  config?: ModuleConfig;
  cwd?: string;
  /** Use these modules instead of discovering them. */
  modules?: RuleModule[];
  corpus?: Corpus;
}

/** Loads the corpus and discovers the rule modules (rules/<module>/ and configured packages). */
export async function createEngine(options: CreateEngineOptions = {}): Promise<Engine> {
  const corpus = options.corpus ?? (await loadCorpusCached(options.corpusDir));
  const modules = options.modules ?? (await discoverModules({ rulesDir: options.rulesDir, config: options.config, cwd: options.cwd }));
  if (!options.lazyFormats) await loadTextFormat("markdown");
  return new Engine({ modules, corpus, version: ENGINE_VERSION });
}

const shared = new Map<string, Promise<Engine>>();

/**
 * The engine with the built-in modules plus those named in genderscan.config.json of `cwd`,
 * created once per configuration.
 */
export function defaultEngine(cwd = process.cwd(), options: { lazyFormats?: boolean } = {}): Promise<Engine> {
  const configFile = join(cwd, "genderscan.config.json");
  const key = `${existsSync(configFile) ? `${cwd}:${readFileSync(configFile, "utf8")}` : ""}|${process.env.GENDERSCAN_MODULES ?? ""}`;
  let engine = shared.get(key);
  if (!engine) {
    engine = createEngine({ cwd, lazyFormats: true });
    shared.set(key, engine);
  }
  // The engine is shared; whether the Markdown reader is loaded now is each caller's choice.
  return options.lazyFormats ? engine : engine.then(async (e) => (await loadTextFormat("markdown"), e));
}
