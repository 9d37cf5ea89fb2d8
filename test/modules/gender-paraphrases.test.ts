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

function lines(): Line[] {
  const out: Line[] = [];
  for (const raw of readFileSync(join(PACKAGE_ROOT, "test/fixtures/framing/paraphrases.txt"), "utf8").split("\n")) {
    const m = /^(F|C)\s+(\S+)\s*::\s*(.*)$/.exec(raw.trim());
    if (!m) continue;
    const parts = m[3].split("||").map((p) => p.trim());
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

/** Share of the FLAG paraphrases that must be marked. */
const FLAG_FLOOR = 0.9;

describe("framing paraphrases", () => {
  const all = lines();
  const results = all.map((l) => ({ ...l, flagged: flagged(l) }));

  it("reads a fair number of sentences of both kinds", () => {
    expect(all.filter((l) => l.label === "F").length).toBeGreaterThan(100);
    expect(all.filter((l) => l.label === "C").length).toBeGreaterThan(50);
  });

  it("leaves every near-miss unflagged", () => {
    expect(results.filter((r) => r.label === "C" && r.flagged).map((r) => r.sentence)).toEqual([]);
  });

  it(`marks at least ${FLAG_FLOOR * 100}% of the framings`, () => {
    const flags = results.filter((r) => r.label === "F");
    const missed = flags.filter((r) => !r.flagged).map((r) => `${r.type}: ${r.sentence}`);
    expect(missed.length / flags.length, missed.join("\n")).toBeLessThanOrEqual(1 - FLAG_FLOOR);
  });
});
