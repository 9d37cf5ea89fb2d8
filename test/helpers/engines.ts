import { join } from "node:path";
import { loadCorpus, type Corpus } from "../../corpus/lib/load.js";
import { loadYaml } from "../../rules/engine/data/yaml-data.js";
import { loadModuleDir, PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { Engine } from "../../rules/engine/run/engine.js";
import { remedyFile } from "../../corpus/lib/schema.js";

export const FIXTURE_MODULE_DIR = join(PACKAGE_ROOT, "test/fixtures/modules/fixture");

/** The real corpus plus the fixture remedies. */
export function fixtureCorpus(): Corpus {
  const corpus = loadCorpus();
  const extra = loadYaml(join(PACKAGE_ROOT, "test/fixtures/remedies.yml"), remedyFile, PACKAGE_ROOT);
  const remedies = new Map(corpus.remedies);
  for (const r of extra.data.remedies) remedies.set(r.id, { ...r, file: extra.file });
  return { ...corpus, remedies };
}

let fixture: Promise<Engine> | null = null;

/** An engine with only the fixture module (not shipped), for engine tests. */
export function fixtureEngine(): Promise<Engine> {
  fixture ??= loadModuleDir(FIXTURE_MODULE_DIR).then((m) => new Engine({ modules: [m], corpus: fixtureCorpus(), version: "test" }));
  return fixture;
}
