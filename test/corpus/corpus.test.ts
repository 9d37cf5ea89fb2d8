import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, resolveRef, sha256File, type Corpus } from "../../rules/engine/data/corpus-load.js";
import { RuleDataError } from "../../rules/engine/errors.js";
import { parseYaml } from "../../rules/engine/data/yaml-data.js";
import { lexicon, source } from "../../corpus/lib/schema.js";
import { Matcher, type TermSpec } from "../../rules/engine/match/matcher.js";
import { parseDocument } from "../../rules/engine/text/document.js";
import { fold, matchKey } from "../../rules/engine/text/stem.js";

const corpus: Corpus = loadCorpus();

function allRefs(c: Corpus) {
  const refs: Array<{ where: string; ref: { source: string; locator: string; quote?: string } }> = [];
  for (const concept of c.concepts.values()) for (const r of concept.sources) refs.push({ where: `concept ${concept.id}`, ref: r });
  for (const remedy of c.remedies.values()) {
    for (const r of remedy.sources) refs.push({ where: `remedy ${remedy.id}`, ref: r });
    for (const g of remedy.goodPractice ?? []) for (const r of g.sources) refs.push({ where: `remedy ${remedy.id} good practice`, ref: r });
  }
  for (const f of c.figures.values()) refs.push({ where: `figure ${f.id}`, ref: f.source });
  return refs;
}

describe("corpus", () => {
  // Load time is measured by the bench (npm run bench), not asserted here: a timed test fails on a busy machine.
  it("loads afresh to the same concepts as the cached corpus", () => {
    const fresh = loadCorpus(corpus.dir, { fresh: true });
    expect(fresh.concepts.size).toBe(corpus.concepts.size);
    expect([...fresh.concepts.keys()].sort()).toEqual([...corpus.concepts.keys()].sort());
  });

  it("has seed sources whose files match their sha256", () => {
    const seeds = [...corpus.sources.values()].filter((s) => s.kind === "seed");
    expect(seeds.map((s) => s.id).sort()).toEqual(["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]);
    for (const s of seeds) expect(sha256File(join(corpus.dir, s.file!))).toBe(s.sha256);
  });

  it("resolves every locator (file, checksum, line range, key phrase)", () => {
    const problems = allRefs(corpus)
      .map(({ where, ref }) => {
        const r = resolveRef(corpus, ref);
        return "problem" in r ? `${where}: ${r.problem}` : null;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it("detects a locator that does not resolve", () => {
    expect(resolveRef(corpus, { source: "seed-003", locator: "L99999-100000" })).toHaveProperty("problem");
    expect(resolveRef(corpus, { source: "seed-003", locator: "L1-7", quote: "parkeervergunning" })).toHaveProperty("problem");
    expect(resolveRef(corpus, { source: "nope", locator: "L1" })).toHaveProperty("problem");
    expect(resolveRef(corpus, { source: "seed-003", locator: "L1-7", quote: "huiselijk geweld" })).toHaveProperty("text");
  });

  it("lists no term twice within a lexicon", () => {
    const problems: string[] = [];
    for (const lex of corpus.lexicons) {
      const seen = new Map<string, string>();
      for (const id of lex.concepts) {
        const c = corpus.concepts.get(id)!;
        for (const t of c.terms) {
          const text = t.text;
          const key = termWordsKey(t);
          const prev = seen.get(key);
          if (prev) problems.push(`${lex.id}: "${text}" in ${c.id} is also in ${prev}`);
          seen.set(key, c.id);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("matches each concept's examples and none of its negative examples", () => {
    const problems: string[] = [];
    for (const c of corpus.concepts.values()) {
      const matcher = new Matcher([c]);
      for (const ex of c.examples) if (matcher.run(parseDocument(ex)).of([c.id]).length === 0) problems.push(`${c.id} misses: ${ex}`);
      for (const ex of c.negatives) if (matcher.run(parseDocument(ex)).of([c.id]).length > 0) problems.push(`${c.id} matches: ${ex}`);
    }
    expect(problems).toEqual([]);
  });

  it("reports schema errors with file, line and field", () => {
    const bad = "id: x\ntitle: { nl: a, en: b }\nconcepts:\n  - id: Bad Id\n    label: { nl: a, en: b }\n    terms: [x]\n    sources: [{ source: seed-003, locator: L1 }]\n";
    try {
      parseYaml(bad, "lexicons/bad.yml", lexicon);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleDataError);
      expect((e as RuleDataError).message).toMatch(/^lexicons\/bad\.yml:4: concepts\.0\.id: /);
    }
    const noSha = "id: s\ntitle: Een bron\nissuer: XY\nyear: 2020\nlanguage: nl\nkind: seed\nlocatorScheme: lines\ndescription: { nl: a, en: b }\nfile: seeds/x.txt\n";
    expect(() => parseYaml(noSha, "sources/s.yml", source)).toThrow(/sources\/s\.yml:9: file: a source addressed by lines needs file and sha256/);
  });

  it("builds remedy examples on reference figures that exist and whose value the example quotes", () => {
    const problems: string[] = [];
    const written = (v: number) => [String(v), v.toLocaleString("nl-NL"), v.toLocaleString("en-GB")];
    let used = 0;
    for (const r of corpus.remedies.values()) {
      for (const id of r.figures ?? []) {
        used++;
        const f = corpus.figures.get(id);
        if (!f) problems.push(`${r.id}: unknown figure ${id}`);
        else for (const lang of ["nl", "en"] as const) {
          if (!written(f.value).some((w) => r.example[lang].includes(w))) problems.push(`${r.id}: example (${lang}) does not quote ${id} = ${f.value}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(used).toBeGreaterThanOrEqual(5);
  });

  it("has a source for every concept, remedy and figure", () => {
    for (const c of corpus.concepts.values()) expect(c.sources.length, c.id).toBeGreaterThan(0);
    for (const r of corpus.remedies.values()) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const f of corpus.figures.values()) expect(f.source.source, f.id).toBeTruthy();
  });

  it("keeps seed files byte-identical to the shared seeds when they are present", () => {
    for (const s of [...corpus.sources.values()].filter((x) => x.kind === "seed")) {
      const shared = join(corpus.dir, "../../shared/seeds", s.file!.replace(/^seeds\//, ""));
      try {
        expect(readFileSync(shared).equals(readFileSync(join(corpus.dir, s.file!)))).toBe(true);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }
  });
});

/** Two terms are the same when they compile to the same match keys. */
function termWordsKey(t: TermSpec): string {
  const mode = t.match ?? "key";
  return `${mode}:${t.text
    .split(/\s+/)
    .map((w) => (mode === "case" ? w : mode === "exact" ? fold(w) : matchKey(fold(w))))
    .join(" ")}`;
}
