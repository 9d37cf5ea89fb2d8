import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/index.js";

// Whole-process cost of the CLI, as a user meets it: start-up, reading the corpus, scanning, printing. Compared in
// one run with `node -e 0` (the floor) and with alex 11 (an English inclusive-language linter, three rule sets)
// on the same file. alex is installed once into node_modules/.cache/genderscan-bench (not a dependency).

export interface ProcessRow {
  name: string;
  medianMs: number;
  peakRssMb: number | null;
}

const ALEX_VERSION = "11.0.1";
const SEED_003 = join(PACKAGE_ROOT, "corpus/seeds/003_2d9c4895bf856dd0.txt");

function alexBin(): string | null {
  const dir = join(PACKAGE_ROOT, "node_modules/.cache/genderscan-bench");
  const bin = join(dir, "node_modules/alex/cli.js");
  if (existsSync(bin)) return bin;
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, "package.json"))) writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", `alex@${ALEX_VERSION}`], { cwd: dir, stdio: "ignore" });
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Median wall time of a command over `runs` runs, and its peak RSS (GNU time, when the machine has it). */
function time(command: string[], runs: number): { medianMs: number; peakRssMb: number | null } {
  const walls: number[] = [];
  let peak: number | null = null;
  const gnuTime = existsSync("/usr/bin/time");
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = gnuTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", ...command], { encoding: "utf8", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } })
      : spawnSync(command[0], command.slice(1), { encoding: "utf8" });
    walls.push(performance.now() - t0);
    if (gnuTime) {
      const kb = Number(r.stderr.trim().split("\n").pop());
      if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb / 1024);
    }
  }
  walls.sort((a, b) => a - b);
  return { medianMs: walls[Math.floor(walls.length / 2)], peakRssMb: peak };
}

/** The CLI on seed 003 and on a 2-byte file, `node -e 0`, and alex on seed 003: median wall of `runs` runs each. */
export function processBench(runs: number): ProcessRow[] {
  const cli = join(PACKAGE_ROOT, "bin/genderscan.js");
  const tiny = join(tmpdir(), "genderscan-bench-2-bytes.txt");
  writeFileSync(tiny, "ab");
  const node = process.execPath;
  // One run first so the compiled-data cache is warm, as it is after `npm install`.
  time([node, cli, "scan", SEED_003, "--format", "json"], 1);
  const rows: ProcessRow[] = [
    { name: "node -e 0", ...time([node, "-e", "0"], runs) },
    { name: "genderscan, 2-byte file", ...time([node, cli, "scan", tiny, "--format", "json"], runs) },
    { name: "genderscan, seed 003", ...time([node, cli, "scan", SEED_003, "--format", "json"], runs) },
  ];
  const alex = alexBin();
  if (alex) rows.push({ name: "alex 11, seed 003", ...time([node, alex, SEED_003], runs) });
  console.log("Whole process: command             median ms   peak RSS MB");
  for (const r of rows) console.log(`  ${r.name.padEnd(30)} ${r.medianMs.toFixed(0).padStart(9)} ${r.peakRssMb === null ? "—" : r.peakRssMb.toFixed(0).padStart(13)}`);
  const ms = (name: string) => rows.find((r) => r.name === name)?.medianMs;
  const [floor, tinyMs, seedMs, alexMs] = [ms("node -e 0")!, ms("genderscan, 2-byte file")!, ms("genderscan, seed 003")!, ms("alex 11, seed 003")];
  console.log(`  2-byte file: ${(tinyMs - floor).toFixed(0)} ms above node -e 0 (goal ≤ 250 ms)`);
  if (alexMs) console.log(`  seed 003: ${(seedMs / alexMs).toFixed(2)}× alex's time (goal ≤ 0.3×)`);
  else console.log("  alex could not be installed (no registry?): no comparison");
  return rows;
}
