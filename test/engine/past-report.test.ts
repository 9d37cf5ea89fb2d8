import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { compileRuleFile } from "../../rules/engine/rules/load.js";
import { ruleFile } from "../../rules/engine/rules/schema.js";
import { Engine } from "../../rules/engine/run/engine.js";
import { fixtureEngine } from "../helpers/engines.js";

// Coverage checks that read tense (coverage3, ninth session): a sentence that only reports a past activity is a
// mention at most; one that carries it on, or is in the present or future, keeps its strength.

const corpus = loadCorpus();
const fixture = (await fixtureEngine()).modules[0];

const base = {
  id: "past-report-test",
  kind: "coverage",
  title: { nl: "Test", en: "Test" },
  description: { nl: "Test", en: "Test" },
  severity: "warning",
  score: 40,
  messages: { missing: { nl: "m", en: "m" }, partial: { nl: "p", en: "p" } },
  remedies: ["istanbul-awareness-campaigns"],
  sources: [{ source: "istanbul-convention", locator: "art. 13" }],
  examples: [{ text: "Een voorbeeld.", expect: "missing" }],
  evidence: [{ concepts: ["ic-campaign"], grade: "strong" }],
  body: ["vision-goals", "measures", "monitoring", "other"],
};

function status(text: string, pastIsMention: boolean): string | undefined {
  const rule = compileRuleFile("fixture", ruleFile.parse({ ...base, ...(pastIsMention ? { pastIsMention } : {}) }), "past-report-test.yml", () => undefined);
  const engine = new Engine({ modules: [{ ...fixture, rules: [rule] }], corpus, version: "test" });
  return engine.scan(`# Maatregelen\n\n${text}`, { title: "t", assumeOnTopic: true }).coverage[0]?.status;
}

describe("pastIsMention", () => {
  const past = [
    "In 2019 liep er een campagne tegen huiselijk geweld.",
    "Vorig jaar draaide in alle wijken een campagne over ouderenmishandeling.",
    "De gemeente startte in 2018 een campagne tegen partnergeweld.",
    "In 2020 werd in alle wijken een campagne tegen huiselijk geweld gehouden.",
    "Tot 2020 ging elk najaar een campagne tegen huiselijk geweld door de wijken.",
  ];
  const carriedOn = [
    "In 2019 liep er een campagne tegen huiselijk geweld; die zetten we voort.",
    "In 2019 liep er een campagne tegen huiselijk geweld en ook dit jaar voeren we die.",
    "De campagne die in 2019 liep, zal in 2027 worden herhaald.",
    "Sinds 2019 loopt er elk jaar een campagne tegen huiselijk geweld.",
    "Naar aanleiding van het voorstel is een campagne gestart.",
  ];

  it("makes a past-only report a mention", () => {
    for (const t of past) {
      expect(status(t, false), t).toBe("present");
      expect(status(t, true), t).toBe("partial");
    }
  });

  it("keeps the strength of a sentence that carries it on, or is in the present or perfect", () => {
    for (const t of carriedOn) expect(status(t, true), t).toBe("present");
  });
});
