import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { startTestServer, type TestServer } from "./harness.js";

// The README's commands work as written, and the files it names exist.

const README = readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8");

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe("README", () => {
  it("the submit-then-scan curl lines pass the document id on by themselves", async () => {
    const lines = README.split("\n").filter((l) => /^(DOC=\$\()?curl -s localhost:4000\/graphql/.test(l));
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("<documentId>");
    const script = lines.join("\n").replaceAll("localhost:4000/graphql", s.url);
    // Async: the server answers in this process.
    const { stdout: out } = await promisify(execFile)("bash", ["-euc", script], { env: { ...process.env, TOKEN: s.token }, encoding: "utf8", timeout: 60_000 });
    const body = JSON.parse(out) as { data?: { scanDocument: { id: string; grade: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.scanDocument.id).toBeTruthy();
  }, 90_000);

  it("names only files that are in the repository", () => {
    const named = [...README.matchAll(/(?<![\w/.*-])((?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:md|ts|yml|yaml|graphql|json))\b/g)].map((m) => m[1]);
    const examples = new Set(["module.yml"]); // a file every rule module has, not a path
    const missing = [...new Set(named)].filter((f) => !examples.has(f) && !existsSync(join(PACKAGE_ROOT, f)));
    expect(named.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
