import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/index.js";
// @ts-expect-error plain JavaScript script without types
import { buildCli } from "../../scripts/build-cli.mjs";

// The bundled CLI (issue 15: start-up) must behave exactly like the tsc build it replaces: the same scan output, the
// same rules, and the package root and corpus found from dist/<bundle>/. bin/genderscan.js runs the bundle only when
// it is at least as new as the tsc build.

const outdir = join(PACKAGE_ROOT, "dist", `cli-test-${process.pid}`);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function run(entry: string, args: string[], env: Record<string, string> = {}): string {
  const code = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: PACKAGE_ROOT,
    encoding: "utf8",
    env: { ...process.env, GENDERSCAN_MODULES: "", DOTENV_CONFIG_QUIET: "true", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("CLI bundle", () => {
  it("scans and lists rules exactly as the tsc build does", async () => {
    await buildCli(outdir);
    const plain = join(PACKAGE_ROOT, "dist/client/cli/main.js");
    expect(existsSync(plain), "dist/ is missing: run `npm run build`").toBe(true);
    const seed = join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt");
    const bundled = run(join(outdir, "main.js"), ["scan", seed, "--format", "json"]);
    expect(JSON.parse(bundled).findings.length).toBeGreaterThan(10);
    expect(bundled).toBe(run(plain, ["scan", seed, "--format", "json"]));
    expect(run(join(outdir, "main.js"), ["rules", "--format", "json"])).toBe(run(plain, ["rules", "--format", "json"]));
  }, 120_000);

  it("is run by bin/genderscan.js only when it is at least as new as the tsc build", () => {
    const bundle = join(PACKAGE_ROOT, "dist/cli/main.js");
    const plain = join(PACKAGE_ROOT, "dist/client/cli/main.js");
    expect(existsSync(bundle) && existsSync(plain), "dist/ is missing: run `npm run build`").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "gs-bin-"));
    const hook = join(dir, "hook.mjs");
    const register = join(dir, "register.mjs");
    const log = join(dir, "urls.log");
    writeFileSync(hook, `import { appendFileSync } from "node:fs";\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + "\\n"); return r; }\n`);
    writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
    const entryUsed = () => {
      writeFileSync(log, "");
      execFileSync(process.execPath, ["--import", pathToFileURL(register).href, join(PACKAGE_ROOT, "bin/genderscan.js"), "--help"], { cwd: PACKAGE_ROOT, stdio: "pipe" });
      return (readFileSync(log, "utf8").match(/dist\/(cli|client\/cli)\/main\.js/) ?? [])[1];
    };
    const saved = statSync(bundle);
    try {
      utimesSync(bundle, saved.atime, new Date(statSync(plain).mtimeMs + 1000));
      expect(entryUsed()).toBe("cli");
      utimesSync(bundle, saved.atime, new Date(statSync(plain).mtimeMs - 1000));
      expect(entryUsed()).toBe("client/cli");
    } finally {
      utimesSync(bundle, saved.atime, saved.mtime);
    }
  });
});
