import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import type { Rule } from "../../rules/engine/rules/types.js";
import { runCli } from "../helpers/cli.js";

// A rule that throws must not vanish silently: the result names it and gives no grade as if it were complete.
const RULE = "istanbul/art-11-data-collection";
const seed = readFileSync(join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt"), "utf8");

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function breakRule(): Promise<void> {
  const engine = await defaultEngine(PACKAGE_ROOT);
  const rule = engine.rule(RULE) as Rule;
  expect(rule).toBeDefined();
  const create = rule.create;
  rule.create = () => {
    throw new RangeError("Maximum call stack size exceeded");
  };
  restore = () => (rule.create = create);
}

describe("a rule that fails", () => {
  it("is listed in failedRules and the result is not graded", async () => {
    const engine = await defaultEngine(PACKAGE_ROOT);
    const whole = engine.scan(seed, { format: "text" });
    expect(whole.failedRules).toEqual([]);
    expect(whole.graded).toBe(true);
    await breakRule();
    const r = engine.scan(seed, { format: "text" });
    expect(r.failedRules).toEqual([RULE]);
    expect(r.graded).toBe(false);
    expect(r.coverage.some((c) => c.check === RULE)).toBe(false);
    expect(r.findings.some((f) => f.ruleId === "engine/rule-failed" && f.message.includes(RULE))).toBe(true);
  });

  it("makes the CLI say so and exit with 3", async () => {
    await breakRule();
    const run = await runCli(["scan", "corpus/seeds/003_2d9c4895bf856dd0.txt"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(RULE);
    expect(run.stdout).toMatch(/Onvolledig: .*istanbul\/art-11-data-collection/);
    expect(run.stdout).toMatch(/Totaal: onvolledig/);
    const json = await runCli(["scan", "corpus/seeds/003_2d9c4895bf856dd0.txt", "--format", "json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).failedRules).toEqual([RULE]);
  });
});
