#!/usr/bin/env node
// Bundles the CLI into dist/cli/ (issue 15): the ~150 modules a scan loads become a few files, which saves most of
// the ES-module loading cost of every start. npm packages stay outside (imported from node_modules as usual), and
// so does the server code of `genderscan user` (TypeORM decorators need tsc's output: dist/server). Commands,
// readers and the YAML compiler stay lazy: each dynamic import becomes a chunk. bin/genderscan.js runs the bundle
// when it is at least as new as the tsc build of the CLI, and dist/client/cli otherwise.
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Writes the bundle to `outdir` (default dist/cli; it must be a folder directly under dist/). */
export async function buildCli(outdir = join(root, "dist", "cli")) {
  const { build } = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  const serverDir = join(root, "server");
  await build({
    entryPoints: { main: join(root, "client/cli/main.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "[name]-[hash]",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [
      {
        name: "server-from-tsc-build",
        setup(b) {
          b.onResolve({ filter: /\/server\// }, (args) => {
            const abs = resolve(args.resolveDir, args.path);
            if (!abs.startsWith(serverDir)) return undefined;
            return { path: `../${relative(root, abs).split("\\").join("/")}`, external: true };
          });
        },
      },
    ],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
