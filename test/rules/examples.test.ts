import { describe, expect, it } from "vitest";
import { runExample } from "../../rules/engine/examples.js";
import { allRulesEngine } from "../helpers/modules.js";

// One harness runs every rule's own Dutch examples (LanguageTool-style): the marked spans must be
// found exactly, and coverage examples must get their stated status.
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
