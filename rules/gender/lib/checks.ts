import { assessCoverage, precededBy, type CoverageReport, type Hit, type Role, type RuleContext } from "../../engine/rule-api.js";
import { gradedHits, PERSPECTIVE } from "./framing.js";
import { culturalisedOrShelter, FGM, fgmOwnTopic, isHeading, listedAsOneForm, VAW, vawHits } from "./women.js";

// The assessments of two coverage checks, shared with the sentence rule that reports a document written in
// gender-neutral terms only.

export const NEUTRALITY = ["gender-neutrality-cue"];
export const HEDGE = ["gender-power-hedge"];
export const POLICY = ["gender-sensitive-policy"];
/** More words for gender as a factor (gender-coverage.yml): masculinity norms, feminism, equality. */
export const PERSPECTIVE_MORE = ["gender-norms-masculinity"];
/** Men as victims, women as perpetrators: a gender-specific analysis only as a heading (gender-coverage.yml). */
export const SEX_ROLE_TOPIC = ["sex-role-topic"];

/** The office before a portfolio's name ("wethouder van Emancipatie"): a title, no perspective (gender-coverage.yml). */
export const PORTFOLIO = ["portfolio-title"];
/** Words of a portfolio's name between its office and the gender word ("minister van Onderwijs, Cultuur en Emancipatie"). */
const PORTFOLIO_REACH = 4;

export function perspectiveCounts(ctx: RuleContext, h: Hit): boolean {
  if (precededBy(ctx, h, NEUTRALITY, 4)) return false;
  // A portfolio's name is a title; only a capitalised gender word continues it ("wethouder van Emancipatie"), whereas
  // "de wethouder van plan is om emancipatie …" speaks of the thing.
  if (/^\p{Lu}/u.test(ctx.doc.text.slice(h.start, h.start + 1)) && precededBy(ctx, h, PORTFOLIO, PORTFOLIO_REACH)) return false;
  if ((h.concept === "power-inequality" || h.concept === "power-control-dynamics") && precededBy(ctx, h, HEDGE, 4)) return false;
  return true;
}


/** gender/gender-perspective: gender as a factor. */
export function perspectiveCoverage(ctx: RuleContext): CoverageReport {
  const hits = ctx.find([...PERSPECTIVE, ...PERSPECTIVE_MORE]).filter((h: Hit) => perspectiveCounts(ctx, h));
  const headings = ctx.find(SEX_ROLE_TOPIC).filter((h) => isHeading(ctx.doc.sentences[h.sentence]));
  return assessCoverage(ctx, { graded: gradedHits([...hits, ...headings]), strong: POLICY });
}

/**
 * Where naming women as the main victims counts as the policy's own statement: that is a finding about the problem, so
 * the analysis and the general parts count besides goals, measures and monitoring (three plain mentions or one
 * concrete one make it present). An appendix or a definition stays a passing mention (seed 003 Bijlage 2). Gender as a
 * factor keeps Atria's rule: it must reach the vision, the goals or the measures.
 */
export const VAW_BODY: Role[] = ["vision-goals", "measures", "monitoring", "other", "problem-analysis"];

/** gender/violence-against-women-named: violence against women named, women as victims. */
export function vawCoverage(ctx: RuleContext): CoverageReport {
  const fgm = new Set(FGM);
  // The term listed as one form, and "vrouwen" inside it (also read as women named with violence).
  const listed = ctx.find(VAW).filter((v) => listedAsOneForm(ctx, v));
  const inListed = (h: Hit) => listed.some((v) => v.sentence === h.sentence && h.tokStart >= v.tokStart && h.tokEnd <= v.tokEnd);
  const weak = (h: Hit) => (fgm.has(h.concept) ? !fgmOwnTopic(ctx, h) : culturalisedOrShelter(ctx, h) || inListed(h));
  return assessCoverage(ctx, { graded: gradedHits(vawHits(ctx), weak), strong: VAW, body: VAW_BODY });
}
