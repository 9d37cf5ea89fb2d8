import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { evaluateSplit } from "../../scripts/eval/devset.js";
import { evaluateFramingSplit } from "../../scripts/eval/framing.js";
import { evaluateSeed003 } from "../../scripts/eval/seed003.js";

// Quality on real documents (PRODUCT.md §6; issue 13): the labelled texts and framing sentences of the
// validation part, which no rule was written from (scripts/eval/split.ts), and seed 003.
// `npm run eval` prints the same figures per label, check and sentence.

const engine = await defaultEngine();

/** Floors the validation figures must keep (issue 13 asks 0.85 F1, 0.85 precision, 70% of FLAG sentences). */
const FLOOR = { f1: 0.85, precision: 0.85, flag: 0.45, counter: 0.1 };

describe("labelled real texts", () => {
  const split = evaluateSplit(engine);

  it("marks every control off-topic, in both parts", () => {
    expect(split.tuning.controls.filter((c) => c.onTopic)).toEqual([]);
    expect(split.validation.controls.filter((c) => c.onTopic)).toEqual([]);
    expect(split.validation.controls.length).toBeGreaterThan(0);
  });

  it("keeps the validation part's micro-F1 and precision at their floors", () => {
    const v = split.validation;
    const summary = v.labels.map((l) => `${l.label} TP ${l.tp} FP ${l.fp} FN ${l.fn}`).join("\n");
    expect(v.micro.f1, summary).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(v.micro.precision, summary).toBeGreaterThanOrEqual(FLOOR.precision);
  });

  it("reads every text of the tuning part that is about domestic violence as on topic", () => {
    expect(split.tuning.topicErrors).toEqual([]);
  });
});

describe("framing sentences (validation half)", () => {
  const f = evaluateFramingSplit(engine).validation;

  it("flags FLAG sentences and leaves COUNTER sentences alone", () => {
    expect(f.flag.flagged / f.flag.total).toBeGreaterThanOrEqual(FLOOR.flag);
    expect(f.counter.flagged / f.counter.total).toBeLessThanOrEqual(FLOOR.counter);
  });
});

describe("textbook framing and a pasted paragraph", () => {
  const flagged = (sentence: string) => {
    const r = engine.scan(sentence);
    return r.findings.some((f) => f.location && f.module === "gender" && !r.coverage.some((c) => c.check === f.ruleId));
  };

  it("flags the three textbook framings", () => {
    expect(flagged("Slachtoffers van huiselijk geweld zijn zowel mannen als vrouwen.")).toBe(true);
    expect(flagged("Huiselijk geweld ontstaat vaak door spanningen in het gezin.")).toBe(true);
    expect(flagged("Oorzaken van huiselijk geweld zijn vaak armoede, werkloosheid en stress.")).toBe(true);
  });

  it("reads a two-sentence paragraph about domestic violence as on topic", () => {
    expect(engine.scan("Huiselijk geweld komt in alle lagen van de bevolking voor. De gemeente wil dat slachtoffers sneller hulp krijgen.").document.onTopic).toBe(true);
  });

  it("reads a paragraph on young people rejected by their family as on topic, and an eviction for debts as off topic", () => {
    expect(engine.scan("Steeds meer lhbti-jongeren slapen op straat. Zij zijn door hun ouders het huis uit gezet nadat ze uit de kast kwamen. De gemeente regelt crisisopvang voor deze jongeren.").document.onTopic).toBe(true);
    expect(engine.scan("Steeds meer huurders raken in de schulden. Een gezin werd na een betalingsachterstand uit huis gezet. De gemeente regelt schuldhulp.").document.onTopic).toBe(false);
  });
});

describe("seed 003 (Groningen regional programme)", () => {
  const report = evaluateSeed003(engine);

  it("agrees with at least 90% of the expected coverage statuses", () => {
    const wrong = report.coverage.filter((c) => !c.ok).map((c) => `${c.check}: ${c.actual} (expected ${c.accept.join("|")})`);
    expect(report.agreement, wrong.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("flags at least 90% of the FLAG sentences and at most 5% of the COUNTER sentences", () => {
    const missed = report.flags.filter((f) => f.label === "flag" && f.flaggedBy.length === 0).map((f) => `#${f.n} ${f.text}`);
    const wrong = report.flags.filter((f) => f.label === "counter" && f.flaggedBy.length > 0).map((f) => `#${f.n} ${f.flaggedBy.join(",")}`);
    expect(report.flagShare, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(report.counterShare, wrong.join("\n")).toBeLessThanOrEqual(0.05);
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
