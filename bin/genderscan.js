#!/usr/bin/env node
// Launcher for the compiled CLI. `npm ci` / `npm install` build it through the `prepare` script: the bundle in
// dist/cli (a few files: fast to load) and the plain tsc output in dist/client/cli. The bundle runs when it is at
// least as new as the tsc output (a later `tsc` alone makes it stale); GENDERSCAN_BUNDLE=off skips it.
import { statSync } from "node:fs";

process.env.DOTENV_CONFIG_QUIET ??= "true";
const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const plain = mtime("../dist/client/cli/main.js");
const bundled = process.env.GENDERSCAN_BUNDLE === "off" ? undefined : mtime("../dist/cli/main.js");
if (plain === undefined && bundled === undefined) {
  process.stderr.write("genderscan: de CLI is nog niet gebouwd; voer `npm run build` uit. / the CLI is not built yet; run `npm run build`.\n");
  process.exit(2);
}
const entry = bundled !== undefined && (plain === undefined || bundled >= plain) ? "../dist/cli/main.js" : "../dist/client/cli/main.js";
const { main } = await import(new URL(entry, import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
