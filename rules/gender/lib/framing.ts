import type { Hit } from "../../engine/match/matcher.js";
import { assessCoverage, BODY_ROLES } from "../../engine/rules/kinds/coverage.js";
import { DEFAULT_ROLE_WEIGHTS, presence } from "../../engine/rules/kinds/shared.js";
import type { CoverageReport, RuleContext } from "../../engine/rules/types.js";
import type { Sentence } from "../../engine/text/document.js";
import { hasTitledSections } from "../../engine/text/sections.js";
import type { Role } from "../../engine/types.js";

// Shared helpers for the gender module: concept groups, context tests, the author's own words, role weights,
// and a coverage assessment over a filtered set of hits.

export const FEMALE = ["women", "girls"];
export const MALE = ["men", "boys"];
export const SEXES = [...FEMALE, ...MALE];
/** Words that show a text treats gender as a factor (gender-framing.yml and groups.yml). */
export const PERSPECTIVE = ["gender-perspective-term", "gender-sensitive-policy", "power-inequality", "gender-roles-norms", "power-control-dynamics", "lgbti"];
/** Anything that puts a passage in a domestic-violence context. */
export const DV_CONTEXT = ["dv-core", "dv-context", "gender-partner-violence-context"];
/** Honour-based violence and harmful practices; shelter. */
export const CULTURALISED = ["gender-culturalised-context"];
export const SHELTER = ["gender-shelter-context"];

/**
 * Role weights for framing findings: a framing in a goal or measure is policy, in the analysis it may be a
 * description, in an appendix or a definition it weighs least (Atria: the three parts of a policy).
 */
export const FRAMING_WEIGHTS: Partial<Record<Role, number>> = {
  measures: 1.2,
  "vision-goals": 1.2,
  monitoring: 1,
  other: 0.9,
  "problem-analysis": 0.7,
  definitions: 0.8,
  appendix: 0.5,
};

export function weightOf(role: Role, weights: Partial<Record<Role, number>> = FRAMING_WEIGHTS): number {
  return weights[role] ?? DEFAULT_ROLE_WEIGHTS[role];
}

/** Does sentence `index` contain a hit of one of these concepts? */
export function has(ctx: RuleContext, index: number, concepts: readonly string[]): boolean {
  return ctx.hits.inSentence(index, concepts).length > 0;
}

/** Hits of these concepts in sentence `index`. */
export function hitsIn(ctx: RuleContext, index: number, concepts: readonly string[]): Hit[] {
  return ctx.hits.inSentence(index, concepts);
}

/** A hit of these concepts within ±window sentences of the same block. */
export function nearBy(ctx: RuleContext, s: Sentence, concepts: readonly string[], window: number): boolean {
  for (let k = s.index - window; k <= s.index + window; k++) {
    const o = ctx.doc.sentences[k];
    if (o && o.block === s.block && has(ctx, k, concepts)) return true;
  }
  return false;
}

/** A hit of these concepts anywhere in the section of `s` (its heading included). */
export function inSection(ctx: RuleContext, s: Sentence, concepts: readonly string[]): boolean {
  return presence(ctx, concepts).sections.has(s.section);
}

/** Is the section of `s`, or one of its parent sections, titled with one of these concepts? */
export function sectionTitledWith(ctx: RuleContext, s: Sentence, concepts: readonly string[]): boolean {
  const headings = new Set<number>();
  let sec = ctx.doc.sections[s.section];
  while (sec && sec.index > 0) {
    headings.add(sec.headingBlock);
    sec = ctx.doc.sections[sec.parent ?? 0];
  }
  const p = presence(ctx, concepts);
  for (const b of headings) if (p.blocks.has(b)) return true;
  return false;
}

/**
 * The author's own, affirmed words: not a footnote, not someone else's words, not negated. (The engine's negation
 * stops at a relative clause: "we denken niet zo snel aan stellen die over en weer slaan" is a framing.)
 */
export function ownWords(ctx: RuleContext, hit: Hit): Sentence | null {
  const s = ctx.doc.sentences[hit.sentence];
  if (s.blockType === "footnote") return null;
  if (ctx.attributed(hit)) return null;
  if (ctx.negated(hit)) return null;
  return s;
}

/** A document without headings that name a role counts as policy body throughout (engine rule); otherwise goals, measures and monitoring. */
export function inBody(ctx: RuleContext, s: Sentence, roles: readonly Role[] = BODY_ROLES): boolean {
  return !hasTitledSections(ctx.doc.sections) || roles.includes(s.role);
}

/** Do tokens a and b (token indices) lie within `gap` tokens of each other in one sentence? */
export function tokensNear(a: Hit, b: Hit, gap: number): boolean {
  return a.sentence === b.sentence && (Math.abs(a.tokStart - b.tokEnd) <= gap || Math.abs(b.tokStart - a.tokEnd) <= gap);
}

/** Hits a check has marked as concrete evidence by themselves. */
const concrete = new WeakSet<Hit>();

/** Marks a hit as concrete evidence (strong wherever it stands in the body). */
export function strongHit(h: Hit): Hit {
  if (concrete.has(h)) return h;
  const c = { ...h };
  concrete.add(c);
  return c;
}

export interface ScopedCoverage {
  /** Hits that count as a mention, in any order. */
  hits: Hit[];
  /** Concepts whose mention is concrete by itself. */
  strong?: string[];
  /** Mentions that count as weak only (a passing mention in another context). */
  weak?: (h: Hit) => boolean;
  body?: Role[];
  present?: { strong?: number; medium?: number; short?: number };
}

/**
 * Runs the engine's coverage assessment over a chosen set of hits, so a check keeps the generic
 * strong/medium/weak logic, the per-role statuses and the evidence while deciding itself which
 * mentions count.
 */
export function assessHits(ctx: RuleContext, o: ScopedCoverage): CoverageReport {
  const strong = new Set(o.strong ?? []);
  const byPlace = new Map<string, Hit>();
  for (const h of o.hits) {
    const key = `${h.concept}|${h.start}|${h.end}`;
    if (!byPlace.has(key) || concrete.has(h)) byPlace.set(key, h);
  }
  return assessCoverage(ctx, {
    concepts: [],
    hits: [...byPlace.values()],
    grade: (h) => (o.weak?.(h) ? "weak" : concrete.has(h) || strong.has(h.concept) ? "strong" : undefined),
    body: o.body,
    present: o.present,
  });
}

/** Reports a framing finding at a hit, weighted by the role of its section. */
export function reportAt(
  ctx: RuleContext,
  at: { start: number; end: number; sentence: number },
  messageId: string,
  data: Record<string, string>,
  weights: Partial<Record<Role, number>> = FRAMING_WEIGHTS,
): void {
  const s = ctx.doc.sentences[at.sentence];
  ctx.report({ at: { start: at.start, end: at.end }, sentence: s.index, messageId, data, weight: weightOf(s.role, weights) });
}

/** The matched words of a hit. */
export function termOf(ctx: RuleContext, h: { start: number; end: number }): string {
  return ctx.doc.text.slice(h.start, h.end).replace(/\s+/g, " ");
}
