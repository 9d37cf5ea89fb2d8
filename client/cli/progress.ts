import type { Writable } from "node:stream";

/** A one-line progress bar on a terminal; silent when output is piped. */
export function progress(stream: Writable & { isTTY?: boolean }, total: number, label: string) {
  const active = !!stream.isTTY && total > 1;
  let done = 0;
  const draw = (name: string) => {
    if (!active) return;
    const width = 24;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${name.slice(-40).padEnd(40)}`);
  };
  return {
    tick(name: string) {
      done++;
      draw(name);
    },
    start(name: string) {
      draw(name);
    },
    end() {
      if (active) stream.write("\r\u001b[2K");
    },
  };
}
