import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { poolRunner, type ScanRunner } from "../../server/scan/runner.js";
import { startTestServer, type TestServer } from "./harness.js";

// Reading, parsing and scanning run in the scan threads: while one user's big text is parsed or scanned, /healthz and
// other users answer at once. (Parsing in submitDocument ran on the event loop, so one text stopped the server.)
const SUBMIT = `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id textFormat } }`;
const seed = readFileSync(join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt"), "utf8");
// About 4 MB of Markdown: seconds of parsing on this machine.
const MEDIUM = Array.from({ length: 6 }, (_, i) => `# Deel ${i}\n\n${seed}`).join("\n\n");
const BIG = Array.from({ length: 30 }, (_, i) => `# Deel ${i}\n\n${seed}`).join("\n\n");

let s: TestServer;
let runner: ScanRunner;
let other: string;
beforeAll(async () => {
  runner = poolRunner({ modules: [], cwd: PACKAGE_ROOT }, { threads: 2, timeoutMs: 150_000 });
  s = await startTestServer({ maxUploadBytes: 20 * 1024 * 1024, scanTimeoutMs: 150_000 }, undefined, runner);
  // Warm the threads (engine built) so the test measures the work, not the start.
  await runner.scan("Huiselijk geweld.", {});
  other = await s.user("ander");
}, 120_000);
afterAll(async () => {
  await s?.close();
  await runner?.close();
});

/** Probes /healthz and another user's query until `busy` settles; returns the slowest answer and how many ran. */
async function probeWhile(busy: Promise<unknown>): Promise<{ slowest: number; probes: number }> {
  let done = false;
  void busy.finally(() => (done = true));
  let slowest = 0;
  let probes = 0;
  await new Promise((r) => setTimeout(r, 300));
  while (!done) {
    const t0 = performance.now();
    const health = await fetch(s.url.replace(/\/graphql$/, "/healthz"));
    expect(health.status).toBe(200);
    const me = await s.gql<{ me: { name: string } }>(`{ me { name } }`, {}, other);
    expect(me.body.data?.me.name).toBe("ander");
    slowest = Math.max(slowest, (performance.now() - t0) / 2);
    if (!done) probes++;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { slowest, probes };
}

describe("the event loop stays free", () => {
  it("while a big Markdown text is read and parsed by submitDocument", async () => {
    const submit = s.gql<{ submitDocument: { id: string; textFormat: string } }>(SUBMIT, { input: { title: "Groot", text: BIG, format: "MARKDOWN" } });
    const { slowest, probes } = await probeWhile(submit);
    const r = await submit;
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.submitDocument.textFormat).toBe("MARKDOWN");
    expect(probes).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(1000);
  }, 180_000);

  it("while scanText reads and scans a big text", async () => {
    const scan = s.gql<{ scanText: { document: { characters: number } } }>(`query($t: String!) { scanText(text: $t, format: MARKDOWN) { document { characters } } }`, { t: MEDIUM });
    const { slowest, probes } = await probeWhile(scan);
    const r = await scan;
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.scanText.document.characters).toBe(MEDIUM.length);
    expect(probes).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(1000);
  }, 180_000);
});
