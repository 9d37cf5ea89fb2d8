// npm run bench: whole-process CLI cost beside node -e 0 and alex 11, engine throughput on the seeds and on synthetic documents of 0.1–16 MB (MB/s, peak
// memory, ratio to plain tokenisation, cost per module), server load (scanText at 1, 10 and 50
// concurrent clients: requests/s, p50, p95, errors) and batch throughput on PostgreSQL with one
// worker and with two. Prints the figures and writes bench/results.json. A script, not a timed test.
//   npm run bench -- engine            only the engine part (also: process, server, batch)
//   BENCH_SIZES=0.1,1,4 npm run bench  other synthetic sizes
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/index.js";
import { batchBench } from "./batch.js";
import { engineBench } from "./engine.js";
import { processBench } from "./process.js";
import { serverBench } from "./server.js";

const parts = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const want = (p: string) => parts.length === 0 || parts.includes(p);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length };

if (want("process")) results.process = processBench(Number(process.env.BENCH_RUNS ?? 7));
if (want("engine")) results.engine = engineBench((process.env.BENCH_SIZES ?? "0.1,1,4,16").split(",").map(Number));
if (want("server")) results.server = await serverBench([1, 10, 50], Number(process.env.BENCH_SECONDS ?? 10));
if (want("batch")) {
  const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  try {
    results.batch = await batchBench(url, Number(process.env.BENCH_DOCUMENTS ?? 24));
  } catch (e) {
    console.log(`Batch: skipped, PostgreSQL at ${url} is not reachable (${(e as Error).message}).`);
  }
}
writeFileSync(join(PACKAGE_ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("Wrote bench/results.json");
