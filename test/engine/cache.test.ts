import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { cachedSync, CacheKey, fileStamp, RACY_MS } from "../../rules/engine/data/cache.js";
import { compiledMatcher, dataKey, loadCorpusCached } from "../../rules/engine/data/compiled.js";
import { Matcher } from "../../rules/engine/match/matcher.js";
import { parseDocument } from "../../rules/engine/text/document.js";
import { seedText } from "../helpers/modules.js";

// Compiled-data cache (issue 15): a warm start reads JSON instead of YAML, and must give exactly what
// compiling gives; any change to an input makes a new key.

describe("compiled-data cache", () => {
  it("gives the same corpus as reading the YAML", async () => {
    const fresh = loadCorpus(undefined, { fresh: true });
    const fromCache = await loadCorpusCached();
    expect([...fromCache.concepts.keys()]).toEqual([...fresh.concepts.keys()]);
    expect(fromCache.concepts.get("dv-core")).toEqual(fresh.concepts.get("dv-core"));
    expect([...fromCache.remedies.values()]).toEqual([...fresh.remedies.values()]);
    expect([...fromCache.sources.keys()]).toEqual([...fresh.sources.keys()]);
  });

  it("gives a matcher that finds exactly what a freshly built one finds", () => {
    const concepts = [...loadCorpus().concepts.values()];
    const built = new Matcher(concepts);
    const revived = Matcher.fromJSON(JSON.parse(JSON.stringify(built.toJSON())));
    const doc = parseDocument(seedText("003_2d9c4895bf856dd0.txt"));
    // Hits are views on their matcher's rows: compare their values, not the rows they point into.
    const values = (m: Matcher) => m.run(doc).all.map((h) => ({ ...JSON.parse(JSON.stringify(h)) }));
    const a = values(built);
    expect(a.length).toBeGreaterThan(1000);
    expect(a[0]).toHaveProperty("concept");
    expect(values(revived)).toEqual(a);
    expect(values(compiledMatcher(concepts))).toEqual(a);
  });

  it("changes the key when any input file changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-key-"));
    writeFileSync(join(dir, "a.yml"), "id: a\n");
    const before = dataKey(["x"], [dir]);
    expect(dataKey(["x"], [dir])).toBe(before);
    writeFileSync(join(dir, "a.yml"), "id: b\n");
    expect(dataKey(["x"], [dir])).not.toBe(before);
    writeFileSync(join(dir, "b.yml"), "id: c\n");
    const withB = dataKey(["x"], [dir]);
    expect(withB).not.toBe(before);
    expect(dataKey(["y"], [dir])).not.toBe(withB);
  });

  it("keys a file by its stat, and an edited rule file of the same size and restored mtime gets a new key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-stat-"));
    const file = join(dir, "rule.yml");
    writeFileSync(file, "id: a\nseverity: info\n");
    const mtime = new Date(Date.UTC(2020, 0, 1)); // a whole second: utimes restores it exactly
    utimesSync(file, mtime, mtime);
    const { mtimeNs } = statSync(file, { bigint: true });
    const later = Date.now() + 10 * RACY_MS; // as seen from a later start: the stat alone is trusted
    const before = dataKey(["x"], [dir], later);
    expect(fileStamp(file, later)).not.toMatch(/:[0-9a-f]{64}$/); // no read, no hash
    // The same bytes count; a different content of the same length with the old mtime put back does not fool it.
    await new Promise((r) => setTimeout(r, 20)); // past the file system's clock tick, so ctime moves
    writeFileSync(file, "id: b\nseverity: warn\n");
    utimesSync(file, mtime, mtime);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(mtimeNs);
    expect(dataKey(["x"], [dir], Date.now() + 10 * RACY_MS)).not.toBe(before);
  });

  it("also hashes the bytes of a file changed just now (two same-size writes in one clock tick)", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-racy-"));
    const file = join(dir, "rule.yml");
    writeFileSync(file, "id: a\n");
    const first = dataKey(["x"], [dir]);
    expect(fileStamp(file)).toMatch(/:[0-9a-f]{64}$/);
    writeFileSync(file, "id: b\n");
    expect(dataKey(["x"], [dir])).not.toBe(first);
  });

  it("computes a value once and reads it back afterwards", () => {
    const root = mkdtempSync(join(tmpdir(), "gs-cache-"));
    let calls = 0;
    const key = new CacheKey().add(`${Math.random()}`).digest();
    const codec = { toJSON: (m: Map<string, number>) => [...m], fromJSON: (j: Array<[string, number]>) => new Map(j) };
    const first = cachedSync(root, "probe", key, () => (calls++, new Map([["a", 1]])), codec);
    const second = cachedSync(root, "probe", key, () => (calls++, new Map([["a", 2]])), codec);
    expect(calls).toBe(1);
    expect(second).toEqual(first);
    expect(readdirSync(join(root, "node_modules", ".cache", "genderscan")).some((f) => f.startsWith("probe-"))).toBe(true);
  });
});
