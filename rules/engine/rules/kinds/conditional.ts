import type { ConditionalFile } from "../schema.js";
import type { Rule, RuleMeta } from "../types.js";
import { near, roleWeight, ruleConcepts, usableHit } from "./shared.js";

/**
 * conditional: where one of `if` occurs (the trigger), one of `then` must occur within the scope
 * (sentence ± window, paragraph or section); otherwise the trigger is a finding. Example: a vague
 * commitment needs a number, date or owner in the same sentence.
 */
export function conditionalRule(meta: RuleMeta, spec: ConditionalFile): Rule {
  const triggers = ruleConcepts(meta, spec.if, !!spec.terms?.length);
  const then = { concepts: spec.then, scope: spec.within ?? "sentence", window: spec.window ?? 0 };
  const filter = { roles: meta.roles, skipAttributed: spec.skipAttributed ?? true, skipNegated: spec.skipNegated ?? true };
  return {
    meta,
    uses: [...triggers, ...spec.then, ...(spec.unless?.concepts ?? []), ...(spec.requires?.concepts ?? [])],
    create(ctx) {
      return {
        "document:exit"() {
          const done = new Set<number>();
          for (const hit of ctx.find(triggers)) {
            if (done.has(hit.sentence)) continue;
            const s = usableHit(ctx, hit, filter);
            if (!s) continue;
            if (spec.requires && !near(ctx, s, spec.requires)) continue;
            if (spec.unless && near(ctx, s, spec.unless)) continue;
            if (near(ctx, s, then)) continue;
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
