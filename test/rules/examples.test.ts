import { describe, expect, it } from "vitest";
import { runExample } from "../../rules/engine/examples.js";
import type { Example, Rule } from "../../rules/engine/rules/types.js";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { loadModuleDir } from "../../rules/engine/rules/load.js";
import { Engine } from "../../rules/engine/run/engine.js";
import { FIXTURE_MODULE_DIR, fixtureEngine } from "../helpers/engines.js";
import { allRulesEngine } from "../helpers/modules.js";

// One harness runs every rule's own Dutch examples (LanguageTool-style, as strict as ESLint's RuleTester): the
// marked spans must be the findings' spans exactly, a stated message id must be the findings', and where a rule
// offers a fix the example states the fixed text, on which the rule then reports nothing.
const engine = await allRulesEngine();

for (const rule of engine.allRules()) {
  describe(rule.meta.id, () => {
    rule.meta.examples.forEach((example, i) => {
      it(`example ${i + 1} (${example.expect}): ${example.text.replace(/\s+/g, " ").slice(0, 60)}`, () => {
        const outcome = runExample(engine, rule, example);
        expect(outcome.problems).toEqual([]);
      });
    });
  });
}

describe("the rule tester", async () => {
  const fixture = await fixtureEngine();
  const rule = (id: string): Rule => fixture.allRules().find((r) => r.meta.id === `fixture/${id}`)!;
  const problems = (id: string, example: Omit<Example, "expect"> & { expect?: Example["expect"] }) =>
    runExample(fixture, rule(id), { expect: "match", ...example } as Example).problems;

  it("accepts the exact span and rejects a mark that only overlaps the finding", () => {
    expect(problems("conflict-framing", { text: "Partnergeweld ontstaat vaak uit [[relatieproblemen]]." })).toEqual([]);
    const wider = problems("conflict-framing", { text: "Partnergeweld ontstaat vaak [[uit relatieproblemen]]." });
    expect(wider.join("\n")).toContain('no finding at exactly 28–48 "uit relatieproblemen" (found 32–48 "relatieproblemen")');
    expect(wider.join("\n")).toContain("unexpected finding at 32–48");
    const narrower = problems("conflict-framing", { text: "Partnergeweld ontstaat vaak uit [[relatie]]problemen." });
    expect(narrower.length).toBe(2);
  });

  it("checks the message id when the example states one", () => {
    const text = "Partnergeweld ontstaat vaak uit [[relatieproblemen]].";
    expect(problems("conflict-framing", { text, messageId: "default" })).toEqual([]);
    expect(problems("conflict-framing", { text, messageId: "other" })).toEqual([
      'the rule has no message "other"',
      'message "default" at 32–48 "relatieproblemen", expected "other"',
    ]);
  });

  it("requires the fixed text where the rule offers a fix, checks it, and rescans it", () => {
    const text = "De [[politieman]] komt langs.";
    expect(problems("generic-professional", { text })).toEqual(['the rule offers a fix; state the output: "De politieagent komt langs."']);
    expect(problems("generic-professional", { text, output: "De politieagent komt langs." })).toEqual([]);
    expect(problems("generic-professional", { text, output: "De agent komt langs." })).toEqual([
      'output after the fixes is "De politieagent komt langs.", expected "De agent komt langs."',
    ]);
    expect(problems("conflict-framing", { text: "Partnergeweld ontstaat vaak uit [[relatieproblemen]].", output: "x" })).toEqual([
      'output after the fixes is "Partnergeweld ontstaat vaak uit relatieproblemen.", expected "x"',
    ]);
  });

  it("fails a fix after which the rule still reports the span", async () => {
    const module = await loadModuleDir(FIXTURE_MODULE_DIR);
    const base = module.rules.find((r) => r.meta.id === "fixture/generic-professional")!;
    // A rule whose fix keeps the flagged word: the tester reports the finding left after the fix.
    const looping: Rule = {
      meta: { ...base.meta, id: "fixture/looping-fix" },
      create: (ctx) => ({
        sentence(s) {
          const at = ctx.doc.text.indexOf("politieman", s.start);
          if (at >= 0 && at < s.end) ctx.report({ at: { start: at, end: at + "politieman".length }, replacement: "politieman" });
        },
      }),
    };
    const e = new Engine({ modules: [{ ...module, rules: [looping] }], corpus: loadCorpus(), version: "test" });
    const out = runExample(e, looping, { text: "De [[politieman]] komt langs.", expect: "match", output: "De politieman komt langs." });
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatch(/^after the fix the rule still reports 3–13 "politieman": /);
  });
});
