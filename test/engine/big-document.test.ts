import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

// Spreading an array into a call (push(...hits), Math.max(...xs)) puts every element on the stack: with the hits of a
// 19 MB document two Istanbul rules crashed with "Maximum call stack size exceeded" and their checks vanished.
describe("big documents", () => {
  it("a 19 MB document scans with every rule", { timeout: 900_000 }, async () => {
    const engine = await createEngine();
    const seed = readFileSync(join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt"), "utf8");
    const text = Array.from({ length: 140 }, () => seed).join("\n\n");
    expect(text.length).toBeGreaterThan(19_000_000);
    const r = engine.scan(text, { format: "text" });
    expect(r.failedRules).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === "engine/rule-failed")).toEqual([]);
    expect(r.graded).toBe(true);
    const checks = new Set(r.coverage.map((c) => c.check));
    for (const rule of engine.allRules()) if (rule.meta.kind === "coverage") expect(checks.has(rule.meta.id)).toBe(true);
  });

  it("no source spreads an array into a call", () => {
    const SPREAD_CALL = /\.(?:push|unshift)\(\.\.\.|Math\.(?:max|min)\([^)]*\.\.\.|String\.from(?:CharCode|CodePoint)\(\.\.\./;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (name === "node_modules" || name === "generated" || name === "dist") continue;
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(?:ts|tsx|js|mjs)$/.test(name) && !name.endsWith(".d.ts")) {
          readFileSync(p, "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (SPREAD_CALL.test(line)) offenders.push(`${p.slice(PACKAGE_ROOT.length + 1)}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ["rules", "server", "client", "corpus/lib", "scripts", "bench"]) walk(join(PACKAGE_ROOT, dir));
    expect(offenders).toEqual([]);
  });
});
