import type { ExistenceFile } from "../schema.js";
import type { Rule, RuleMeta } from "../types.js";
import { near, roleWeight, ruleConcepts, usableHit } from "./shared.js";

/**
 * existence: every sentence with one of the concepts is a finding (one per sentence), unless it is
 * someone else's words, negated, outside the rule's roles, lacks a required context, or has a
 * counter-cue nearby (`unless`).
 */
export function existenceRule(meta: RuleMeta, spec: ExistenceFile): Rule {
  const concepts = ruleConcepts(meta, spec.concepts, !!spec.terms?.length);
  const filter = { roles: meta.roles, skipAttributed: spec.skipAttributed ?? true, skipNegated: spec.skipNegated ?? true };
  return {
    meta,
    uses: [...concepts, ...(spec.requires?.concepts ?? []), ...(spec.unless?.concepts ?? [])],
    create(ctx) {
      return {
        "document:exit"() {
          const done = new Set<number>();
          for (const hit of ctx.find(concepts)) {
            if (done.has(hit.sentence)) continue;
            const s = usableHit(ctx, hit, filter);
            if (!s) continue;
            if (spec.requires && !near(ctx, s, spec.requires)) continue;
            if (spec.unless && near(ctx, s, spec.unless)) continue;
            done.add(hit.sentence);
            ctx.report({
              at: hit,
              sentence: s.index,
              messageId: "default",
              data: { term: ctx.doc.text.slice(hit.start, hit.end) },
              weight: roleWeight(meta, s.role, spec.roleWeights),
            });
          }
        },
      };
    },
  };
}
