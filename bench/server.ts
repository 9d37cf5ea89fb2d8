import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { defaultEngine, PACKAGE_ROOT } from "../rules/engine/index.js";
import { openDatabase } from "../server/datasource.js";
import { AuditService } from "../server/services/audit.service.js";
import { AuthService } from "../server/services/auth.service.js";

export interface LoadRow {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
  /** The in-process engine's scans per second on the same text, as many scans as the server answered, measured right after this row (one thread). */
  engineScansPerSecond: number;
  /** Server answers (2xx) per second over the in-process engine's scans per second on the same text. */
  ratioToEngine: number;
  /** CPU time of the whole server process (main thread, scan threads, GC) per answer, ms; null off Linux. */
  serverCpuMsPerRequest: number | null;
  /** CPU time of one scan by the in-process engine, ms. */
  engineCpuMsPerScan: number;
  /** engineCpuMsPerScan / serverCpuMsPerRequest: the share of the server's CPU that is the scan itself. */
  cpuRatioToEngine: number | null;
}

/** The bare engine on the same text in this process, `count` scans one after another: scans per second and CPU ms per scan. */
async function engineRate(text: string, count: number): Promise<{ perSecond: number; cpuMs: number }> {
  const engine = await defaultEngine(PACKAGE_ROOT);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) engine.scan(text, { fragment: "auto" });
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: count / ((performance.now() - t0) / 1000), cpuMs: (cpu.user + cpu.system) / 1000 / count };
}

/** CPU time (ms) a process has used, all its threads; null where /proc is missing. */
function processCpuMs(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const stat = readFileSync(file, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime in clock ticks (USER_HZ, 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * How to start the server: the production build (`npm start` runs dist/server/main.js), built first when stale,
 * so the bench measures what users run; under tsx only when the build fails. Under tsx every per-request
 * `module.require` of Apollo goes through tsx's resolver, a cost production does not pay.
 */
function serverCommand(): { args: string[]; how: string } {
  const build = spawnSync(process.execPath, [join(PACKAGE_ROOT, "scripts/build-if-stale.mjs")], { cwd: PACKAGE_ROOT, stdio: "ignore" });
  const built = join(PACKAGE_ROOT, "dist/server/main.js");
  if (build.status === 0 && existsSync(built)) return { args: [built], how: "built server (dist)" };
  return { args: ["--import", "tsx", join(PACKAGE_ROOT, "server/main.ts")], how: "server under tsx (build failed)" };
}

export async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const command = serverCommand();
  console.log(`Server: ${command.how}`);
  const child = spawn(process.execPath, command.args, {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true", RATE_LIMIT_PER_MINUTE: "100000000", RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "100000000", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("/graphql") && resolve());
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** scanText against a real server (SQLite, scans in worker threads) at several concurrencies. */
export async function serverBench(levels: number[], seconds: number): Promise<LoadRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "gs-bench-"));
  const sqlitePath = join(dir, "bench.sqlite");
  const ds = await openDatabase({ sqlitePath });
  const auth = new AuthService(ds, new AuditService(ds));
  const user = await auth.createUser({ id: "bench", name: "bench", role: "admin" }, "bench", "member");
  const token = await auth.issue(user.id, "api");
  await ds.destroy();
  const port = await freePort();
  const server = await startServer({ SQLITE_PATH: sqlitePath, PORT: String(port), SCAN_THREADS: "2" });
  const text =
    "# Visie\n\nDeze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling in de regio. Partnergeweld ontstaat vaak uit relatieproblemen.\n\n# Maatregelen\n\nWe zetten in op betere samenwerking met Veilig Thuis, de vrouwenopvang en het wijkteam. In 2025 organiseren we tien trainingen over de meldcode.\n";
  const body = JSON.stringify({ query: "query($t: String!) { scanText(text: $t) { score grade findings { ruleId } } }", variables: { t: text } });
  const rows: LoadRow[] = [];
  const load = (connections: number, duration: number) =>
    // Without a callback autocannon returns an emitter that is also awaitable.
    autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      connections,
      duration,
    }) as unknown as Promise<autocannon.Result> & { on(event: "response", f: (...args: any[]) => void): void };
  // The same scan without the server: what GraphQL, HTTP, the database and the thread hand-off add is the gap. The
  // engine scans the same text as many times as the server answered, right after each row, so both figures of a row
  // cover the same work and see about the same load on the shared machine.
  console.log("Server: scanText against the in-process engine on the same text, as many scans as answers (one thread), right after each row");
  console.log("Server: scanText          conn     req/s   p50 ms   p95 ms   errors   engine/s   × engine   CPU ms/req   CPU ms/scan   CPU × engine");
  try {
    // Warm up: both scan threads started and compiled, at the highest concurrency; the engine here as long.
    await load(levels.reduce((a, b) => Math.max(a, b)), Math.min(seconds, 5));
    const warm = performance.now() + Math.min(seconds, 5) * 1000;
    while (performance.now() < warm) await engineRate(text, 20);
    for (const connections of levels) {
      const latencies: number[] = [];
      let ok = 0;
      const instance = load(connections, seconds);
      instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (status >= 200 && status < 300) ok++;
      });
      const cpu0 = processCpuMs(server.pid!);
      const t0 = performance.now();
      const result = await instance;
      const elapsed = (performance.now() - t0) / 1000;
      const cpu1 = processCpuMs(server.pid!);
      const engine = await engineRate(text, Math.max(ok, 1));
      // Only answers count: a refused request (429, 500) is cheap and would flatter the server.
      const requestsPerSecond = ok / elapsed;
      const serverCpuMsPerRequest = cpu0 !== null && cpu1 !== null && ok > 0 ? (cpu1 - cpu0) / ok : null;
      const row: LoadRow = {
        connections,
        requestsPerSecond,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        requests: result.requests.total,
        engineScansPerSecond: engine.perSecond,
        ratioToEngine: requestsPerSecond / engine.perSecond,
        serverCpuMsPerRequest,
        engineCpuMsPerScan: engine.cpuMs,
        cpuRatioToEngine: serverCpuMsPerRequest ? engine.cpuMs / serverCpuMsPerRequest : null,
      };
      rows.push(row);
      const f = (x: number | null, d: number, w: number) => (x === null ? "—" : x.toFixed(d)).padStart(w);
      console.log(
        `  ${String(connections).padStart(26)} ${f(row.requestsPerSecond, 0, 9)} ${f(row.p50Ms, 0, 8)} ${f(row.p95Ms, 0, 8)} ${String(row.errors + row.non2xx).padStart(8)} ${f(engine.perSecond, 0, 10)} ${f(row.ratioToEngine, 2, 10)} ${f(serverCpuMsPerRequest, 2, 12)} ${f(engine.cpuMs, 2, 13)} ${f(row.cpuRatioToEngine, 2, 14)}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
  }
  return rows;
}
