import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../rules/engine/errors.js";
import { poolRunner } from "../../server/scan/runner.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { FIXTURE_MODULE_DIR } from "../helpers/engines.js";
import { synthetic } from "../../bench/synthetic.js";

// Scans in worker threads: results as in-process, errors with codes, and a hard time limit.
const pool = poolRunner({ modules: [FIXTURE_MODULE_DIR], cwd: PACKAGE_ROOT }, { threads: 2, timeoutMs: 20_000 });
const tight = poolRunner({ modules: [], cwd: PACKAGE_ROOT }, { threads: 1, timeoutMs: 300 });
// Every task counts as short here, so a long one shows how a short task is stopped (its thread ended, not an abort signal).
const shortOnly = poolRunner({ modules: [], cwd: PACKAGE_ROOT }, { threads: 1, timeoutMs: 1500, shortTaskChars: Infinity });
afterAll(async () => {
  await pool.close();
  await tight.close();
  await shortOnly.close();
});

describe("scan pool", () => {
  it("scans in a worker thread with the configured modules", async () => {
    const { result, timings } = await pool.scan("# Visie\n\nHuiselijk geweld stoppen. Partnergeweld ontstaat uit relatieproblemen.\n", {});
    expect(result.findings.some((f) => f.ruleId === "fixture/conflict-framing")).toBe(true);
    expect(timings.total).toBeGreaterThan(0);
  }, 60_000);

  it("passes input errors back with their code", async () => {
    await expect(pool.scan("   ", {})).rejects.toMatchObject({ code: "EMPTY_DOCUMENT" });
  }, 60_000);

  it("stops a scan that takes too long and keeps working afterwards", async () => {
    const big = synthetic(4);
    const err = await tight.scan(big, {}).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe("SCAN_TIMEOUT");
    const small = await tight.scan("Huiselijk geweld. Kindermishandeling.", {}).catch((e) => e);
    // The small scan either fits in the limit or times out cleanly; the pool itself survives.
    expect(small.result?.engine.name ?? small.code).toMatch(/genderscan|SCAN_TIMEOUT/);
  }, 120_000);

  it("runs several short tasks per thread with the same results", async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `# Visie ${i}\n\nHuiselijk geweld stoppen. Partnergeweld ontstaat uit relatieproblemen.\n`);
    const one = await pool.scanBytes(texts[0], {}, { fragment: "auto" });
    const all = await Promise.all(texts.map((t) => pool.scanBytes(t, {}, { fragment: "auto" })));
    expect(all.every((o) => o.result.findings.some((f) => f.ruleId === "fixture/conflict-framing"))).toBe(true);
    expect(all[0].result.score).toBe(one.result.score);
  }, 60_000);

  it("stops a short task past the limit by ending its thread; a task that waited behind it ends cleanly", async () => {
    const big = synthetic(16);
    const t0 = performance.now();
    const [err, behind] = await Promise.all([shortOnly.scan(big, {}).catch((e) => e), shortOnly.scan("Huiselijk geweld. Kindermishandeling.", {}).catch((e) => e)]);
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe("SCAN_TIMEOUT");
    // Well before the 16 MB scan itself could end (tens of seconds).
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(behind.result?.engine.name ?? behind.code).toMatch(/genderscan|SCAN_TIMEOUT/);
    const after = await shortOnly.scan("Huiselijk geweld. Kindermishandeling.", {}).catch((e) => e);
    expect(after.result?.engine.name ?? after.code).toMatch(/genderscan|SCAN_TIMEOUT/);
  }, 120_000);
});
