// npm run gen: writes every generated file (catalogues, rule tables; schema and client types once
// the server exists). A test fails when a committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/index.js";
import { generatedFiles } from "./gen/targets.js";

for (const t of await generatedFiles()) {
  writeFileSync(t.path, t.content);
  console.log(`wrote ${relative(PACKAGE_ROOT, t.path)}`);
}
