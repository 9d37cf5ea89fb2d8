// A scan worker thread: builds the engine once, then scans what the pool sends.
import { threadId, workerData } from "node:worker_threads";
import { createEngine, InputError, type Engine } from "../../rules/engine/index.js";
import { GIVEN_UP, STARTED_BY, type EngineSpec, type WorkerReply, type WorkerTask } from "./runner.js";
import { packOutput, prepare, scanBytes } from "./tasks.js";

const spec = workerData as EngineSpec;
let engine: Promise<Engine> | null = null;

/** From source (tests, tsx), the worker may be loaded through tsx's require hook only: add its ESM hook for code rules. */
async function sourceLoader(): Promise<void> {
  if (!import.meta.url.endsWith(".ts")) return;
  const api = "tsx/esm/api";
  const { register } = (await import(api)) as { register(): unknown };
  register();
}

// Every task waits for it: reading a DOCX or PDF imports its reader on demand too, not only the engine's code rules.
const loader = sourceLoader();

export default async function run(task: WorkerTask): Promise<WorkerReply<unknown>> {
  // A short task says which thread runs it, so the pool can end this thread if it runs out of time.
  if (task.state) {
    if (Atomics.load(task.state, GIVEN_UP) === 1) return { skipped: true };
    Atomics.store(task.state, STARTED_BY, threadId);
  }
  await loader;
  engine ??= createEngine({ cwd: spec.cwd, config: { modules: spec.modules } });
  try {
    switch (task.kind) {
      case "prepare":
        return { ok: await prepare(await engine, task.bytes, task.ingest) };
      case "scanBytes":
        return { ok: packOutput(await scanBytes(await engine, task.bytes, task.ingest, task.options)) };
      default: {
        const { result, timings } = (await engine).scanDetailed(task.text, task.options);
        return { ok: packOutput({ result, timings }) };
      }
    }
  } catch (e) {
    // Errors cross the thread boundary as plain data.
    if (e instanceof InputError) return { error: { code: e.code, message: e.message, details: e.details } };
    throw e;
  }
}
