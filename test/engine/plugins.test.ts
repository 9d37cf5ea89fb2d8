import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../rules/engine/index.js";
import { RuleDataError } from "../../rules/engine/errors.js";
import { discoverModules } from "../../rules/engine/rules/load.js";
import { FIXTURE_MODULE_DIR } from "../helpers/engines.js";

// A third party ships a rule module as an npm package named in genderscan.config.json.
describe("rule modules from npm packages", () => {
  const project = mkdtempSync(join(tmpdir(), "gs-plugin-"));
  const pkg = join(project, "node_modules", "genderscan-module-voorbeeld");
  mkdirSync(pkg, { recursive: true });
  // YAML rules and the module's own remedies (code rules of third parties export a plain object).
  cpSync(FIXTURE_MODULE_DIR, join(pkg, "module"), { recursive: true, filter: (src) => !src.endsWith(".rule.ts") });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "genderscan-module-voorbeeld", version: "1.0.0", type: "module", main: "index.js" }));
  writeFileSync(join(pkg, "index.js"), 'export default { dir: "./module" };\n');
  writeFileSync(join(project, "genderscan.config.json"), JSON.stringify({ modules: ["genderscan-module-voorbeeld"] }));

  it("loads the package's module, rules and remedies and runs them", async () => {
    const engine = await createEngine({ cwd: project });
    expect(engine.modules.map((m) => m.meta.id)).toContain("fixture");
    const r = engine.scan("# Visie\n\nHuiselijk geweld komt voor. Partnergeweld ontstaat uit relatieproblemen.\n");
    expect(r.findings.some((f) => f.ruleId === "fixture/conflict-framing" && f.remedy.length > 0)).toBe(true);
  });

  it("names a package that is not installed", async () => {
    await expect(discoverModules({ config: { modules: ["genderscan-module-bestaat-niet"] }, cwd: project })).rejects.toThrow(RuleDataError);
    await expect(discoverModules({ config: { modules: ["genderscan-module-bestaat-niet"] }, cwd: project })).rejects.toThrow(/not installed/);
  });

  it("reports a broken rule file with file, line and field", async () => {
    const broken = mkdtempSync(join(tmpdir(), "gs-broken-"));
    cpSync(FIXTURE_MODULE_DIR, broken, { recursive: true });
    writeFileSync(join(broken, "vague-goal.yml"), "id: vague-goal\nkind: conditional\ntitle: { nl: a, en: b }\ndescription: { nl: a, en: b }\nseverity: urgent\n");
    await expect(discoverModules({ config: { modules: [broken] }, cwd: project })).rejects.toThrow(/vague-goal\.yml:5: severity: /);
  });
});
