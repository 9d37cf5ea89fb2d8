import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_RULES } from "../../rules/code-rules.generated.js";
import { createEngine, PACKAGE_ROOT, useCodeRules, type CodeRuleDefinition } from "../../rules/engine/index.js";

// The generated registry of built-in code rules (issue 15): the CLI hands it to the engine so that no rule file is
// listed and imported at run time, and the bundled CLI holds every rule. It must name exactly the rule files, give
// the very definitions their files export, and be what the loader uses once handed over.

const ruleFiles = readdirSync(join(PACKAGE_ROOT, "rules"), { recursive: true, encoding: "utf8" })
  .filter((f) => /^[^/]+\/[^/]+\.rule\.ts$/.test(f.split("\\").join("/")))
  .map((f) => `rules/${f.split("\\").join("/")}`)
  .sort();

describe("code rule registry", () => {
  it("names every built-in code rule file, and each entry is what that file exports", async () => {
    expect(ruleFiles.length).toBeGreaterThan(30);
    expect(Object.keys(CODE_RULES).sort()).toEqual(ruleFiles);
    for (const f of ruleFiles) expect(CODE_RULES[f], f).toBe(((await import(join(PACKAGE_ROOT, f))) as { default: CodeRuleDefinition }).default);
  });

  it("is what the loader uses once handed over, for the files the module directories list", async () => {
    const file = "rules/gender/generic-masculine.rule.ts";
    const marker = { ...CODE_RULES[file], description: { nl: "uit het register", en: "from the registry" } };
    useCodeRules({ [file]: marker });
    const engine = await createEngine({ config: { only: ["gender"] } });
    const rule = engine.allRules().find((r) => r.meta.file === relative(PACKAGE_ROOT, join(PACKAGE_ROOT, file)));
    expect(rule?.meta.description.en).toBe("from the registry");
    // A registry entry without a file in the module directory adds nothing.
    useCodeRules({ "rules/gender/no-such.rule.ts": marker });
    expect((await createEngine({ config: { only: ["gender"] } })).allRules().some((r) => r.meta.id === "gender/no-such")).toBe(false);
  });
});
