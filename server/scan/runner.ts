import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { InputError, type InputErrorCode, type Engine, type ScanOptions, type IngestOptions } from "../../rules/engine/index.js";
import { prepare, scanBytes, unpackOutput, type PackedOutput, type Prepared, type ScanOutput } from "./tasks.js";

export type { Prepared, ScanOutput };


/**
 * Runs the engine's work for requests: in-process, or in a pool of worker threads with a hard time limit. Reading an
 * upload and parsing it count as that work too: on the main thread a hostile text would stop every other request.
 */
export interface ScanRunner {
  scan(text: string, options: ScanOptions): Promise<ScanOutput>;
  /**
   * Reads bytes of any supported format and scans the text in its format. A string is read as its UTF-8 bytes,
   * encoded in the scan thread: a small Buffer made here is a view on Node's shared 8 KB pool, and the hand-off
   * would copy the whole pool.
   */
  scanBytes(bytes: Uint8Array | string, ingest: IngestOptions, options: ScanOptions): Promise<ScanOutput>;
  /** Reads bytes of any supported format and parses the text, as a stored version keeps it. */
  prepare(bytes: Uint8Array, ingest: IngestOptions): Promise<Prepared>;
  close(): Promise<void>;
}

/** A task for a scan thread; `state` is set for a short task that may wait in a busy thread (see poolRunner). */
export type WorkerTask = (
  | { kind?: "scan"; text: string; options: ScanOptions }
  | { kind: "scanBytes"; bytes: Uint8Array | string; ingest: IngestOptions; options: ScanOptions }
  | { kind: "prepare"; bytes: Uint8Array; ingest: IngestOptions }
) & { state?: Int32Array };

/** Slots of a short task's shared state: the thread that started it (0: not started), and 1 once it was given up. */
export const STARTED_BY = 0;
export const GIVEN_UP = 1;

/**
 * Texts up to this size (a scan of tens of milliseconds) may wait in a busy scan thread behind another short task, so
 * the thread starts the next one without waiting for the main thread; a longer task only goes to an idle thread and
 * nothing waits behind it.
 */
export const SHORT_TASK_CHARS = 32 * 1024;

/** In the request's thread; the engine's own time limit applies between rules. */
export function inProcessRunner(engine: Engine): ScanRunner {
  return {
    async scan(text, options) {
      const { result, timings } = engine.scanDetailed(text, options);
      return { result, timings };
    },
    scanBytes: (bytes, ingest, options) => scanBytes(engine, bytes, ingest, options),
    prepare: (bytes, ingest) => prepare(engine, bytes, ingest),
    async close() {},
  };
}

/** What a worker needs to build the same engine: extra module directories or packages. */
export interface EngineSpec {
  modules: string[];
  cwd: string;
}

export interface WorkerReply<T = ScanOutput> {
  ok?: T;
  /** A short task given up (timed out) before its thread reached it. */
  skipped?: true;
  error?: { code: InputErrorCode; message: string; details: Record<string, unknown> };
}

/**
 * Scans in worker threads (piscina): the event loop stays free for other requests, several scans
 * run at once on several cores, and a scan past its time limit is stopped by ending its thread.
 *
 * A thread may hold a second short task behind the one it runs (concurrentTasksPerWorker 2). With one task per thread,
 * a thread that finished sat idle until the main thread, busy with other requests' HTTP and GraphQL work, took its
 * answer and sent the next task: at 50 clients the scan threads were idle over half the time. Piscina never queues
 * behind a task that has an abort signal, so long tasks keep piscina's signal (a thread to themselves, ended on
 * timeout); a short task has none and is stopped here instead: the thread that started it is ended, a task that waited
 * behind it is run again (scans have no side effects), and a task given up before it started is skipped by its thread.
 */
export function poolRunner(spec: EngineSpec, options: { threads?: number; timeoutMs: number; shortTaskChars?: number }): ScanRunner {
  const ts = fileURLToPath(new URL("./worker.ts", import.meta.url));
  const js = fileURLToPath(new URL("./worker.js", import.meta.url));
  const fromSource = !existsSync(js) || import.meta.url.endsWith(".ts");
  const pool = new Piscina({
    filename: fromSource ? ts : js,
    // Running from source (tests, tsx), workers load TypeScript through tsx.
    execArgv: fromSource ? ["--import", "tsx"] : [],
    minThreads: 1,
    maxThreads: options.threads ?? 2,
    concurrentTasksPerWorker: 2,
    idleTimeout: 60_000,
    workerData: spec,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
  });
  const timeoutError = () =>
    new InputError("SCAN_TIMEOUT", `De scan duurde langer dan ${Math.round(options.timeoutMs / 1000)} s en is afgebroken. / The scan took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`);

  /** A long task: piscina's abort signal gives it a thread of its own and ends that thread on timeout. */
  async function runLong<T>(task: WorkerTask): Promise<WorkerReply<T>> {
    // A timer cleared when the scan ends: AbortSignal.timeout left one per request pending until the time limit passed
    // or its signal was garbage-collected (a finalizer per signal), thousands at a time under load.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs).unref();
    try {
      return await pool.run(task, { signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted || (e as Error).name === "AbortError" || (e as Error).name === "TimeoutError") throw timeoutError();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A short task: may wait behind another short one in a busy thread; stopped by ending the thread that runs it. */
  async function runShort<T>(task: WorkerTask): Promise<WorkerReply<T>> {
    const state = new Int32Array(new SharedArrayBuffer(8));
    let timedOut = false;
    let onTimeout!: () => void;
    const timeout = new Promise<never>((_, reject) => (onTimeout = () => reject(timeoutError())));
    const timer = setTimeout(() => {
      timedOut = true;
      Atomics.store(state, GIVEN_UP, 1);
      const thread = Atomics.load(state, STARTED_BY);
      if (thread !== 0) void pool.threads.find((w) => w.threadId === thread)?.terminate();
      onTimeout();
    }, options.timeoutMs).unref();
    try {
      // Once more if the thread was ended under it because another task in that thread ran out of time.
      for (let attempt = 0; ; attempt++) {
        Atomics.store(state, STARTED_BY, 0);
        const running = pool.run({ ...task, state }) as Promise<WorkerReply<T>>;
        running.catch(() => {}); // after a timeout nobody awaits it
        try {
          return await Promise.race([running, timeout]);
        } catch (e) {
          if (timedOut || attempt > 0 || !/Terminating worker thread|worker exited/.test((e as Error).message)) throw e;
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async function run<T>(task: WorkerTask): Promise<T> {
    const size = task.kind === "prepare" ? Infinity : task.kind === "scanBytes" ? task.bytes.length : task.text.length;
    const reply = size <= (options.shortTaskChars ?? SHORT_TASK_CHARS) ? await runShort<T>(task) : await runLong<T>(task);
    if (reply.error) throw new InputError(reply.error.code, reply.error.message, reply.error.details);
    return reply.ok!;
  }
  return {
    scan: async (text, scanOptions) => unpackOutput(await run<PackedOutput>({ kind: "scan", text, options: scanOptions })),
    scanBytes: async (bytes, ingest, scanOptions) => unpackOutput(await run<PackedOutput>({ kind: "scanBytes", bytes, ingest, options: scanOptions })),
    prepare: (bytes, ingest) => run<Prepared>({ kind: "prepare", bytes, ingest }),
    async close() {
      await pool.destroy();
    },
  };
}
