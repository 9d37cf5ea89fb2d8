import { presence, type Hit, type Role, type RuleContext } from "../../engine/rule-api.js";

// A paragraph-level pitfall: a measure (a campaign, a pilot) for migrants announced in the policy body,
// with nothing in the same or the next paragraph that completes it (a follow-up, a reach measurement,
// structural funding). One finding per paragraph, at the first trigger, so a list of campaigns does not
// produce a finding per sentence.

export interface PitfallSpec {
  /** Concepts that announce the measure. */
  trigger: string[];
  /** Concepts that complete it; any of them in the same or the next block clears the paragraph. */
  then: string[];
  /** Concepts that put the paragraph in a migrant context (same or previous block, or the section heading). */
  context: string[];
  /** Roles the rule looks at. */
  roles: Role[];
  /** The sentence must announce something (a commitment cue such as "we organiseren", "start", "pilot"). */
  commitment?: string[];
}

export function paragraphPitfalls(ctx: RuleContext, spec: PitfallSpec): Hit[] {
  const doc = ctx.doc;
  const then = presence(ctx, spec.then);
  const context = presence(ctx, spec.context);
  const commit = spec.commitment ? presence(ctx, spec.commitment) : null;
  const done = new Set<number>();
  const out: Hit[] = [];
  for (const hit of ctx.find(spec.trigger)) {
    const s = doc.sentences[hit.sentence];
    if (done.has(s.block)) continue;
    if (s.blockType === "footnote" || s.blockType === "heading") continue;
    if (spec.roles.length > 0 && !spec.roles.includes(s.role)) continue;
    if (ctx.attributed(hit) || ctx.negated(hit)) continue;
    if (commit && !commit.sentences.has(s.index)) continue;
    const section = doc.sections[s.section];
    const inContext =
      context.blocks.has(s.block) ||
      (s.block > 0 && context.blocks.has(s.block - 1) && doc.sentences.some((x) => x.block === s.block - 1 && x.section === s.section)) ||
      (section.headingBlock >= 0 && context.blocks.has(section.headingBlock));
    if (!inContext) continue;
    if (then.blocks.has(s.block) || (then.blocks.has(s.block + 1) && doc.sentences.some((x) => x.block === s.block + 1 && x.section === s.section))) continue;
    done.add(s.block);
    out.push(hit);
  }
  return out;
}
