import { describe, expect, it } from "vitest";
import { resolveRef } from "../../rules/engine/data/corpus-load.js";
import { parseMarks } from "../../rules/engine/examples.js";
import { allRulesEngine } from "../helpers/modules.js";

const engine = await allRulesEngine();
const rules = engine.allRules();
const shipped = rules.filter((r) => r.meta.module !== "fixture");

describe("rule meta", () => {
  it("has unique rule ids of the form module/rule", () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  });

  it("declares messages in Dutch and English, remedies and sources that resolve", () => {
    const problems: string[] = [];
    for (const r of rules) {
      for (const [id, m] of Object.entries(r.meta.messages)) {
        if (!m.nl.trim() || !m.en.trim()) problems.push(`${r.meta.id}: message ${id} needs nl and en`);
      }
      if (r.meta.remedies.length === 0) problems.push(`${r.meta.id}: no remedy`);
      for (const id of r.meta.remedies) if (!engine.corpus.remedies.has(id)) problems.push(`${r.meta.id}: unknown remedy ${id}`);
      if (r.meta.sources.length === 0) problems.push(`${r.meta.id}: no source`);
      for (const s of r.meta.sources) {
        const res = resolveRef(engine.corpus, s);
        if ("problem" in res) problems.push(`${r.meta.id}: ${res.problem}`);
      }
      for (const e of r.meta.examples) {
        if (e.source) {
          const res = resolveRef(engine.corpus, e.source);
          if ("problem" in res) problems.push(`${r.meta.id} example: ${res.problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("ties every shipped rule to remedies that name it and cite a source", () => {
    const problems: string[] = [];
    for (const r of shipped) {
      for (const id of r.meta.remedies) {
        const remedy = engine.corpus.remedies.get(id);
        if (remedy && !remedy.for.includes(r.meta.id)) problems.push(`${r.meta.id}: remedy ${id} does not list it in "for"`);
        if (remedy && remedy.sources.length === 0) problems.push(`${r.meta.id}: remedy ${id} has no source`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("marks spans in every match example and none elsewhere in sentence rules", () => {
    const problems: string[] = [];
    for (const r of rules) {
      for (const e of r.meta.examples) {
        const { marks } = parseMarks(e.text);
        if (e.expect === "match" && marks.length === 0) problems.push(`${r.meta.id}: match example without [[…]]`);
        if (e.expect === "none" && marks.length > 0) problems.push(`${r.meta.id}: none example with [[…]]`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every shipped rule at least three positive and three negative examples", () => {
    const problems: string[] = [];
    for (const r of shipped) {
      const positive = r.meta.examples.filter((e) => (r.meta.kind === "coverage" ? e.expect === "present" : e.expect === "match")).length;
      const negative = r.meta.examples.filter((e) =>
        r.meta.kind === "coverage" ? e.expect === "missing" || e.expect === "partial" : e.expect === "none",
      ).length;
      if (positive < 3 || negative < 3) problems.push(`${r.meta.id}: ${positive} positive, ${negative} negative`);
    }
    expect(problems).toEqual([]);
  });
});
