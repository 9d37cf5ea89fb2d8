import type { ConceptSpec } from "../../match/matcher.js";
import type { SubstitutionFile } from "../schema.js";
import type { Rule, RuleMeta } from "../types.js";
import { inlineConceptId, near, roleWeight, usableHit } from "./shared.js";

/** substitution: a listed term is a finding with the alternatives as message data and the first as replacement. */
export function substitutionRule(meta: RuleMeta, spec: SubstitutionFile): Rule {
  const entries = Object.entries(spec.swap);
  const concepts: ConceptSpec[] = entries.map(([term], i) => ({
    id: inlineConceptId(meta.id, i),
    terms: [{ text: term, match: "exact" }],
    exceptions: spec.exceptions,
  }));
  const filter = { roles: meta.roles, skipAttributed: spec.skipAttributed ?? true, skipNegated: spec.skipNegated ?? false };
  return {
    meta,
    concepts,
    uses: [...(spec.requires?.concepts ?? []), ...(spec.unless?.concepts ?? [])],
    create(ctx) {
      return {
        "document:exit"() {
          entries.forEach(([, alternatives], i) => {
            for (const hit of ctx.find([inlineConceptId(meta.id, i)])) {
              const s = usableHit(ctx, hit, filter);
              if (!s) continue;
              if (spec.requires && !near(ctx, s, spec.requires)) continue;
              if (spec.unless && near(ctx, s, spec.unless)) continue;
              const actual = ctx.doc.text.slice(hit.start, hit.end);
              ctx.report({
                at: hit,
                sentence: s.index,
                messageId: "default",
                data: { actual, expected: alternatives.map((a) => `'${a}'`).join(", ") },
                replacement: matchCase(actual, alternatives[0]),
                weight: roleWeight(meta, s.role, spec.roleWeights),
              });
            }
          });
        },
      };
    },
  };
}

function matchCase(actual: string, replacement: string): string {
  return /^\p{Lu}/u.test(actual) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
