import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { runExample } from "../../rules/engine/examples.js";
import { compileRuleFile, PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { ruleFile } from "../../rules/engine/rules/schema.js";
import { Engine } from "../../rules/engine/run/engine.js";
import type { Rule } from "../../rules/engine/rules/types.js";
import { fixtureEngine } from "../helpers/engines.js";

// The declarative evidence kind of coverage rules (issue 14 point 2): what its items select and how they grade.

const corpus = loadCorpus();
const fixture = (await fixtureEngine()).modules[0];

const base = {
  id: "evidence-test",
  kind: "coverage",
  title: { nl: "Test", en: "Test" },
  description: { nl: "Test", en: "Test" },
  severity: "warning",
  score: 40,
  messages: { missing: { nl: "m", en: "m" }, partial: { nl: "p", en: "p" } },
  remedies: ["istanbul-professional-training"],
  sources: [{ source: "istanbul-convention", locator: "art. 15" }],
  examples: [{ text: "Een voorbeeld.", expect: "missing" }],
};

function engineWith(rule: Rule): Engine {
  return new Engine({ modules: [{ ...fixture, rules: [rule] }], corpus, version: "test" });
}

function status(evidence: unknown[], text: string, extra: Record<string, unknown> = {}): string | undefined {
  const rule = compileRuleFile("fixture", ruleFile.parse({ ...base, evidence, ...extra }), "evidence-test.yml", () => undefined);
  return engineWith(rule).scan(text, { title: "t", assumeOnTopic: true }).coverage[0]?.status;
}

describe("evidence items", () => {
  const briefing = (side: "before" | "after" | "either") => [{ concepts: ["ic-briefing"], nearWords: { concepts: ["ic-professionals"], words: 2, side }, grade: "strong" }];
  const after = "# Maatregelen\n\nWe geven voorlichting aan huisartsen.";
  const before = "# Maatregelen\n\nDe huisartsen geven voorlichting.";

  it("take a companion within some words on the side asked", () => {
    expect(status(briefing("after"), after)).toBe("present");
    expect(status(briefing("after"), before)).toBe("missing");
    expect(status(briefing("before"), before)).toBe("present");
    expect(status(briefing("before"), after)).toBe("missing");
    expect(status(briefing("either"), before)).toBe("present");
  });

  it("drop a hit with an excluded companion nearby (unlessWords) and cap a weak item at partial", () => {
    const items = [
      { concepts: ["ic-briefing"], unlessWords: { concepts: ["ic-professionals"], words: 2 }, grade: "strong" },
      { concepts: ["ic-briefing"], grade: "weak" },
    ];
    expect(status(items, "# Maatregelen\n\nWe geven voorlichting op scholen.")).toBe("present");
    expect(status(items, after)).toBe("partial");
  });

  it("count a hit only in the blocks named", () => {
    const items = [{ concepts: ["ic-briefing"], blocks: ["heading"], grade: "strong" }];
    expect(status(items, "# Voorlichting\n\nDe tekst gaat over iets anders.")).toBe("present");
    expect(status(items, "# Maatregelen\n\nWe geven voorlichting op scholen.")).toBe("missing");
  });

  it("let the best grade count where two items offer the same hit", () => {
    const items = [
      { concepts: ["ic-briefing"], grade: "weak" },
      { concepts: ["ic-briefing"], nearWords: { concepts: ["ic-professionals"], words: 2, side: "after" }, grade: "strong" },
    ];
    expect(status(items, after)).toBe("present");
    expect(status(items, "# Maatregelen\n\nWe geven voorlichting op scholen.")).toBe("partial");
  });

  it("are either evidence items or concepts, not both", () => {
    expect(ruleFile.safeParse({ ...base, concepts: ["ic-briefing"], evidence: [{ concepts: ["ic-briefing"] }] }).success).toBe(false);
    expect(ruleFile.safeParse({ ...base, evidence: [{ concepts: ["ic-briefing"], grade: "capped" }] }).success).toBe(false);
  });
});

describe("docs/rule-modules.md", () => {
  it("shows a complete YAML evidence rule that loads and passes its own examples", () => {
    const doc = readFileSync(join(PACKAGE_ROOT, "docs/rule-modules.md"), "utf8");
    const block = /```yaml\n(id: art-12-prevention[\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const rule = compileRuleFile("istanbul", ruleFile.parse(parse(block!)), "art-12-prevention.yml", () => undefined);
    const engine = new Engine({ modules: [{ ...fixture, rules: [rule] }], corpus, version: "test" });
    expect(rule.meta.examples.length).toBeGreaterThanOrEqual(6);
    for (const example of rule.meta.examples) expect(runExample(engine, rule, example).problems).toEqual([]);
  });

  it("shows a complete code rule that loads as a module, cites sources that resolve and passes its own examples", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { loadModuleDir } = await import("../../rules/engine/rules/load.js");
    const { resolveRef } = await import("../../rules/engine/data/corpus-load.js");
    const doc = readFileSync(join(PACKAGE_ROOT, "docs/rule-modules.md"), "utf8");
    const block = /```ts\n(import \{ assessCoverage[\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "gs-doc-rule-"));
    const moduleYml = ["id: doc", "name: { nl: Doc, en: Doc }", "version: 0.1.0", "description: { nl: Doc, en: Doc }", "language: nl", "sources: [{ source: istanbul-convention, locator: art. 16 }]", ""];
    writeFileSync(join(dir, "module.yml"), moduleYml.join("\n"));
    // The block imports the rule API as a module in rules/ does; in a temporary directory that path is absolute.
    const source = block!.replace('"../engine/rule-api.js"', JSON.stringify(join(PACKAGE_ROOT, "rules/engine/rule-api.ts")));
    expect(source).not.toBe(block);
    writeFileSync(join(dir, "art-16-perpetrator-programmes.rule.ts"), source);
    const module = await loadModuleDir(dir);
    expect(module.rules.map((r) => r.meta.id)).toEqual(["doc/art-16-perpetrator-programmes"]);
    const rule = module.rules[0];
    const engine = new Engine({ modules: [module], corpus, version: "test" });
    for (const ref of rule.meta.sources) expect(resolveRef(corpus, ref)).not.toHaveProperty("problem");
    // What every shipped rule needs (test/rules/meta.test.ts): three positive and three negative examples.
    expect(rule.meta.examples.filter((e) => e.expect === "present").length).toBeGreaterThanOrEqual(3);
    expect(rule.meta.examples.filter((e) => e.expect !== "present").length).toBeGreaterThanOrEqual(3);
    for (const example of rule.meta.examples) expect(runExample(engine, rule, example).problems).toEqual([]);
  });
});

describe("concept sets of a module", () => {
  const rule = (concepts: string) =>
    [
      "id: set-test",
      "kind: coverage",
      "title: { nl: a, en: b }",
      "description: { nl: a, en: b }",
      "severity: warning",
      "score: 40",
      "evidence:",
      `  - { concepts: ${concepts}, grade: strong }`,
      "messages: { missing: { nl: m, en: m }, partial: { nl: p, en: p } }",
      "remedies: [istanbul-professional-training]",
      "sources: [{ source: istanbul-convention, locator: art. 15 }]",
      'examples: [{ text: "Een voorbeeld.", expect: missing }]',
      "",
    ].join("\n");

  async function moduleWith(ruleYaml: string) {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { loadModuleDir } = await import("../../rules/engine/rules/load.js");
    const dir = mkdtempSync(join(tmpdir(), "gs-sets-"));
    const moduleYml = [
      "id: sets",
      "name: { nl: Sets, en: Sets }",
      "version: 0.1.0",
      "description: { nl: Sets, en: Sets }",
      "language: nl",
      "sources: [{ source: istanbul-convention, locator: art. 15 }]",
      "conceptSets:",
      "  briefing: [ic-briefing]",
      "  both: [$briefing, ic-professionals]",
      "",
    ].join("\n");
    writeFileSync(join(dir, "module.yml"), moduleYml);
    writeFileSync(join(dir, "set-test.yml"), ruleYaml);
    return loadModuleDir(dir);
  }

  it("stand for their concepts where a rule names them with $, also inside another set", async () => {
    const m = await moduleWith(rule("[$both, ic-course]"));
    const r = m.rules.find((x) => x.meta.id.endsWith("/set-test"))!;
    expect(r.uses).toEqual(expect.arrayContaining(["ic-briefing", "ic-professionals", "ic-course"]));
    expect(r.uses).not.toContain("$both");
  });

  it("are an error with file and line when a rule names one the module lacks", async () => {
    await expect(moduleWith(rule("[$nothing]"))).rejects.toThrow(/set-test\.yml:8: .*no concept set "nothing"/);
  });
});

// Coverage checks that read tense (coverage3, ninth session): a sentence that only reports a past activity is a
// mention at most; one that carries it on, or is in the present or future, keeps its strength.
describe("pastIsMention", () => {
  const campaign = [{ concepts: ["ic-campaign"], grade: "strong" }];
  const pastStatus = (text: string, pastIsMention: boolean) => status(campaign, `# Maatregelen\n\n${text}`, pastIsMention ? { pastIsMention } : {});
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
      expect(pastStatus(t, false), t).toBe("present");
      expect(pastStatus(t, true), t).toBe("partial");
    }
  });

  it("keeps the strength of a sentence that carries it on, or is in the present or perfect", () => {
    for (const t of carriedOn) expect(pastStatus(t, true), t).toBe("present");
  });
});
