import { describe, expect, it } from "vitest";
import { moduleEngine } from "../helpers/modules.js";

// Families of the eighth session's framing readings (helper framing), written for this test: each family in several
// forms (inflections, word orders, verb and noun forms) both ways. A line is scanned as a short text, as the framing
// fixtures are (no topic assumed), and the test asks which framing rules mark it.
const engine = await moduleEngine("gender");

/** The framing rules that mark the text: located findings of the gender module that are no coverage check. */
function framingRules(text: string): string[] {
  const r = engine.scan(text, { title: "t" });
  const checks = new Set(r.coverage.map((c) => c.check));
  return r.findings.filter((f) => f.location && f.module === "gender" && !checks.has(f.ruleId)).map((f) => f.ruleId.replace(/^gender\//, ""));
}

function expectFlagged(lines: string[], rule: string): void {
  const missed = lines.filter((l) => !framingRules(l).includes(rule));
  expect(missed, missed.join("\n")).toEqual([]);
}

function expectClear(lines: string[], rule?: string): void {
  const marked = lines.filter((l) => (rule ? framingRules(l).includes(rule) : framingRules(l).length > 0));
  expect(marked, marked.join("\n")).toEqual([]);
}

describe("a cooling-off period: a remedy for the couple, or the legal term after a barring order", () => {
  it("flags a cooling-off period offered to the partners or the couple", () => {
    expectFlagged(
      [
        "Bij partnergeweld raden wij beide partners een afkoelingsperiode aan.",
        "Na een ruzie met klappen doet het echtpaar er goed aan een afkoelperiode in te lassen.",
        "Geweld in de relatie? Een afkoelingsperiode voor jou en je partner kan helpen.",
        "Als hij haar slaat, is een afkoelingsperiode voor het stel het beste.",
        "Bij geweld tussen partners adviseert de wijkagent de echtgenoten een afkoelingsperiode.",
      ],
      "symmetric-conflict-framing",
    );
  });

  it("leaves the barring order's ten days and a cooling-off without a couple alone", () => {
    expectClear(
      [
        "Een huisverbod legt de pleger een afkoelingsperiode van tien dagen op.",
        "Na een huisverbod volgt bij huiselijk geweld een afkoelingsperiode van tien dagen.",
        "Tijdens de afkoelingsperiode na het tijdelijk huisverbod zoekt de hulpverlening contact met de partners.",
        "Het huisverbod bij partnergeweld dient als afkoelingsperiode en als kans om hulp te regelen.",
        "De burgemeester legt een huisverbod op; tijdens die afkoelingsperiode mag de pleger niet naar huis.",
        "Bij huiselijk geweld start na de afkoelingsperiode de hulpverlening.",
      ],
      "symmetric-conflict-framing",
    );
  });
});
