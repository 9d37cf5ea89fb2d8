// npm run worker: a batch-scan worker without HTTP (PostgreSQL deployments). It takes scan jobs from
// the shared pg-boss queue; start as many as you have cores to spare.
import { defaultEngine, readConfig } from "../rules/engine/index.js";
import { openDatabase } from "./datasource.js";
import { queueFromEnv } from "./batch/from-env.js";
import { poolRunner } from "./scan/runner.js";
import { createServices } from "./services/index.js";
import { limitsFromEnv } from "./services/limits.js";

process.env.DOTENV_CONFIG_QUIET ??= "true";

async function start(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error("a worker needs DATABASE_URL (PostgreSQL); on SQLite the server runs the jobs itself");
  const ds = await openDatabase({ url: process.env.DATABASE_URL, schema: process.env.PG_SCHEMA });
  const engine = await defaultEngine();
  const limits = limitsFromEnv();
  const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 1);
  const runner = poolRunner({ modules: readConfig().modules ?? [], cwd: process.cwd() }, { threads: concurrency, timeoutMs: limits.scanTimeoutMs });
  const queue = await queueFromEnv();
  const services = createServices(ds, engine, limits, runner, queue);
  await queue.work((itemId) => services.batches.process(itemId), concurrency);
  console.log(`genderscan worker ${engine.version}: taking scan jobs (concurrency ${concurrency})`);
  const stop = async () => {
    await queue.stop();
    await runner.close();
    await ds.destroy();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

start().catch((e) => {
  console.error(`genderscan worker: ${(e as Error).message}`);
  process.exit(1);
});
