import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

// Start-up (issue 15): a CLI scan imports only what it needs. With the compiled-data cache warm, scanning a text
// file loads neither the YAML reader, the schema validator, the Markdown reader, nor the GraphQL or database layers.

/** The packages a command loads, recorded by a module-resolution hook in the child process. */
function packagesLoaded(args: string[], env: Record<string, string> = {}): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), "gs-startup-"));
  const log = join(dir, "modules.log");
  const hook = join(dir, "hook.mjs");
  writeFileSync(
    hook,
    `import { appendFileSync } from "node:fs";\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + "\\n"); return r; }\n`,
  );
  const register = join(dir, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  writeFileSync(log, "");
  execFileSync(process.execPath, ["--import", pathToFileURL(register).href, join(PACKAGE_ROOT, "bin/genderscan.js"), ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, GENDERSCAN_MODULES: "", ...env },
    stdio: "pipe",
  });
  const names = readFileSync(log, "utf8")
    .split("\n")
    .map((u) => u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1])
    .filter((n): n is string => !!n);
  return new Set(names);
}

describe("CLI start-up", () => {
  const text = join(mkdtempSync(join(tmpdir(), "gs-text-")), "plan.txt");
  writeFileSync(text, "De gemeente pakt huiselijk geweld aan.");

  it("scans a text file without loading YAML, schemas, Markdown, GraphQL or the database layer", () => {
    packagesLoaded(["scan", text, "--format", "json"]); // warms the compiled-data cache
    const loaded = packagesLoaded(["scan", text, "--format", "json"]);
    for (const heavy of ["yaml", "zod", "unified", "remark-parse", "micromark", "graphql", "typeorm", "sqlite3", "pdfjs-dist", "mammoth"]) {
      expect(loaded.has(heavy), `${heavy} was loaded`).toBe(false);
    }
  });

  it("loads the Markdown reader for a Markdown file, and YAML when the cache is off", () => {
    const md = join(mkdtempSync(join(tmpdir(), "gs-md-")), "plan.md");
    writeFileSync(md, "# Visie\n\nDe gemeente pakt huiselijk geweld aan.\n");
    expect(packagesLoaded(["scan", md, "--format", "json"]).has("remark-parse")).toBe(true);
    expect(packagesLoaded(["scan", text, "--format", "json"], { GENDERSCAN_CACHE: "off" }).has("yaml")).toBe(true);
  });
});
