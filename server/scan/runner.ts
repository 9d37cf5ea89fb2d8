import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { InputError, type InputErrorCode } from "../../rules/engine/errors.js";
import type { Engine, ScanOptions } from "../../rules/engine/run/engine.js";
import type { ScanResult } from "../../rules/engine/types.js";

export interface ScanOutput {
  result: ScanResult;
  timings: Record<string, number>;
}

/** Runs engine scans: in-process, or in a pool of worker threads with a hard time limit. */
export interface ScanRunner {
  scan(text: string, options: ScanOptions): Promise<ScanOutput>;
  close(): Promise<void>;
}

/** In the request's thread; the engine's own time limit applies between rules. */
export function inProcessRunner(engine: Engine): ScanRunner {
  return {
    async scan(text, options) {
      const { result, timings } = engine.scanDetailed(text, options);
      return { result, timings };
    },
    async close() {},
  };
}

/** What a worker needs to build the same engine: extra module directories or packages. */
export interface EngineSpec {
  modules: string[];
  cwd: string;
}

export interface WorkerReply {
  ok?: ScanOutput;
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
  return {
    async scan(text, scanOptions) {
      let reply: WorkerReply;
      try {
        reply = await pool.run({ text, options: scanOptions }, { signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (e) {
        if ((e as Error).name === "AbortError" || (e as Error).name === "TimeoutError") {
          throw new InputError("SCAN_TIMEOUT", `De scan duurde langer dan ${Math.round(options.timeoutMs / 1000)} s en is afgebroken. / The scan took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`);
        }
        throw e;
      }
      if (reply.error) throw new InputError(reply.error.code, reply.error.message, reply.error.details);
      return reply.ok!;
    },
    async close() {
      await pool.destroy();
    },
  };
}
