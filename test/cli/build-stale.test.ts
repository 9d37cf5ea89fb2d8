import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
// @ts-expect-error plain JavaScript script without types
import { isStale } from "../../scripts/build-if-stale.mjs";

// `npm start` builds once: only when the build is missing or a source is newer than it. And the
// dependency tree agrees with the Node version package.json promises.

const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { engines: { node: string }; scripts: Record<string, string> };

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "gs-stale-"));
  for (const f of ["dist/server/main.js", "client/web/dist/index.html", "server/app.ts", "client/web/src/main.ts"]) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), "");
  }
  return dir;
}
const at = (dir: string, f: string, seconds: number) => utimesSync(join(dir, f), seconds, seconds);

describe("build once", () => {
  it("npm start does not build unconditionally", () => {
    expect(pkg.scripts.prestart).not.toMatch(/npm run build/);
    expect(pkg.scripts.prestart).toMatch(/build-if-stale/);
    expect(pkg.scripts.build).toMatch(/\.build-stamp/);
  });

  it("is stale without a stamp, fresh after one, stale again when a source changes", () => {
    const dir = tree();
    at(dir, "server/app.ts", 1_000);
    at(dir, "client/web/src/main.ts", 1_000);
    expect(isStale(dir)).toBe(true);
    writeFileSync(join(dir, "dist/.build-stamp"), "");
    at(dir, "dist/.build-stamp", 2_000);
    expect(isStale(dir)).toBe(false);
    at(dir, "client/web/src/main.ts", 3_000);
    expect(isStale(dir)).toBe(true);
    at(dir, "client/web/src/main.ts", 1_000);
    at(dir, "server/app.ts", 3_000);
    expect(isStale(dir)).toBe(true);
  });
});

describe("dependencies agree with engines", () => {
  it("every package in the lock file supports the oldest Node that package.json allows", () => {
    const semver = createRequire(import.meta.url)("semver") as { minVersion(r: string): { version: string }; satisfies(v: string, r: string): boolean };
    const oldest = semver.minVersion(pkg.engines.node).version;
    const lock = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const bad = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name}@${p.version} needs node ${(p.engines as { node: string }).node}`);
    expect(bad).toEqual([]);
  });
});
