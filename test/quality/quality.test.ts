import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { evaluateDevset } from "../../scripts/eval/devset.js";
import { evaluateSeed003 } from "../../scripts/eval/seed003.js";

// Quality on real documents (PRODUCT.md §6; issues 4 and 5): the development set and seed 003.
// `npm run eval` prints the same figures per label, check and sentence.

const engine = await defaultEngine();

describe("development set (35 real texts)", () => {
  const report = evaluateDevset(engine);

  it("marks all five controls off-topic and every policy text on-topic", () => {
    expect(report.controls.filter((c) => c.onTopic)).toEqual([]);
    expect(report.topicErrors).toEqual([]);
  });

  it("reaches a micro-F1 of at least 0.9 over the 22 labels", () => {
    const summary = report.labels.map((l) => `${l.label} ${l.f1.toFixed(2)} ${l.errors.join(" ")}`).join("\n");
    expect(report.micro.f1, summary).toBeGreaterThanOrEqual(0.9);
  });

  it("flags the devset's framing sentences with the gender module", () => {
    expect(report.flagSentences.flagged / report.flagSentences.total, report.flagSentences.missed.join("\n")).toBeGreaterThanOrEqual(0.8);
  });
});

describe("seed 003 (Groningen regional programme)", () => {
  const report = evaluateSeed003(engine);

  it("agrees with at least 80% of the expected coverage statuses", () => {
    const wrong = report.coverage.filter((c) => !c.ok).map((c) => `${c.check}: ${c.actual} (expected ${c.accept.join("|")})`);
    expect(report.agreement, wrong.join("\n")).toBeGreaterThanOrEqual(0.8);
  });

  it("flags at least 80% of the FLAG sentences and at most 10% of the COUNTER sentences", () => {
    const missed = report.flags.filter((f) => f.label === "flag" && f.flaggedBy.length === 0).map((f) => `#${f.n} ${f.text}`);
    const wrong = report.flags.filter((f) => f.label === "counter" && f.flaggedBy.length > 0).map((f) => `#${f.n} ${f.flaggedBy.join(",")}`);
    expect(report.flagShare, missed.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(report.counterShare, wrong.join("\n")).toBeLessThanOrEqual(0.1);
  });

  it("quotes the original text at every finding's location", async () => {
    const { readFileSync } = await import("node:fs");
    const { SEED003 } = await import("../../scripts/eval/seed003.js");
    const { sameModuloRepair } = await import("../helpers/text.js");
    const original = readFileSync(SEED003, "utf8");
    for (const f of report.result.findings) {
      if (!f.location) continue;
      expect(sameModuloRepair(f.quote, original.slice(f.location.offset, f.location.offset + f.location.length)), f.quote).toBe(true);
    }
  });
});
