#!/usr/bin/env node
// Launcher for the compiled CLI. `npm ci` / `npm install` build it through the `prepare` script.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET ??= "true";
const entry = new URL("../dist/client/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("genderscan: de CLI is nog niet gebouwd; voer `npm run build` uit. / the CLI is not built yet; run `npm run build`.\n");
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
