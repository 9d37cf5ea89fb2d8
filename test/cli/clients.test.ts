import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startTestServer, type TestServer } from "../server/harness.js";
import { FIXTURE_MODULE_DIR } from "../helpers/engines.js";

const V1 = "# Visie\n\nDeze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.\n\nPartnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.\n\n# Maatregelen\n\nWe zetten in op betere samenwerking.\n";
const V2 = "# Visie\n\nDeze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.\n\nPartnergeweld gaat over macht en controle. De politieman komt langs.\n\n# Maatregelen\n\nWe zetten in op betere samenwerking.\n\nWe gaan twintig extra opvangplekken realiseren.\n";

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gs-cli-"));
  writeFileSync(join(dir, "v1.md"), V1);
  writeFileSync(join(dir, "v2.md"), V2);
  // The CLI loads extra rule modules from genderscan.config.json: here the test-only fixture module.
  writeFileSync(join(dir, "genderscan.config.json"), JSON.stringify({ modules: [FIXTURE_MODULE_DIR] }));
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe("CLI formats and commands", () => {
  it("writes Markdown and HTML reports", async () => {
    const md = await runCli(["scan", "v1.md", "--format", "markdown"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# genderscan-rapport/);
    const html = await runCli(["scan", "v1.md", "--format", "html", "--lang", "en"], { cwd: dir });
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("genderscan report");
  });

  it("compares two versions: new, fixed and unchanged findings", async () => {
    const r = await runCli(["compare", "v1.md", "v2.md", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.fixed.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["fixture/conflict-framing"]));
    expect(c.unchanged.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["fixture/generic-professional"]));
    const pretty = await runCli(["compare", "v1.md", "v2.md"], { cwd: dir });
    expect(pretty.stdout).toContain("Opgelost");
    expect(pretty.stdout).toContain("Nieuw");
  });

  it("writes a report whose coverage tables show Atria's three parts", async () => {
    const r = await runCli(["report", "v1.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| Controle | Status | Analyse | Doelen | Maatregelen | Vindplaats |");
    expect(r.stdout).toMatch(/\| (aanwezig|deels|ontbreekt) \| (aanwezig|deels|ontbreekt) \| (aanwezig|deels|ontbreekt) \| (aanwezig|deels|ontbreekt) \|/);
  });

  it("drafts a council motion from the missing checks", async () => {
    const r = await runCli(["report", "v1.md", "--motion", "--municipality", "Zwolle"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("De raad van de gemeente Zwolle");
    expect(r.stdout).toMatch(/Constaterende dat:[\s\S]*Overwegende dat:[\s\S]*Verzoekt het college om:/);
  });

  it("shows a progress bar on a terminal only", async () => {
    const tty = await runCli(["scan", "v1.md", "v2.md", "--format", "json"], { cwd: dir, tty: true });
    expect(tty.stderr).toContain("2/2");
    const piped = await runCli(["scan", "v1.md", "v2.md", "--format", "json"], { cwd: dir });
    expect(piped.stderr).toBe("");
  });

  it("has --help for compare and report", async () => {
    for (const cmd of ["compare", "report"]) expect((await runCli([cmd, "--help"])).stdout).toMatch(/Gebruik: genderscan/);
  });
});

describe("CLI against a server (--server)", () => {
  it("gives the same result as the local CLI", async () => {
    const local = JSON.parse((await runCli(["scan", "v1.md", "--format", "json", "--title", "Visie"], { cwd: dir })).stdout);
    const remote = await runCli(["scan", "v1.md", "--format", "json", "--title", "Visie", "--server", server.url, "--token", server.token], { cwd: dir });
    expect(remote.stderr).toBe("");
    expect(JSON.parse(remote.stdout)).toEqual(local);
  });

  it("compares versions stored on the server", async () => {
    const r = await runCli(["compare", "v1.md", "v2.md", "--format", "json", "--server", server.url, "--token", server.token], { cwd: dir });
    const c = JSON.parse(r.stdout);
    expect(c.fixed.map((f: { ruleId: string }) => f.ruleId)).toContain("fixture/conflict-framing");
  });

  it("exits 2 with a clear message when the server is unreachable or refuses", async () => {
    const down = await runCli(["scan", "v1.md", "--server", "http://127.0.0.1:9/graphql"], { cwd: dir });
    expect(down.code).toBe(2);
    expect(down.stderr).toContain("niet bereikbaar");
    writeFileSync(join(dir, "leeg.txt"), "   ");
    const empty = await runCli(["scan", "leeg.txt", "--server", server.url, "--token", server.token], { cwd: dir });
    expect(empty).toMatchObject({ code: 2, stderr: expect.stringContaining("EMPTY_DOCUMENT") });
  });
});

describe("genderscan user", () => {
  it("adds a user to the configured database and prints a token that the server accepts", async () => {
    const dbDir = mkdtempSync(join(tmpdir(), "gs-db-"));
    const env = { SQLITE_PATH: join(dbDir, "gs.sqlite") };
    const r = await runCli(["user", "add", "raadslid", "--role", "member"], { cwd: dir, env });
    expect(r.code).toBe(0);
    const out = r.stdout;
    const token = out.trim().split("\n").pop()!;
    expect(token).toMatch(/^gs_[\w-]{20,}$/);
    const { openDatabase } = await import("../../server/datasource.js");
    const { AuthService } = await import("../../server/services/auth.service.js");
    const { AuditService } = await import("../../server/services/audit.service.js");
    const ds = await openDatabase({ sqlitePath: join(dbDir, "gs.sqlite") });
    const viewer = await new AuthService(ds, new AuditService(ds)).authenticate(token);
    await ds.destroy();
    expect(viewer).toMatchObject({ name: "raadslid", role: "member" });
    const again = await runCli(["user", "add", "raadslid"], { cwd: dir, env });
    expect(again.code).toBe(2);
  });
});

describe("genderscan batch", () => {
  it("uploads documents, scans them as jobs on the server and reports each score", async () => {
    const r = await runCli(["batch", "v1.md", "v2.md", "--server", server.url, "--token", server.token, "--format", "json", "--interval", "100"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ total: 2, done: 2, failed: 0 });
    expect(out.documents.map((d: { file: string }) => d.file).sort()).toEqual(["v1.md", "v2.md"]);
    for (const d of out.documents) expect(d.grade).toMatch(/^[A-E]$/);
  });
});
