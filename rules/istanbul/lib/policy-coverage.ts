import { assessCoverage, bestGrades, type CoverageReport, type GradedHit, type Hit, type Role, type RuleContext } from "../../engine/rule-api.js";

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
  /**
   * A hit of these concepts must stand at most `words` words away ("geweld te voorkomen", not "voorkomen dat
   * slachtoffers tussen wal en schip vallen"); with `after`, only after the hit ("voorlichting aan huisartsen", not
   * "huisartsen geven voorlichting").
   */
  withNear?: { concepts: string[]; words: number; after?: boolean };
  /** Hits inside a hit of one of these concepts are passing mentions (weak). */
  weakInside?: string[];
  /** Hits in a sentence with one of these concepts are passing mentions (weak). */
  weakWith?: string[];
  /**
   * Hits with a hit of these concepts at most `words` words apart are passing mentions: a stock pairing that
   * punctuation splits, so no phrase can list it ("voorkomen, stoppen en oplossen").
   */
  weakNear?: { concepts: string[]; words: number };
  /**
   * Hits with at least `min` other items of these concepts at most `words` words away are one item of an
   * enumeration of task areas ("preventie, signalering, hulpverlening en nazorg"): passing mentions.
   */
  weakAmong?: { concepts: string[]; min: number; words: number };
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
  present?: { strong?: number; medium?: number; short?: number; shortHeaded?: boolean };
}

/** All concept ids the specs look for (for a rule's `uses`). */
export function conceptsOf(specs: PolicyEvidence[]): string[] {
  return [
    ...new Set(
      specs.flatMap((s) => [
        ...s.concepts,
        ...(s.with?.flat() ?? []),
        ...(s.withNear?.concepts ?? []),
        ...(s.weakInside ?? []),
        ...(s.weakWith ?? []),
        ...(s.weakNear?.concepts ?? []),
        ...(s.weakAmong?.concepts ?? []),
      ]),
    ),
  ];
}

/** The hits a spec accepts, graded weak or strong. */
function evidenceHits(ctx: RuleContext, spec: PolicyEvidence): GradedHit[] {
  let hits = ctx.find(spec.concepts);
  if (spec.with) {
    const groups = spec.with.map((g) => new Set(ctx.find(g).map((h) => h.sentence)));
    hits = hits.filter((h) => groups.every((g) => g.has(h.sentence)));
  }
  const withNear = spec.withNear;
  if (withNear) hits = hits.filter((h) => near(ctx, h, withNear.concepts, withNear.words, withNear.after));
  if (spec.keep) hits = hits.filter(spec.keep);
  const inside = spec.weakInside;
  const alongside = new Set(spec.weakWith ? ctx.find(spec.weakWith).map((h) => h.sentence) : []);
  return hits.map((hit) => {
    const weak =
      spec.weak ||
      alongside.has(hit.sentence) ||
      (inside !== undefined && ctx.hits.inSentence(hit.sentence, inside).some((x) => x.start <= hit.start && hit.end <= x.end)) ||
      (spec.weakNear !== undefined && near(ctx, hit, spec.weakNear.concepts, spec.weakNear.words)) ||
      (spec.weakAmong !== undefined && others(ctx, hit, spec.weakAmong.concepts, spec.weakAmong.words) >= spec.weakAmong.min);
    return { hit, grade: weak ? "weak" : spec.strong ? "strong" : undefined };
  });
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** Words between two hits of one sentence. */
const gap = (a: Hit, b: Hit) => (b.tokStart >= a.tokEnd ? b.tokStart - a.tokEnd : a.tokStart - b.tokEnd);

/** Is there a hit of these concepts in the hit's sentence (after it, if asked) with at most `words` words between the two? */
function near(ctx: RuleContext, hit: Hit, concepts: string[], words: number, after = false): boolean {
  return ctx.hits
    .inSentence(hit.sentence, concepts)
    .some((x) => !overlaps(x, hit) && (!after || x.tokStart >= hit.tokEnd) && gap(hit, x) <= words);
}

/** How many other items of these concepts stand at most `words` words from the hit (overlapping hits are one item). */
function others(ctx: RuleContext, hit: Hit, concepts: string[], words: number): number {
  const items: Hit[] = [];
  for (const x of ctx.hits.inSentence(hit.sentence, concepts)) {
    if (overlaps(x, hit) || gap(hit, x) > words || items.some((y) => overlaps(x, y))) continue;
    items.push(x);
  }
  return items.length;
}

/** A coverage check met by any of the kinds of evidence; passing mentions can make it partial at most. */
export function coverPolicy(ctx: RuleContext, specs: PolicyEvidence[], o: PolicyOptions = {}): CoverageReport {
  return assessCoverage(ctx, {
    concepts: [],
    ...bestGrades(specs.flatMap((s) => evidenceHits(ctx, s))),
    body: o.body ?? POLICY_BODY,
    // A motion, news item or council question with headings states its plan as briefly as one without (issue 13).
    present: { shortHeaded: true, ...o.present },
  });
}
