import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { allRulesEngine } from "../helpers/modules.js";

// `npx genderscan` runs bin/genderscan.js, which imports the build that `npm ci` makes through `prepare`.
describe("the installed bin", () => {
  it("runs the compiled CLI with the same rules as the source", async () => {
    const out = execFileSync(process.execPath, [join(PACKAGE_ROOT, "bin/genderscan.js"), "rules", "--format", "json"], {
      cwd: PACKAGE_ROOT,
      encoding: "utf8",
      env: { ...process.env, GENDERSCAN_MODULES: "" },
    });
    const ids = (JSON.parse(out) as Array<{ id: string }>).map((r) => r.id).sort();
    const engine = await allRulesEngine();
    const expected = engine.allRules().map((r) => r.meta.id).filter((id) => !id.startsWith("fixture/")).sort();
    expect(ids, "dist/ is stale: run `npm run build`").toEqual(expected);
  });

  it("exits 2 with a message for a missing file", () => {
    try {
      execFileSync(process.execPath, [join(PACKAGE_ROOT, "bin/genderscan.js"), "scan", "does-not-exist.txt"], { cwd: PACKAGE_ROOT, stdio: "pipe" });
      expect.unreachable();
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      expect(err.status).toBe(2);
      expect(err.stderr.toString()).toContain("Niet gevonden");
    }
  });
});
