import { PassThrough, Readable } from "node:stream";
import { main } from "../../client/cli/main.js";
import type { CliIo } from "../../client/cli/io.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(args: string[], options: { stdin?: string | Buffer; tty?: boolean; cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (c) => (stdout += c));
  err.on("data", (c) => (stderr += c));
  const io: CliIo = {
    stdout: Object.assign(out, { isTTY: options.tty ?? false, columns: 100 }),
    stderr: Object.assign(err, { isTTY: options.tty ?? false }),
    stdin: Readable.from(options.stdin !== undefined ? [Buffer.from(options.stdin)] : []),
    cwd: options.cwd ?? PACKAGE_ROOT,
    env: { NO_COLOR: options.tty ? undefined : "1", ...options.env },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
