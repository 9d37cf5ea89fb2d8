import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/index.js";
import { synthetic } from "./synthetic.js";

export interface EngineRow {
  name: string;
  bytes: number;
  scanMs: number;
  scanCpuMs: number;
  heapSmall: boolean;
  mbPerS: number;
  tokenizeMs: number;
  ratioToTokenize: number;
  peakRssMb: number;
  engineRssMb: number;
  phasesMs: Record<string, number>;
}

const SEEDS = ["000_aebb627c7b8c77a9.txt", "001_e0ca3ccb0919fb06.txt", "002_f2fef7eb1205b7d1.txt", "003_2d9c4895bf856dd0.txt", "004_9b889df47aee07a1.txt"];

function measure(target: string, runs: number): Omit<EngineRow, "name"> {
  const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", join(PACKAGE_ROOT, "bench/measure.ts"), target, String(runs)], {
    encoding: "utf8",
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** Peak RSS of `genderscan scan <file> --format json` (built CLI, GNU time), or null when either is missing. */
function cliPeakRss(file: string): number | null {
  const cli = join(PACKAGE_ROOT, "bin/genderscan.js");
  if (!existsSync("/usr/bin/time") || !existsSync(join(PACKAGE_ROOT, "dist/client/cli/main.js"))) return null;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, "scan", file, "--format", "json"], {
    encoding: "utf8",
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const kb = Number(r.stderr.trim().split("\n").pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** Engine throughput on the seeds and on synthetic documents, each case in its own process. */
export function engineBench(sizes: number[]): EngineRow[] {
  const cases = [
    ...SEEDS.map((s) => ({ name: `seed ${s.slice(0, 3)}`, target: join(PACKAGE_ROOT, "corpus/seeds", s), runs: 7 })),
    ...sizes.map((mb) => ({ name: `synthetic ${mb} MB`, target: `synthetic:${mb}`, runs: mb >= 16 ? 3 : 5 })),
  ];
  // Synthetic texts go to files first, so each measuring process reads its text like the CLI does.
  const dir = mkdtempSync(join(tmpdir(), "genderscan-bench-"));
  const fileOf = (target: string) => {
    if (!target.startsWith("synthetic:")) return target;
    const file = join(dir, `${target.slice(10)}.txt`);
    writeFileSync(file, synthetic(Number(target.slice(10))));
    return file;
  };
  const rows: EngineRow[] = [];
  console.log("Engine: case             size (KB)   scan ms    MB/s   ms/MB   ×tokenise   peak RSS MB   RSS/MB input");
  for (const c of cases) {
    const m = measure(fileOf(c.target), c.runs);
    rows.push({ name: c.name, ...m });
    const msPerMb = m.scanMs / (m.bytes / 1024 / 1024);
    console.log(
      `  ${c.name.padEnd(20)} ${String(Math.round(m.bytes / 1024)).padStart(9)} ${m.scanMs.toFixed(1).padStart(9)} ${m.mbPerS.toFixed(2).padStart(7)} ${msPerMb.toFixed(0).padStart(7)} ${m.ratioToTokenize.toFixed(1).padStart(11)} ${m.peakRssMb.toFixed(0).padStart(13)} ${(m.peakRssMb / (m.bytes / 1024 / 1024)).toFixed(1).padStart(14)}`,
    );
  }
  if (rows.some((r) => r.heapSmall)) console.log("  (inputs of 2 MB and more: V8 heap setting of the CLI, --heap-growing-percent=20; see client/cli/heap.ts)");
  const synth = rows.filter((r) => r.name.startsWith("synthetic"));
  if (synth.length >= 2) {
    const [first, last] = [synth[0], synth[synth.length - 1]];
    const perMb = (r: EngineRow) => r.scanMs / (r.bytes / 1024 / 1024);
    console.log(
      `  Linearity: ${(last.bytes / first.bytes).toFixed(0)}× the text took ${(last.scanMs / first.scanMs).toFixed(1)}× the time, ${(last.scanCpuMs / first.scanCpuMs).toFixed(1)}× the CPU time (ms per MB ${perMb(first).toFixed(0)} → ${perMb(last).toFixed(0)}).`,
    );
    // The whole CLI process on the largest text (reading, scanning, writing JSON), without tsx and the bench's flags.
    const cliPeak = cliPeakRss(fileOf(`synthetic:${sizes[sizes.length - 1]}`));
    if (cliPeak !== null) console.log(`  CLI on synthetic ${sizes[sizes.length - 1]} MB (--format json): peak RSS ${cliPeak.toFixed(0)} MB, ${(cliPeak / (last.bytes / 1024 / 1024)).toFixed(1)} per MB of input.`);
  }
  rmSync(dir, { recursive: true, force: true });
  const seed3 = rows.find((r) => r.name === "seed 003");
  if (seed3) {
    console.log("  Cost per phase and module on seed 003 (ms):");
    for (const [k, v] of Object.entries(seed3.phasesMs)) console.log(`    ${k.padEnd(22)} ${v.toFixed(1).padStart(8)}`);
  }
  return rows;
}
