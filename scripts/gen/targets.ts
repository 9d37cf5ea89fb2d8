import { join } from "node:path";
import { loadCorpus } from "../../corpus/lib/load.js";
import { createEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { corpusCatalogue, rulesTable } from "./catalogue.js";

export interface GenTarget {
  path: string;
  content: string;
}

/** Every generated file and its expected content; `npm run gen` writes them, a test compares. */
export async function generatedFiles(): Promise<GenTarget[]> {
  const corpus = loadCorpus();
  const engine = await createEngine({ corpus, config: {} });
  return [
    { path: join(PACKAGE_ROOT, "docs/corpus.md"), content: corpusCatalogue(corpus) },
    { path: join(PACKAGE_ROOT, "docs/rules.md"), content: rulesTable(engine) },
  ];
}
