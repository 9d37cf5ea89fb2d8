import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { PACKAGE_ROOT, defaultEngine } from "../rules/engine/index.js";
import { pgBossQueue } from "../server/batch/queue.js";
import { openDatabase } from "../server/datasource.js";
import { createServices } from "../server/services/index.js";
import { limitsFromEnv } from "../server/services/limits.js";
import { synthetic } from "./synthetic.js";

export interface BatchRow {
  workers: number;
  documents: number;
  seconds: number;
  documentsPerSecond: number;
}

function worker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "server/worker-main.ts")], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true", WORKER_CONCURRENCY: "1", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("taking scan jobs") && resolve(child));
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/** A batch of documents on PostgreSQL scanned by one worker process, then by two. */
export async function batchBench(url: string, documents: number): Promise<BatchRow[]> {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new DataSource({ type: "postgres", url });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const ds = await openDatabase({ url, schema });
  const env = { DATABASE_URL: url, PG_SCHEMA: schema, PG_BOSS_SCHEMA: `${schema}_boss` };
  const queue = await pgBossQueue({ url, schema: `${schema}_boss` });
  const engine = await defaultEngine();
  const services = createServices(ds, engine, limitsFromEnv(), undefined, queue);
  const owner = await services.auth.createUser({ id: "bench", name: "bench", role: "admin" }, "bench", "member");
  const viewer = { id: owner.id, name: owner.name, role: "member" as const };
  const base = synthetic(Number(process.env.BENCH_DOCUMENT_MB ?? 0.3));
  const rows: BatchRow[] = [];
  console.log("Batch on PostgreSQL:      workers   documents   seconds   docs/s");
  try {
    for (const workers of [1, 2]) {
      const ids: string[] = [];
      for (let i = 0; i < documents; i++) {
        const v = await services.documents.submit(viewer, { title: `Bench ${workers}-${i}`, text: `${base}\n\nDocument ${workers}-${i}` });
        ids.push(v.documentId);
      }
      const procs = await Promise.all(Array.from({ length: workers }, () => worker(env)));
      const t0 = performance.now();
      const batch = await services.batches.start(viewer, ids);
      for (;;) {
        const b = await services.batches.get(viewer, batch.id);
        if (b.status === "done") break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const seconds = (performance.now() - t0) / 1000;
      for (const p of procs) p.kill("SIGTERM");
      const row = { workers, documents, seconds, documentsPerSecond: documents / seconds };
      rows.push(row);
      console.log(`  ${String(workers).padStart(30)} ${String(documents).padStart(11)} ${seconds.toFixed(2).padStart(9)} ${row.documentsPerSecond.toFixed(2).padStart(8)}`);
    }
    if (rows.length === 2) console.log(`  Two workers: ${(rows[1].documentsPerSecond / rows[0].documentsPerSecond).toFixed(2)}× the throughput of one.`);
  } finally {
    await queue.stop();
    await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
    await ds.query(`DROP SCHEMA IF EXISTS "${schema}_boss" CASCADE`);
    await ds.destroy();
    await admin.destroy();
  }
  return rows;
}
