import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { flagsSpan } from "../../scripts/eval/framing.js";

// Paraphrase families of each framing type, and near-misses (refutations, negations, risk factors, reported
// attitudes, the gender pattern itself), written by the project (test/fixtures/framing/paraphrases.txt). They
// check that the framing rules recognise a type in its many forms, not the wording of one text.
const engine = await defaultEngine();

interface Line {
  label: "F" | "C";
  type: string;
  before: string;
  sentence: string;
  after: string;
}

function lines(file: string): Line[] {
  const out: Line[] = [];
  for (const raw of readFileSync(join(PACKAGE_ROOT, "test/fixtures/framing", file), "utf8").split("\n")) {
    const m = /^(F|C)\s+(\S+)\s*::\s*(.*)$/.exec(raw.trim());
    if (!m) continue;
    // "before || sentence || after", or the blind writers' "before [[sentence]] after".
    const marked = /^(.*?)\[\[(.*?)\]\](.*)$/.exec(m[3]);
    const parts = marked ? [marked[1], marked[2], marked[3]].map((p) => p.trim()) : m[3].split("||").map((p) => p.trim());
    const [before, sentence, after] = parts.length === 3 ? parts : ["", parts[0], ""];
    out.push({ label: m[1] as "F" | "C", type: m[2], before, sentence, after });
  }
  return out;
}

function flagged(l: Line): boolean {
  const pre = l.before ? `${l.before} ` : "";
  const result = engine.scan(`${pre}${l.sentence}${l.after ? ` ${l.after}` : ""}`, { title: "paraphrase" });
  return flagsSpan(result, pre.length, pre.length + l.sentence.length).length > 0;
}

/**
 * The project's paraphrase families, and the helper's sentences in the genres of the real ones
 * (helper-sentences.txt): share of the framings that must be marked, and how many sentences of each kind it has.
 */
const SETS = [
  { file: "paraphrases.txt", floor: 0.9, flags: 100, counters: 50 },
  { file: "helper-sentences.txt", floor: 0.8, flags: 200, counters: 50 },
  { file: "blind-tune.txt", floor: 0.8, flags: 70, counters: 45 },
];

for (const set of SETS) {
  describe(`framing sentences in ${set.file}`, () => {
    const all = lines(set.file);
    const results = all.map((l) => ({ ...l, flagged: flagged(l) }));

    it("reads a fair number of sentences of both kinds", () => {
      expect(all.filter((l) => l.label === "F").length).toBeGreaterThan(set.flags);
      expect(all.filter((l) => l.label === "C").length).toBeGreaterThan(set.counters);
    });

    it("leaves every near-miss unflagged", () => {
      expect(results.filter((r) => r.label === "C" && r.flagged).map((r) => r.sentence)).toEqual([]);
    });

    it(`marks at least ${set.floor * 100}% of the framings`, () => {
      const flags = results.filter((r) => r.label === "F");
      const missed = flags.filter((r) => !r.flagged).map((r) => `${r.type}: ${r.sentence}`);
      expect(missed.length / flags.length, missed.join("\n")).toBeLessThanOrEqual(1 - set.floor);
    });
  });
}
