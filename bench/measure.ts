// One engine benchmark case in its own process, so peak memory (maxRSS) belongs to this case alone.
// Usage: node --import tsx bench/measure.ts <text-file> [runs]
// The text is read from a file, as the CLI reads it, so the peak is the scan's and not that of building the text.
import { readFileSync } from "node:fs";
import { defaultEngine, TokenTable, tokenize } from "../rules/engine/index.js";
import { keepHeapSmall, LARGE_INPUT_BYTES } from "../client/cli/heap.js";

const [target, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const text = readFileSync(target, "utf8");
// The heap setting the CLI uses for a large input, so the peak is the one a user of the CLI meets.
const heapSmall = Buffer.byteLength(text, "utf8") >= LARGE_INPUT_BYTES;
if (heapSmall) keepHeapSmall();
const engine = await defaultEngine();
const baseline = process.resourceUsage().maxRSS;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

engine.scan(text); // warm-up: JIT and caches
const scans: number[] = [];
const cpu: number[] = [];
const phases: Array<Record<string, number>> = [];
for (let i = 0; i < runs; i++) {
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const d = engine.scanDetailed(text);
  const c = process.cpuUsage(c0);
  scans.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
  phases.push(d.timings);
}
const tokenizeOnly: number[] = [];
for (let i = 0; i < runs; i++) {
  tokenizeOnly.push(time(() => tokenize(text, 0, text.length, 0, new TokenTable(text.length >> 3))));
}
const bytes = Buffer.byteLength(text, "utf8");
const scanMs = median(scans);
const tokMs = median(tokenizeOnly);
const keys = [...new Set(phases.flatMap((p) => Object.keys(p)))];
console.log(
  JSON.stringify({
    bytes,
    scanMs,
    // CPU time of the process (GC threads included): on a shared machine a steadier measure of linearity than wall time.
    scanCpuMs: median(cpu),
    heapSmall,
    mbPerS: bytes / 1024 / 1024 / (scanMs / 1000),
    tokenizeMs: tokMs,
    ratioToTokenize: scanMs / tokMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    engineRssMb: (process.resourceUsage().maxRSS - baseline) / 1024,
    phasesMs: Object.fromEntries(keys.map((k) => [k, median(phases.map((p) => p[k] ?? 0))])),
  }),
);
