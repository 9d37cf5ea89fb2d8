import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { framingLines, lineFlagged, type FramingLine } from "../../scripts/eval/framing.js";

// Paraphrase families of each framing type, and near-misses (refutations, negations, risk factors, reported
// attitudes, the gender pattern itself), written by the project (test/fixtures/framing/paraphrases.txt). They
// check that the framing rules recognise a type in its many forms, not the wording of one text.
const engine = await defaultEngine();

const flagged = (l: FramingLine) => lineFlagged(engine, l, "paraphrase");

/**
 * The project's paraphrase families, and the helper's sentences in the genres of the real ones
 * (helper-sentences.txt): share of the framings that must be marked, and how many sentences of each kind it has.
 */
const SETS: Array<{ file: string; floor: number; flags: number; counters: number; knownCounters?: number }> = [
  { file: "paraphrases.txt", floor: 0.9, flags: 100, counters: 50 },
  { file: "helper-sentences.txt", floor: 0.8, flags: 200, counters: 50 },
  { file: "blind-tune.txt", floor: 0.8, flags: 70, counters: 45 },
  // Relationship preservation and mediation families and their near-misses (issue 13 point 4, fr-rel).
  { file: "relationship-lines.txt", floor: 0.9, flags: 70, counters: 60 },
  // Victim-blaming families (fr-vb): built from half A, checked on half B; the fresh lines were measured once.
  { file: "blaming-families.txt", floor: 0.9, flags: 40, counters: 40 },
  { file: "blaming-fresh.txt", floor: 0.7, flags: 15, counters: 15 },
  // Helper fr-gb's symmetric and gender-blind families: six near-misses were flagged before fr-gb changed anything (other
  // rules' phrases: "in gelijke mate" without sexes, "vrouwen evenveel" about budget cuts, "waardoor" as a cause, power
  // named as "controle van de een over de ander", an elder-abuse definition, a professional asking about violence); they
  // are known, listed in docs/decisions.md, and may not grow.
  { file: "symmetric-blind-lines.txt", floor: 0.85, flags: 110, counters: 95, knownCounters: 6 },
];

for (const set of SETS) {
  describe(`framing sentences in ${set.file}`, () => {
    const all = framingLines(set.file);
    const results = all.map((l) => ({ ...l, flagged: flagged(l) }));

    it("reads a fair number of sentences of both kinds", () => {
      expect(all.filter((l) => l.label === "F").length).toBeGreaterThan(set.flags);
      expect(all.filter((l) => l.label === "C").length).toBeGreaterThan(set.counters);
    });

    it("leaves every near-miss unflagged", () => {
      const flaggedCounters = results.filter((r) => r.label === "C" && r.flagged).map((r) => r.sentence);
      if (set.knownCounters === undefined) expect(flaggedCounters).toEqual([]);
      else expect(flaggedCounters.length, flaggedCounters.join("\n")).toBeLessThanOrEqual(set.knownCounters);
    });

    it(`marks at least ${set.floor * 100}% of the framings`, () => {
      const flags = results.filter((r) => r.label === "F");
      const missed = flags.filter((r) => !r.flagged).map((r) => `${r.type}: ${r.sentence}`);
      expect(missed.length / flags.length, missed.join("\n")).toBeLessThanOrEqual(1 - set.floor);
    });
  });
}
