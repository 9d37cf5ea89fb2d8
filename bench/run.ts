// npm run bench: scan time (median of several runs), MB/s, peak memory and the ratio to plain
// tokenisation, for each seed and for synthetic documents of 1, 4 and 16 MB. Prints figures and
// writes bench/results.json. A script, not a timed test.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/rules/load.js";

interface Measured {
  bytes: number;
  scanMs: number;
  mbPerS: number;
  tokenizeMs: number;
  ratioToTokenize: number;
  peakRssMb: number;
  engineRssMb: number;
  phasesMs: Record<string, number>;
}

const seeds = ["000_aebb627c7b8c77a9.txt", "001_e0ca3ccb0919fb06.txt", "002_f2fef7eb1205b7d1.txt", "003_2d9c4895bf856dd0.txt", "004_9b889df47aee07a1.txt"];
const sizes = (process.env.BENCH_SIZES ?? "1,4,16").split(",").map(Number);
const cases: Array<{ name: string; target: string; runs: number }> = [
  ...seeds.map((s) => ({ name: `seed ${s.slice(0, 3)}`, target: join(PACKAGE_ROOT, "corpus/seeds", s), runs: 7 })),
  ...sizes.map((mb) => ({ name: `synthetic ${mb} MB`, target: `synthetic:${mb}`, runs: mb >= 16 ? 3 : 5 })),
];

function measure(target: string, runs: number): Measured {
  const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", join(PACKAGE_ROOT, "bench/measure.ts"), target, String(runs)], {
    encoding: "utf8",
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Measured;
}

const rows: Array<{ name: string } & Measured> = [];
console.log("case                 size (KB)   scan ms    MB/s   ms/MB   ×tokenise   peak RSS MB");
for (const c of cases) {
  const m = measure(c.target, c.runs);
  rows.push({ name: c.name, ...m });
  const msPerMb = m.scanMs / (m.bytes / 1024 / 1024);
  console.log(
    `${c.name.padEnd(20)} ${String(Math.round(m.bytes / 1024)).padStart(9)} ${m.scanMs.toFixed(1).padStart(9)} ${m.mbPerS.toFixed(2).padStart(7)} ${msPerMb.toFixed(0).padStart(7)} ${m.ratioToTokenize.toFixed(1).padStart(11)} ${m.peakRssMb.toFixed(0).padStart(13)}`,
  );
}
const synth = rows.filter((r) => r.name.startsWith("synthetic"));
if (synth.length >= 2) {
  const first = synth[0];
  const last = synth[synth.length - 1];
  const perMb = (r: Measured) => r.scanMs / (r.bytes / 1024 / 1024);
  console.log(
    `\nLinearity: ${(last.bytes / first.bytes).toFixed(1)}× the text took ${(last.scanMs / first.scanMs).toFixed(1)}× the time (ms per MB ${perMb(first).toFixed(0)} → ${perMb(last).toFixed(0)}).`,
  );
}
writeFileSync(join(PACKAGE_ROOT, "bench/results.json"), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
console.log("Wrote bench/results.json");
