#!/usr/bin/env node
// `npm start` builds only when the build is missing or older than its sources, so a second start is
// fast. Plain JavaScript: it runs before anything is compiled and needs no dev tools for the check.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** What `npm run build` reads: the TypeScript of tsconfig.build.json and the workbench. */
const SOURCES = ["server", "rules", "corpus", "client/cli", "client/sdk", "client/generated", "client/web/src", "client/web/index.html", "client/web/vite.config.ts", "tsconfig.json", "tsconfig.build.json", "package.json"];
const SKIP = new Set(["node_modules", "dist", ".cache"]);

/** Newest modification time (ms) under a file or folder. */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    max = Math.max(max, newest(join(path, e.name)));
  }
  return max;
}

/** Whether the build must run: no stamp, no built server or workbench, or a source newer than the stamp. */
export function isStale(dir = root) {
  const stamp = join(dir, "dist", ".build-stamp");
  if (!existsSync(stamp) || !existsSync(join(dir, "dist/server/main.js")) || !existsSync(join(dir, "client/web/dist/index.html"))) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((s) => newest(join(dir, s)) > built);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!isStale()) {
    console.log("genderscan: de build is actueel / the build is up to date");
  } else {
    // `npm run build` writes dist/.build-stamp when it succeeds.
    const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
