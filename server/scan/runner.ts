import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { InputError, type InputErrorCode, type Engine, type ScanOptions, type IngestOptions } from "../../rules/engine/index.js";
import { prepare, scanBytes, type Prepared, type ScanOutput } from "./tasks.js";

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

/** A task for a scan thread. */
export type WorkerTask =
  | { kind?: "scan"; text: string; options: ScanOptions }
  | { kind: "scanBytes"; bytes: Uint8Array | string; ingest: IngestOptions; options: ScanOptions }
  | { kind: "prepare"; bytes: Uint8Array; ingest: IngestOptions };

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
  error?: { code: InputErrorCode; message: string; details: Record<string, unknown> };
}

/**
 * Scans in worker threads (piscina): the event loop stays free for other requests, several scans
 * run at once on several cores, and a scan past its time limit is stopped by ending its thread.
 */
export function poolRunner(spec: EngineSpec, options: { threads?: number; timeoutMs: number }): ScanRunner {
  const ts = fileURLToPath(new URL("./worker.ts", import.meta.url));
  const js = fileURLToPath(new URL("./worker.js", import.meta.url));
  const fromSource = !existsSync(js) || import.meta.url.endsWith(".ts");
  const pool = new Piscina({
    filename: fromSource ? ts : js,
    // Running from source (tests, tsx), workers load TypeScript through tsx.
    execArgv: fromSource ? ["--import", "tsx"] : [],
    minThreads: 1,
    maxThreads: options.threads ?? 2,
    idleTimeout: 60_000,
    workerData: spec,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
  });
  async function run<T>(task: WorkerTask): Promise<T> {
    let reply: WorkerReply<T>;
    // A timer cleared when the scan ends: AbortSignal.timeout left one per request pending until the time limit passed
    // or its signal was garbage-collected (a finalizer per signal), thousands at a time under load.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs).unref();
    try {
      reply = await pool.run(task, { signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted || (e as Error).name === "AbortError" || (e as Error).name === "TimeoutError") {
        throw new InputError("SCAN_TIMEOUT", `De scan duurde langer dan ${Math.round(options.timeoutMs / 1000)} s en is afgebroken. / The scan took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`);
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
    if (reply.error) throw new InputError(reply.error.code, reply.error.message, reply.error.details);
    return reply.ok!;
  }
  return {
    scan: (text, scanOptions) => run<ScanOutput>({ kind: "scan", text, options: scanOptions }),
    scanBytes: (bytes, ingest, scanOptions) => run<ScanOutput>({ kind: "scanBytes", bytes, ingest, options: scanOptions }),
    prepare: (bytes, ingest) => run<Prepared>({ kind: "prepare", bytes, ingest }),
    async close() {
      await pool.destroy();
    },
  };
}
