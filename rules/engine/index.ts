// Public API of the genderscan engine. Framework-free: no server, database or GraphQL imports.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "../../corpus/lib/corpus.js";
import { loadCorpusCached } from "./data/compiled.js";
import { discoverModules, PACKAGE_ROOT, type ModuleConfig } from "./rules/load.js";
import type { Profile } from "./run/profile.js";
import type { RuleModule } from "./rules/types.js";
import { Engine } from "./run/engine.js";
import { loadTextFormat } from "./text/document.js";

export { Engine, ENGINE_NAME, type ScanOptions, type ScanDetails, type StoredSuppression } from "./run/engine.js";
export { InputError, RuleDataError } from "./errors.js";
export type { Profile } from "./run/profile.js";

/** Reads a profile file (YAML or JSON); errors name the file, line and field. */
export async function readProfile(file: string): Promise<Profile> {
  return (await import("./run/profile-file.js")).readProfile(file);
}

/** Validates a profile object; errors name the field. */
export async function validateProfile(profile: unknown, where?: string): Promise<Profile> {
  return (await import("./run/profile-file.js")).validateProfile(profile, where);
}
export { defineRule } from "./rules/load.js";
export type * from "./types.js";
export type { Rule, RuleMeta, RuleModule, RuleContext, Example } from "./rules/types.js";

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
