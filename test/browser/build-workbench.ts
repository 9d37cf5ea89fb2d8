import { build } from "vite";

// The browser tests drive the workbench the server serves from client/web/dist: build it from the current
// source first, so a test never passes or fails against a stale build.
export default async function setup(): Promise<void> {
  await build({ configFile: new URL("../../client/web/vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
}
