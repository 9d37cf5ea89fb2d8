import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { openDatabase } from "../../server/datasource.js";
import { AuditService } from "../../server/services/audit.service.js";
import { AuthService } from "../../server/services/auth.service.js";
import { synthetic } from "../../bench/synthetic.js";

// A server killed during scans restarts with no half-stored scan and no lost document.

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(sqlitePath: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "server/main.ts")], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, SQLITE_PATH: sqlitePath, PORT: String(port), SCAN_THREADS: "2", DOTENV_CONFIG_QUIET: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start")), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("/graphql")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

describe("durability", () => {
  it("loses no document and stores no half scan when killed during scans", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-kill-"));
    const db = join(dir, "gs.sqlite");
    const ds = await openDatabase({ sqlitePath: db });
    const auth = new AuthService(ds, new AuditService(ds));
    const user = await auth.createUser({ id: "system", name: "system", role: "admin" }, "kill-test", "member");
    const token = await auth.issue(user.id, "api");
    await ds.destroy();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    };
    const server = await startServer(db, port);
    // Documents of some size, so scans take a while and the kill lands mid-write.
    const text = synthetic(0.3);
    const acknowledged: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await gql(`mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, text: $t }) { documentId } }`, { t: `${text}\n\nVersie ${i}`, title: `Doc ${i}` });
      acknowledged.push(r.data!.submitDocument.documentId);
    }
    const scans = acknowledged.flatMap((id) => [1, 2, 3].map(() => gql(`mutation($id: ID!) { scanDocument(documentId: $id) { id } }`, { id }).catch(() => null)));
    await new Promise((r) => setTimeout(r, 2500));
    server.kill("SIGKILL");
    await Promise.allSettled(scans);

    // Restart on the same database.
    const port2 = await freePort();
    await startServer(db, port2);
    const check = await openDatabase({ sqlitePath: db });
    try {
      const docs = await check.query(`SELECT id FROM document`);
      expect(docs.map((d: { id: string }) => d.id).sort()).toEqual([...acknowledged].sort());
      const versions = await check.query(`SELECT COUNT(*) AS n FROM document_version`);
      expect(Number(versions[0].n)).toBe(acknowledged.length);
      const scanRows = await check.query(`SELECT s.id, s."findingCount" AS expected, (SELECT COUNT(*) FROM finding f WHERE f."scanId" = s.id) AS actual FROM scan s`);
      console.log(`durability: ${scanRows.length} of 18 scans were stored before the kill`);
      for (const s of scanRows) expect(Number(s.actual), `scan ${s.id}`).toBe(Number(s.expected));
      const orphans = await check.query(`SELECT COUNT(*) AS n FROM finding WHERE "scanId" NOT IN (SELECT id FROM scan)`);
      expect(Number(orphans[0].n)).toBe(0);
      const mode = await check.query("PRAGMA journal_mode");
      expect(mode[0].journal_mode).toBe("wal");
    } finally {
      await check.destroy();
    }
  }, 180_000);
});
