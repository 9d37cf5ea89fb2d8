import type { Hit } from "../../engine/match/matcher.js";
import type { CoverageReport, RuleContext } from "../../engine/rules/types.js";
import { assessHits, hitsIn, PERSPECTIVE } from "./framing.js";
import { culturalisedOrShelter, VAW, vawHits } from "./women.js";

// The assessments of two coverage checks, shared with the sentence rule that reports a document written in
// gender-neutral terms only.

export const NEUTRALITY = ["gender-neutrality-cue"];
export const HEDGE = ["gender-power-hedge"];
export const POLICY = ["gender-sensitive-policy"];

export function perspectiveCounts(ctx: RuleContext, h: Hit): boolean {
  const before = (concepts: string[], gap: number) => hitsIn(ctx, h.sentence, concepts).some((c) => c.tokEnd <= h.tokStart && h.tokStart - c.tokEnd <= gap);
  if (before(NEUTRALITY, 4)) return false;
  if ((h.concept === "power-inequality" || h.concept === "power-control-dynamics") && before(HEDGE, 4)) return false;
  return true;
}


/** gender/gender-perspective: gender as a factor. */
export function perspectiveCoverage(ctx: RuleContext): CoverageReport {
  const hits = ctx.find(PERSPECTIVE).filter((h: Hit) => perspectiveCounts(ctx, h));
  return assessHits(ctx, { hits, strong: POLICY });
}

/** gender/violence-against-women-named: violence against women named, women as victims. */
export function vawCoverage(ctx: RuleContext): CoverageReport {
  return assessHits(ctx, { hits: vawHits(ctx), strong: VAW, weak: (h) => culturalisedOrShelter(ctx, h) });
}
