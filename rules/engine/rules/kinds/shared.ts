import type { Hit } from "../../match/matcher.js";
import type { Sentence } from "../../text/document.js";
import type { Role } from "../../types.js";
import type { WindowSpec } from "../schema.js";
import type { RuleContext, RuleMeta } from "../types.js";

/** How much a finding weighs by where it stands: a stereotype in a measure weighs more than one in the analysis. */
export const DEFAULT_ROLE_WEIGHTS: Record<Role, number> = {
  measures: 1,
  "vision-goals": 1,
  monitoring: 0.9,
  other: 0.8,
  "problem-analysis": 0.7,
  definitions: 0.6,
  appendix: 0.5,
};

export interface HitFilter {
  roles: Role[];
  skipAttributed: boolean;
  skipNegated: boolean;
}

/** The common gate for sentence-level rules: not a footnote, in a wanted role, the author's own, not negated. */
export function usableHit(ctx: RuleContext, hit: Hit, f: HitFilter): Sentence | null {
  const s = ctx.sentenceOf(hit);
  if (s.blockType === "footnote") return null;
  if (f.roles.length > 0 && !f.roles.includes(s.role)) return null;
  if (f.skipAttributed && ctx.attributed(hit)) return null;
  if (f.skipNegated && ctx.negated(hit)) return null;
  return s;
}

/** Does a hit of these concepts end at most `gap` tokens before `h` in its sentence ("ongeacht gender", "soms macht")? */
export function precededBy(ctx: RuleContext, h: Hit, concepts: readonly string[], gap: number): boolean {
  return ctx.hits.inSentence(h.sentence, concepts).some((c) => c.tokEnd <= h.tokStart && h.tokStart - c.tokEnd <= gap);
}

/**
 * Ratios of two numbers in sentence `i` ("negen op de tien", "1 op de 50"): the @number right before a link of the
 * given concepts (the caller's word for it, lexicon ratio-link) and the one right after it, as [first, second], in the
 * links' order. Shared by modules that read a ratio as a share.
 */
export function numberRatios(ctx: RuleContext, i: number, link: readonly string[]): Array<[Hit, Hit]> {
  const numbers = ctx.hits.inSentence(i, ["@number"]);
  const out: Array<[Hit, Hit]> = [];
  for (const l of ctx.hits.inSentence(i, link)) {
    const first = numbers.find((n) => n.tokEnd === l.tokStart);
    const second = numbers.find((n) => n.tokStart === l.tokEnd);
    if (first && second) out.push([first, second]);
  }
  return out;
}

interface Presence {
  sentences: Set<number>;
  blocks: Set<number>;
  sections: Set<number>;
}
const presenceCache = new WeakMap<RuleContext, Map<string, Presence>>();

/** Where any of these concepts occurs (sentences, blocks, sections); computed once per scan. */
export function presence(ctx: RuleContext, concepts: readonly string[]): Presence {
  let perCtx = presenceCache.get(ctx);
  if (!perCtx) presenceCache.set(ctx, (perCtx = new Map()));
  const key = concepts.join("|");
  let p = perCtx.get(key);
  if (!p) {
    p = { sentences: new Set(), blocks: new Set(), sections: new Set() };
    for (const h of ctx.find(concepts)) {
      const s = ctx.doc.sentences[h.sentence];
      p.sentences.add(s.index);
      p.blocks.add(s.block);
      p.sections.add(s.section);
    }
    perCtx.set(key, p);
  }
  return p;
}

/** Is there a hit of `spec.concepts` near sentence `s` (same sentence, ±window sentences, paragraph or section)? */
export function near(ctx: RuleContext, s: Sentence, spec: WindowSpec): boolean {
  const p = presence(ctx, spec.concepts);
  const scope = spec.scope ?? "sentence";
  if (scope === "section") return p.sections.has(s.section);
  if (scope === "paragraph") return p.blocks.has(s.block);
  const w = spec.window ?? 0;
  for (let k = s.index - w; k <= s.index + w; k++) {
    if (p.sentences.has(k) && ctx.doc.sentences[k]?.block === s.block) return true;
  }
  return false;
}

export function roleWeight(meta: RuleMeta, role: Role, weights?: Partial<Record<Role, number>>): number {
  return weights?.[role] ?? DEFAULT_ROLE_WEIGHTS[role];
}

/** The concepts a declarative rule looks for: corpus concepts plus its own inline terms. */
export function ruleConcepts(meta: RuleMeta, concepts: string[] | undefined, hasTerms: boolean): string[] {
  return [...(concepts ?? []), ...(hasTerms ? [inlineConceptId(meta.id)] : [])];
}

export function inlineConceptId(ruleId: string, n?: number): string {
  return n === undefined ? `${ruleId}#terms` : `${ruleId}#${n}`;
}
