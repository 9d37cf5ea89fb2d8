import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const SEED3 = "corpus/seeds/003_2d9c4895bf856dd0.txt";

describe("genderscan scan", () => {
  it("prints exactly the result shape as JSON, with sections and roles, quoting the original", async () => {
    const r = await runCli(["scan", SEED3, "--format", "json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result).sort()).toEqual(["coverage", "document", "engine", "failedRules", "findings", "grade", "graded", "modules", "score"]);
    const roles = new Map(result.document.sections.map((s: { title: string; role: string }) => [s.title, s.role]));
    expect(roles.get("Bijlage 2 Aard en omvang huiselijk geweld")).toBe("appendix");
    expect(roles.get("Hoofdstuk 2 Visie, doelen en ambities van de regio Groningen")).toBe("vision-goals");
    const { readFileSync } = await import("node:fs");
    const original = readFileSync(SEED3, "utf8");
    const { sameModuloRepair } = await import("../helpers/text.js");
    for (const f of result.findings.filter((x: { location: unknown }) => x.location)) {
      expect(sameModuloRepair(f.quote, original.slice(f.location.offset, f.location.offset + f.location.length))).toBe(true);
    }
  });

  it("prints an array for several files and reads standard input", async () => {
    const r = await runCli(["scan", "-", "corpus/seeds/004_9b889df47aee07a1.txt", "--format", "json"], {
      stdin: "# Visie\n\nDe regio pakt huiselijk geweld en kindermishandeling aan.\n",
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it("scans a directory and a glob", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-"));
    writeFileSync(join(dir, "a.md"), "# Visie\n\nHuiselijk geweld stoppen. Huiselijk geweld voorkomen.\n");
    writeFileSync(join(dir, "b.txt"), "Kindermishandeling voorkomen. Huiselijk geweld stoppen.\n");
    writeFileSync(join(dir, "c.png"), "not scanned");
    const all = await runCli(["scan", dir, "--format", "json"]);
    expect(JSON.parse(all.stdout)).toHaveLength(2);
    const glob = await runCli(["scan", "*.md", "--format", "json"], { cwd: dir });
    expect(JSON.parse(glob.stdout).engine.name).toBe("genderscan");
  });

  it("writes SARIF 2.1.0", async () => {
    const r = await runCli(["scan", SEED3, "--format", "sarif"]);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.name).toBe("genderscan");
    expect(sarif.runs[0].artifacts[0].location.uri).toBe(SEED3);
  });

  it("prints a readable report by default", async () => {
    const r = await runCli(["scan", SEED3]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Totaal:");
    // Each module's checks with evidence, and for a partial check where it stands in Atria's three parts.
    for (const module of ["Gendersensitiviteit", "Verdrag van Istanbul", "Migranten bereiken", "Monitoring en verantwoording"]) {
      expect(r.stdout).toContain(`■ ${module}`);
    }
    // Remedies in parts: the one-line title, then the example quoted once.
    expect(r.stdout).toMatch(/Wat te doen: .+\n\s+Voorbeeld: [“]/);
    expect(r.stdout).not.toMatch(/“["“]|["”]”/);
    // Parts that agree with the status: never "deels"/"aanwezig" above three missing parts.
    expect(r.stdout).toMatch(/\n\s+analyse: \w+ · doelen: \w+ · maatregelen: \w+/);
    expect(r.stdout).not.toMatch(/(deels|aanwezig)\s+\S+\s+L\d+: .+\n\s+analyse: ontbreekt · doelen: ontbreekt · maatregelen: ontbreekt/);
    const en = await runCli(["scan", SEED3, "--lang", "en"]);
    expect(en.stdout).toContain("Overall:");
    expect(en.stdout).toMatch(/analysis: \w+ · goals: \w+ · measures: \w+/);
  });

  it("scans a short paste as a fragment: no grade, checks not assessed; --scope document grades it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-fragment-"));
    const file = join(dir, "paste.md");
    writeFileSync(file, "# Maatregelen\n\nDe aanpak van huiselijk geweld en kindermishandeling krijgt voorrang.\n\nPartnergeweld ontstaat vaak uit relatieproblemen.\n");
    const auto = JSON.parse((await runCli(["scan", file, "--format", "json"])).stdout);
    expect(auto.document.fragment).toBe(true);
    expect(auto.graded).toBe(false);
    expect(auto.coverage.some((c: { status: string }) => c.status === "not-assessed")).toBe(true);
    expect(auto.coverage.some((c: { status: string }) => c.status === "missing")).toBe(false);
    const pretty = await runCli(["scan", file]);
    expect(pretty.stdout).toMatch(/Totaal: niet beoordeeld/);
    expect(pretty.stdout).not.toMatch(/\/100 \([A-E]\)/);
    const whole = JSON.parse((await runCli(["scan", file, "--format", "json", "--scope", "document"])).stdout);
    expect(whole.document.fragment).toBe(false);
    expect(whole.graded).toBe(true);
    const bad = await runCli(["scan", file, "--scope", "half"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--scope");
  });

  it("shows n.v.t. for an off-topic text, not E 0/100", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-offtopic-"));
    const file = join(dir, "parkeren.txt");
    writeFileSync(file, "De gemeente breidt het betaald parkeren uit in het centrum. Bewoners krijgen een vergunning voor hun straat.\n");
    const r = await runCli(["scan", file]);
    expect(r.stdout).toMatch(/Totaal: n\.v\.t\./);
    expect(r.stdout).not.toContain("0/100");
  });

  it("exits 2 with a clear message on usage and input errors", async () => {
    expect(await runCli(["scan"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Geef een bestand") });
    expect(await runCli(["scan", "nope.txt"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Niet gevonden: nope.txt") });
    expect(await runCli(["scan", SEED3, "--format", "xml"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--format") });
    expect(await runCli(["scan", "-"], { stdin: "  \n" })).toMatchObject({ code: 2, stderr: expect.stringContaining("EMPTY_DOCUMENT") });
    expect(await runCli(["scan", "-"], { stdin: Buffer.from([0, 1, 2, 3, 0, 0, 255]) })).toMatchObject({ code: 2, stderr: expect.stringContaining("BINARY_INPUT") });
    expect(await runCli(["frobnicate"])).toMatchObject({ code: 2 });
    expect(await runCli(["scan", SEED3, "--bogus"])).toMatchObject({ code: 2 });
  });

  it("exits 1 when findings reach --fail-on", async () => {
    const text = "# Maatregelen\n\nDe aanpak van huiselijk geweld en kindermishandeling staat centraal. Huiselijk geweld moet stoppen.\n";
    const r = await runCli(["scan", "-", "--fail-on", "info", "--format", "json"], { stdin: text });
    const result = JSON.parse(r.stdout);
    expect(r.code).toBe(result.findings.some((f: { suppressed: boolean }) => !f.suppressed) ? 1 : 0);
  });

  it("has help for every command", async () => {
    for (const cmd of ["scan", "rules", "sources"]) {
      const r = await runCli([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Gebruik: genderscan/);
    }
    expect((await runCli(["--help"])).stdout).toContain("Opdrachten:");
  });
});

describe("genderscan rules and sources", () => {
  it("lists rule meta as JSON", async () => {
    const r = await runCli(["rules", "--format", "json"]);
    const rules = JSON.parse(r.stdout);
    for (const rule of rules) {
      expect(rule).toHaveProperty("id");
      expect(rule).toHaveProperty("module");
      expect(rule).toHaveProperty("kind");
      expect(rule).toHaveProperty("severity");
      expect(rule).toHaveProperty("roles");
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.examples).toBeGreaterThan(0);
    }
  });

  it("lists the corpus sources as JSON", async () => {
    const r = await runCli(["sources", "--format", "json"]);
    const ids = JSON.parse(r.stdout).map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]));
  });
});
