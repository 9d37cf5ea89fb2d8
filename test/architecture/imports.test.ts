import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { cycles, importsOf, sourceFiles, type Import } from "./imports.js";

// Import rules of the code base (issue 14): no cycles, rule modules independent of each other, the engine free of
// server and database code, hosts using the engine only through its host API (rules/engine/index.ts), clients using
// the server only through its administration entry.

const files = sourceFiles(PACKAGE_ROOT);
const imports = new Map<string, Import[]>(files.map((f) => [f, importsOf(PACKAGE_ROOT, f)]));
const moduleOf = (f: string) => /^rules\/([^/]+)\//.exec(f)?.[1];
const SERVER_PACKAGES = /^(?:typeorm|sqlite3|pg|@apollo\/|type-graphql|graphql|express|@as-integrations\/)/;

const HOST = /^(?:server|client|bench|scripts)\//;
const HOST_API = "rules/engine/index.ts";

/** Imports of engine files other than the host API by host files (type imports included). */
function hostInternals(all: Map<string, Import[]>): string[] {
  const out: string[] = [];
  for (const [f, list] of all) {
    if (!HOST.test(f)) continue;
    for (const i of list) if (i.target && moduleOf(i.target) === "engine" && i.target !== HOST_API) out.push(`${f} → ${i.target}`);
  }
  return out;
}

describe("imports", () => {
  it("reads the code base (the checks below look at real files)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.get("rules/engine/run/engine.ts")!.some((i) => i.target === "rules/engine/text/document.ts")).toBe(true);
  });

  it("form no cycles, type imports included, except TypeORM entity pairs that name each other", () => {
    const graph = new Map(files.map((f) => [f, imports.get(f)!.flatMap((i) => (i.target ? [i.target] : []))]));
    const found = cycles(graph);
    const entityPair = (c: string[]) => c.length === 2 && c.every((f) => f.startsWith("server/entities/"));
    // The detector works: the known entity pairs are found.
    expect(found.filter(entityPair).length).toBeGreaterThan(0);
    expect(found.filter((c) => !entityPair(c))).toEqual([]);
  });

  it("keep rule modules independent: a module imports the engine and itself, never another module", () => {
    const crossing: string[] = [];
    for (const [f, list] of imports) {
      const m = moduleOf(f);
      if (!m || m === "engine") continue;
      for (const i of list) {
        const n = i.target ? moduleOf(i.target) : undefined;
        if (n && n !== m && n !== "engine") crossing.push(`${f} → ${i.target}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it("leave coverage assessment to the engine: no module grows its own coverage layer again", () => {
    // Issue 14: the per-module spec languages on top of assessCoverage are gone; a module's lib/ holds
    // predicates and concept lists, and rules call the engine's assessCoverage (or are YAML evidence rules).
    const gone = ["rules/istanbul/lib/policy-coverage.ts", "rules/migrants/lib/coverage.ts"];
    expect(gone.filter((f) => files.includes(f))).toEqual([]);
    // gender/lib/checks.ts keeps the two coverage reports that a third rule (gender-neutral-framing) reads.
    const allowed = new Set(["rules/gender/lib/checks.ts"]);
    const calls = (src: string) => src.split("\n").some((l) => !/^\s*(?:\/\/|\/?\*)/.test(l) && /\bassessCoverage\s*\(/.test(l));
    expect(calls("  ctx.cover(assessCoverage(ctx, spec));")).toBe(true);
    expect(calls(" * read by `assessCoverage({ graded })`")).toBe(false);
    const libs = files.filter((f) => /^rules\/(?!engine\/)[^/]+\/lib\//.test(f));
    expect(libs.length).toBeGreaterThan(3);
    const assessing = libs.filter((f) => !allowed.has(f) && calls(readFileSync(join(PACKAGE_ROOT, f), "utf8")));
    expect(assessing).toEqual([]);
  });

  it("let rule modules use the engine only through its rule API", () => {
    const internal: string[] = [];
    for (const [f, list] of imports) {
      const m = moduleOf(f);
      if (!m || m === "engine") continue;
      for (const i of list) if (i.target && moduleOf(i.target) === "engine" && i.target !== "rules/engine/rule-api.ts") internal.push(`${f} → ${i.target}`);
    }
    expect(internal).toEqual([]);
  });

  it("let hosts (server, clients, bench, scripts) use the engine only through its host API", () => {
    const throughApi = [...imports.entries()].filter(([f, l]) => HOST.test(f) && l.some((i) => i.target === HOST_API)).length;
    // The check sees the hosts that use the engine (CLI, server, evaluation, bench).
    expect(throughApi).toBeGreaterThan(20);
    expect(hostInternals(imports)).toEqual([]);
    // …and it finds a host that reaches past the API.
    const probe = new Map([["server/x.ts", [{ spec: "../rules/engine/run/engine.js", target: "rules/engine/run/engine.ts", typeOnly: true }]]]);
    expect(hostInternals(probe)).toEqual(["server/x.ts → rules/engine/run/engine.ts"]);
  });

  it("keep the engine and the corpus free of server, client and database code", () => {
    const bad: string[] = [];
    for (const [f, list] of imports) {
      if (!f.startsWith("rules/") && !f.startsWith("corpus/")) continue;
      for (const i of list) {
        if (i.target && (i.target.startsWith("server/") || i.target.startsWith("client/"))) bad.push(`${f} → ${i.target}`);
        if (!i.target && SERVER_PACKAGES.test(i.spec)) bad.push(`${f} → ${i.spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keep corpus/ to data and its schema: it imports nothing of the engine (the loader is the engine's)", () => {
    const bad: string[] = [];
    for (const [f, list] of imports) if (f.startsWith("corpus/")) for (const i of list) if (i.target && !i.target.startsWith("corpus/")) bad.push(`${f} → ${i.target}`);
    expect(files.some((f) => f.startsWith("corpus/"))).toBe(true);
    expect(bad).toEqual([]);
  });

  it("let clients use the server only through its administration entry", () => {
    const bad: string[] = [];
    for (const [f, list] of imports) {
      if (!f.startsWith("client/")) continue;
      for (const i of list) if (i.target?.startsWith("server/") && i.target !== "server/admin.ts") bad.push(`${f} → ${i.target}`);
    }
    expect(bad).toEqual([]);
  });
});
