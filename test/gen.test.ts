import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../rules/engine/rules/load.js";
import { generatedFiles } from "../scripts/gen/targets.js";

describe("generated files", async () => {
  for (const t of await generatedFiles()) {
    it(`${relative(PACKAGE_ROOT, t.path)} is up to date (run npm run gen)`, () => {
      expect(existsSync(t.path)).toBe(true);
      expect(readFileSync(t.path, "utf8")).toBe(t.content);
    });
  }
});
