import type { Hit } from "../../engine/match/matcher.js";
import { assessCoverage, bestGrades, type GradedHit } from "../../engine/rules/kinds/coverage.js";
import type { CoverageReport, RuleContext } from "../../engine/rules/types.js";
import type { Role } from "../../engine/types.js";

// Coverage for the policy articles (art. 6-16) when one list of concepts is not enough: a check is met by
// several kinds of evidence, some of which only count with a companion in the same sentence ("training" with a
// professional group, "plegers" with help or treatment), and some of which are passing mentions at most (a lone
// experience expert for art. 9, a register without any breakdown for art. 11, the stock formula "voorkomen en
// bestrijden" for art. 12). Passing mentions are weak: they make a check partial, never present. Everything else
// goes through the engine's own assessment (body vs analysis vs appendix, commitment cues, negation, reported
// speech), so these checks read a document exactly as the declarative coverage rules do.

export interface PolicyEvidence {
  concepts: string[];
  /** Every group needs a hit in the same sentence. */
  with?: string[][];
  /** Hits inside a hit of one of these concepts are passing mentions (weak). */
  weakInside?: string[];
  /** Hits in a sentence with one of these concepts are passing mentions (weak). */
  weakWith?: string[];
  /** This kind of evidence is a passing mention at most. */
  weak?: boolean;
  /** Every accepted hit is concrete by itself (strong in the body). */
  strong?: boolean;
  /** A last filter on the hits. */
  keep?: (h: Hit) => boolean;
}

/**
 * The policy body for these checks: goals, measures and monitoring, and also the general parts (summary,
 * introduction, a news text about the policy), where a plan states what it will do. Not the problem analysis,
 * definitions or appendices, which stay passing mentions.
 */
export const POLICY_BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

export interface PolicyOptions {
  body?: Role[];
  present?: { strong?: number; medium?: number; short?: number };
}

/** All concept ids the specs look for (for a rule's `uses`). */
export function conceptsOf(specs: PolicyEvidence[]): string[] {
  return [...new Set(specs.flatMap((s) => [...s.concepts, ...(s.with?.flat() ?? []), ...(s.weakInside ?? []), ...(s.weakWith ?? [])]))];
}

/** The hits a spec accepts, graded weak or strong. */
function evidenceHits(ctx: RuleContext, spec: PolicyEvidence): GradedHit[] {
  let hits = ctx.find(spec.concepts);
  if (spec.with) {
    const groups = spec.with.map((g) => new Set(ctx.find(g).map((h) => h.sentence)));
    hits = hits.filter((h) => groups.every((g) => g.has(h.sentence)));
  }
  if (spec.keep) hits = hits.filter(spec.keep);
  const inside = spec.weakInside;
  const alongside = new Set(spec.weakWith ? ctx.find(spec.weakWith).map((h) => h.sentence) : []);
  return hits.map((hit) => {
    const weak =
      spec.weak ||
      alongside.has(hit.sentence) ||
      (inside !== undefined && ctx.hits.inSentence(hit.sentence, inside).some((x) => x.start <= hit.start && hit.end <= x.end));
    return { hit, grade: weak ? "weak" : spec.strong ? "strong" : undefined };
  });
}

/** A coverage check met by any of the kinds of evidence; passing mentions can make it partial at most. */
export function coverPolicy(ctx: RuleContext, specs: PolicyEvidence[], o: PolicyOptions = {}): CoverageReport {
  return assessCoverage(ctx, {
    concepts: [],
    ...bestGrades(specs.flatMap((s) => evidenceHits(ctx, s))),
    body: o.body ?? POLICY_BODY,
    present: o.present,
  });
}
