import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthetic } from "../../bench/synthetic.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { createApp, type App } from "../../server/app.js";
import { pgBossQueue } from "../../server/batch/queue.js";
import { openDatabase } from "../../server/datasource.js";
import { limitsFromEnv } from "../../server/services/limits.js";
import { allRulesEngine } from "../helpers/modules.js";
import { gql } from "../server/harness.js";

// Several instances share one PostgreSQL; batch scans run as pg-boss jobs; a job survives a
// worker that is killed mid-scan. Runs with npm run test:pg.

const URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `t_${randomBytes(6).toString("hex")}`;
const bossSchema = `${schema}_boss`;
const children: ChildProcess[] = [];
const instances: Array<{ app: App; server: Server; ds: DataSource; url: string }> = [];
let token = "";

async function instance(workers: number) {
  const ds = await openDatabase({ url: URL, schema });
  const queue = await pgBossQueue({ url: URL, schema: bossSchema, expireInSeconds: 4, maintenanceIntervalSeconds: 1 });
  const server = createServer();
  const app = await createApp({ ds, engine: await allRulesEngine(), limits: { ...limitsFromEnv({}), ratePerMinute: 100_000, ratePerAddressPerMinute: 100_000, authFailuresPerMinute: 1000 }, httpServer: server, queue, workers });
  server.on("request", app.app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const i = { app, server, ds, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
  instances.push(i);
  return i;
}

function worker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "server/worker-main.ts")], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, DATABASE_URL: URL, PG_SCHEMA: schema, PG_BOSS_SCHEMA: bossSchema, JOB_EXPIRE_SECONDS: "4", JOB_MAINTENANCE_SECONDS: "1", WORKER_CONCURRENCY: "1", DOTENV_CONFIG_QUIET: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

const call = <T>(url: string, query: string, variables: Record<string, unknown> = {}) => gql<T>(url, query, variables, { authorization: `Bearer ${token}` });

beforeAll(async () => {
  const admin = new DataSource({ type: "postgres", url: URL });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.destroy();
}, 60_000);

afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  for (const i of instances) {
    await i.app.queue.stop();
    await i.app.apollo.stop();
    i.server.close();
  }
  const ds = instances[0]?.ds;
  if (ds) {
    await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
    await ds.query(`DROP SCHEMA IF EXISTS "${bossSchema}" CASCADE`);
  }
  for (const i of instances) await i.ds.destroy();
}, 60_000);

async function waitForBatch(url: string, id: string, ms: number) {
  const until = Date.now() + ms;
  type B = { batch: { status: string; done: number; failed: number; total: number; items: Array<{ documentId: string; status: string; attempts: number }> } };
  for (;;) {
    const b = (await call<B>(url, `query($id: ID!) { batch(id: $id) { status done failed total items { documentId status attempts } } }`, { id })).body.data!.batch;
    if (b.status === "done" || Date.now() > until) return b;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("scale-out on PostgreSQL", () => {
  it("shares documents between instances and runs a batch on another instance's worker", async () => {
    const api = await instance(0); // API only
    const work = await instance(1);
    token = await api.app.services.auth.issue((await api.app.services.auth.createUser({ id: "system", name: "system", role: "admin" }, "schaal", "member")).id, "api");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call<{ submitDocument: { documentId: string } }>(api.url, `mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, text: $t }) { documentId } }`, {
        t: `# Visie\n\nHuiselijk geweld en kindermishandeling in deel ${i}. Partnergeweld ontstaat uit relatieproblemen.\n`,
        title: `Gedeeld ${i}`,
      });
      ids.push(r.body.data!.submitDocument.documentId);
    }
    const seen = await call<{ documents: { totalCount: number } }>(work.url, `{ documents(first: 10) { totalCount } }`);
    expect(seen.body.data!.documents.totalCount).toBe(3);
    const started = await call<{ startBatchScan: { id: string } }>(api.url, `mutation($ids: [ID!]!) { startBatchScan(documentIds: $ids) { id } }`, { ids });
    const b = await waitForBatch(api.url, started.body.data!.startBatchScan.id, 60_000);
    expect(b).toMatchObject({ status: "done", done: 3, failed: 0 });
  }, 120_000);

  it("finishes a batch when its worker is killed mid-job and another takes over", async () => {
    const api = instances[0];
    const text = synthetic(0.25);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call<{ submitDocument: { documentId: string } }>(api.url, `mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, text: $t }) { documentId } }`, { t: `${text}\n\nDeel ${i}`, title: `Zwaar ${i}` });
      ids.push(r.body.data!.submitDocument.documentId);
    }
    // Stop the in-test worker instance, so only the spawned worker processes take jobs.
    await instances[1].app.queue.stop();
    const first = worker();
    const started = await call<{ startBatchScan: { id: string } }>(api.url, `mutation($ids: [ID!]!) { startBatchScan(documentIds: $ids) { id } }`, { ids });
    const batchId = started.body.data!.startBatchScan.id;
    // Kill the worker while it is working on an item.
    const until = Date.now() + 60_000;
    for (;;) {
      const rows = await api.ds.query(`SELECT status FROM batch_item WHERE "batchId" = $1`, [batchId]);
      if (rows.some((r: { status: string }) => r.status === "running") || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill("SIGKILL");
    worker();
    const b = await waitForBatch(api.url, batchId, 120_000);
    expect(b).toMatchObject({ status: "done", done: 5, failed: 0 });
    expect(b.items.some((i) => i.attempts >= 2)).toBe(true);
    // Every document was scanned exactly once for this batch.
    const scans = await api.ds.query(
      `SELECT "documentId", COUNT(*) AS n FROM scan WHERE "documentId" = ANY($1) GROUP BY "documentId"`,
      [ids],
    );
    expect(scans.map((r: { n: string }) => Number(r.n))).toEqual([1, 1, 1, 1, 1]);
  }, 240_000);
});
