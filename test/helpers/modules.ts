import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { discoverModules, loadModuleDir, PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { Engine } from "../../rules/engine/run/engine.js";
import type { CoverageStatus, ScanResult } from "../../rules/engine/types.js";
import { FIXTURE_MODULE_DIR, fixtureCorpus } from "./engines.js";
import { ENGINE_VERSION } from "../../rules/engine/index.js";

let all: Promise<Engine> | null = null;

/** Shipped modules plus the fixture module, so the harness also covers every rule kind. */
export function allRulesEngine(): Promise<Engine> {
  all ??= (async () => {
    const shipped = await discoverModules({ config: {} });
    const fixture = await loadModuleDir(FIXTURE_MODULE_DIR);
    return new Engine({ modules: [...shipped, fixture], corpus: fixtureCorpus(), version: ENGINE_VERSION });
  })();
  return all;
}

/** An engine with one shipped module only, as that module's own tests use it. */
export async function moduleEngine(id: string): Promise<Engine> {
  return new Engine({ modules: await discoverModules({ config: { only: [id] } }), corpus: loadCorpus(), version: "test" });
}

/** One of the five seeds (corpus/seeds), by file name. */
export function seedText(name: string): string {
  return readFileSync(join(PACKAGE_ROOT, "corpus/seeds", name), "utf8");
}

/** One of the development-set texts (test/fixtures/devset/docs), by file name. */
export function devsetText(name: string): string {
  return readFileSync(join(PACKAGE_ROOT, "test/fixtures/devset/docs", name), "utf8");
}

/** Status per coverage check of a scan result. */
export function statusesOf(r: ScanResult): Record<string, CoverageStatus> {
  return Object.fromEntries(r.coverage.map((c) => [c.check, c.status]));
}

/** A module's rule ids from its meta: coverage checks and sentence rules (every other kind). */
export function ruleIdsOf(engine: Engine, module: string): { checks: string[]; sentenceRules: string[] } {
  const rules = engine.allRules().filter((r) => r.meta.module === module);
  return {
    checks: rules.filter((r) => r.meta.kind === "coverage").map((r) => r.meta.id),
    sentenceRules: rules.filter((r) => r.meta.kind !== "coverage").map((r) => r.meta.id),
  };
}
