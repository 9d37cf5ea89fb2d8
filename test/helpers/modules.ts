import { discoverModules } from "../../rules/engine/rules/load.js";
import { Engine } from "../../rules/engine/run/engine.js";
import { loadModuleDir } from "../../rules/engine/rules/load.js";
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
