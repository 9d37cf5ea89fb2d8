import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
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
  /** Server requests per second over the in-process engine's scans per second on the same text. */
  ratioToEngine: number;
}

/** The bare engine on the same text in this process, one scan after another: scans per second. */
async function engineRate(text: string, seconds: number): Promise<number> {
  const engine = await defaultEngine(PACKAGE_ROOT);
  for (let i = 0; i < 20; i++) engine.scan(text, { fragment: "auto" }); // warm up
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const t0 = performance.now();
  while (performance.now() < end) {
    engine.scan(text, { fragment: "auto" });
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
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

export async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "server/main.ts")], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true", RATE_LIMIT_PER_MINUTE: "100000000", ...env },
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
  // The same scan without the server: what GraphQL, HTTP, the database and the thread hand-off add is the gap.
  const engine = await engineRate(text, Math.min(seconds, 5));
  console.log(`Server: in-process engine on the same text: ${engine.toFixed(0)} scans/s (one thread)`);
  console.log("Server: scanText          conn     req/s   p50 ms   p95 ms   errors   × engine");
  try {
    for (const connections of levels) {
      const latencies: number[] = [];
      // Without a callback autocannon returns an emitter that is also awaitable.
      const instance = autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
        connections,
        duration: seconds,
      }) as unknown as Promise<autocannon.Result> & { on(event: "response", f: (...args: any[]) => void): void };
      instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
      const result = await instance;
      const row = {
        connections,
        requestsPerSecond: result.requests.average,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        requests: result.requests.total,
        ratioToEngine: result.requests.average / engine,
      };
      rows.push(row);
      console.log(`  ${String(connections).padStart(26)} ${row.requestsPerSecond.toFixed(0).padStart(9)} ${row.p50Ms.toFixed(0).padStart(8)} ${row.p95Ms.toFixed(0).padStart(8)} ${String(row.errors + row.non2xx).padStart(8)} ${row.ratioToEngine.toFixed(2).padStart(10)}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
  return rows;
}
