// npm start: GraphQL at http://localhost:4000/graphql (PORT to change) on an embedded SQLite file
// under data/, or on PostgreSQL when DATABASE_URL is set. Migrations run at start.
import { createServer } from "node:http";
import { defaultEngine, readConfig } from "../rules/engine/index.js";
import { createApp } from "./app.js";
import { openDatabase } from "./datasource.js";
import { limitsFromEnv } from "./services/limits.js";
import { poolRunner } from "./scan/runner.js";
import { queueFromEnv } from "./batch/from-env.js";

process.env.DOTENV_CONFIG_QUIET ??= "true";

async function start(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const ds = await openDatabase({ url: process.env.DATABASE_URL, schema: process.env.PG_SCHEMA, sqlitePath: process.env.SQLITE_PATH });
  const engine = await defaultEngine();
  const limits = limitsFromEnv();
  const runner = poolRunner({ modules: readConfig().modules ?? [], cwd: process.cwd() }, { threads: Number(process.env.SCAN_THREADS ?? 2), timeoutMs: limits.scanTimeoutMs });
  const httpServer = createServer();
  const queue = await queueFromEnv();
  const { app, services, apollo } = await createApp({ ds, engine, limits, httpServer, runner, queue, workers: Number(process.env.WORKERS ?? 1) });
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const db = ds.options.type === "postgres" ? "PostgreSQL" : `SQLite (${String(ds.options.database)})`;
  console.log(`genderscan ${engine.version}: http://localhost:${port}/graphql  (${db})`);
  // First start: an admin and a one-time sign-in link, so local use stays one step.
  const code = await services.auth.bootstrap();
  if (code) console.log(`Eerste start: meld u aan als beheerder / first start, sign in as admin:\n  http://localhost:${port}/?signin=${code}\n(eenmalig, 24 uur geldig / single use, valid for 24 hours)`);
  const stop = async () => {
    // A hard deadline: whatever is still running then (a stuck request, a slow database) does not keep the process.
    setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_GRACE_MS ?? 15_000)).unref();
    // Stop taking requests and jobs, let running ones finish, then end the scan threads.
    await apollo.stop();
    await queue.stop();
    await runner.close();
    await ds.destroy();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

start().catch((e) => {
  console.error(`genderscan: de server kon niet starten / the server could not start: ${(e as Error).message}`);
  process.exit(1);
});
