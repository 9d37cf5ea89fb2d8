import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { BLIND_SETS, blindLines, evaluateBlind } from "../../scripts/eval/blind.js";

// The blind writers' held-out halves (test/fixtures/blind/README.md): floors at the figures of 2026-12-06 less a
// small margin, so a change that loses generalisation fails. Messages give counts only, never the lines.

// linesOnTopic: coverage lines read as on topic (the a13t constructions raised them from 181 to 186 of 225).
// Set 2 (written 2026-12-07, never seen by a rule helper) started at present 106/126, non-present 50/63, topic on
// 14/15, lines on topic 171/189, FLAG 64/96, COUNTER 4/48, excerpts F1 0.829 with one of its four controls read as
// on topic: controlsOnTopic is how many controls may be read as on topic until that is fixed (goal 0). Floors raised
// at the end of 2026-12-07 (set 1 present 117/162, lines on topic 193/225, FLAG 47/73; set 2 present 110/126,
// non-present 52/63, lines on topic 176/189, FLAG 72/96, COUNTER 3/48).
// Set 3 (written 2026-12-07 by a fourth writer, measurement only) started at present 39/42, non-present 30/42, lines
// on topic 84/84, topic 12/12 on and off, FLAG 36/56, COUNTER 3/28, excerpts F1 0.808 (P 77%), one of four controls
// read as on topic. It is smaller (coverage lines 108, framing lines 84), hence the per-set line minimums.
// Floors raised at the end of the second 2026-12-07 session: set 1 present 119/162, topic on 15/15, FLAG 48/73,
// excerpts F1 0.857; set 2 present 111/126, FLAG 77/96, excerpts F1 0.839; set 3 FLAG 38/56, excerpts F1 0.813.
// Raised at the end of the fourth 2026-12-07 session: set 1 excerpts F1 0.865, set 2 present 112/126 and excerpts F1
// 0.851, set 3 excerpts F1 0.835.
const FLOORS: Record<string, { present: number; nonPresent: number; topicOn: number; linesOnTopic: number; flag: number; counter: number; docsF1: number; docs: number; controlsOnTopic: number; coverageLines: number; framingLines: number }> = {
  "set 1": { present: 0.72, nonPresent: 0.85, topicOn: 0.9, linesOnTopic: 0.84, flag: 0.64, counter: 0.1, docsF1: 0.855, docs: 28, controlsOnTopic: 0, coverageLines: 200, framingLines: 100 },
  "set 2": { present: 0.88, nonPresent: 0.8, topicOn: 0.85, linesOnTopic: 0.9, flag: 0.78, counter: 0.1, docsF1: 0.845, docs: 24, controlsOnTopic: 1, coverageLines: 200, framingLines: 100 },
  "set 3": { present: 0.9, nonPresent: 0.68, topicOn: 0.95, linesOnTopic: 0.95, flag: 0.66, counter: 0.12, docsF1: 0.825, docs: 16, controlsOnTopic: 1, coverageLines: 100, framingLines: 80 },
};
const engine = await defaultEngine();
const share = (r: { ok: number; n: number }) => r.ok / r.n;

describe.each(BLIND_SETS)("blind held-out material, $name", ({ name, dir: DIR }) => {
  const FLOOR = FLOORS[name]!;
  const report = evaluateBlind(engine, DIR);

  it("is well formed: every line parses, every excerpt is labelled and its sentences are in it", () => {
    const cov = blindLines(join(DIR, "coverage-holdout.txt"));
    expect(cov.length).toBeGreaterThanOrEqual(FLOOR.coverageLines);
    for (const l of cov) expect(l.head[0] === "topic" ? ["on", "off"] : ["present", "partial", "missing"]).toContain(l.head[1]);
    const fr = blindLines(join(DIR, "framing-holdout.txt"));
    expect(fr.length).toBeGreaterThanOrEqual(FLOOR.framingLines);
    for (const l of fr) expect(["F", "C"]).toContain(l.head[0]);
    const labels = JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")) as Array<{ file: string; labels: Record<string, boolean>; flag_sentences: Array<{ sentence: string }> }>;
    expect(labels.length).toBe(FLOOR.docs);
    for (const d of labels) {
      const text = readFileSync(join(DIR, "docs", d.file), "utf8");
      expect(Object.keys(d.labels).length).toBe(22);
      for (const f of d.flag_sentences) expect(text.includes(f.sentence), d.file).toBe(true);
    }
  });

  it("keeps coverage lines at their floors", () => {
    expect(share(report.coverage.present)).toBeGreaterThanOrEqual(FLOOR.present);
    expect(share(report.coverage.nonPresent)).toBeGreaterThanOrEqual(FLOOR.nonPresent);
    expect(share(report.coverage.topicOn)).toBeGreaterThanOrEqual(FLOOR.topicOn);
    expect(share(report.coverage.onTopic)).toBeGreaterThanOrEqual(FLOOR.linesOnTopic);
    expect(report.coverage.topicOff.ok).toBe(report.coverage.topicOff.n);
  });

  it("keeps framing lines at their floors", () => {
    expect(share(report.framing.flag)).toBeGreaterThanOrEqual(FLOOR.flag);
    expect(share(report.framing.counterFlagged)).toBeLessThanOrEqual(FLOOR.counter);
  });

  it("keeps the labelled excerpts at their floor, controls off topic", () => {
    expect(report.docs.micro.f1).toBeGreaterThanOrEqual(FLOOR.docsF1);
    expect(report.docs.controls.filter((c) => c.onTopic).length).toBeLessThanOrEqual(FLOOR.controlsOnTopic);
  });
});
