import { join } from "node:path";
import { loadCorpus, type Corpus } from "../../rules/engine/data/corpus-load.js";
import { loadModuleDir, PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { Engine } from "../../rules/engine/run/engine.js";

/** A test-only module (not shipped) with one rule of each kind; it brings its own remedies (corpus/). */
export const FIXTURE_MODULE_DIR = join(PACKAGE_ROOT, "test/fixtures/modules/fixture");

export function fixtureCorpus(): Corpus {
  return loadCorpus();
}

let fixture: Promise<Engine> | null = null;

/** An engine with only the fixture module, for engine tests. */
export function fixtureEngine(): Promise<Engine> {
  fixture ??= loadModuleDir(FIXTURE_MODULE_DIR).then((m) => new Engine({ modules: [m], corpus: loadCorpus(), version: "test" }));
  return fixture;
}
