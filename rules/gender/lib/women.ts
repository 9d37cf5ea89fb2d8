import type { Hit } from "../../engine/match/matcher.js";
import type { RuleContext } from "../../engine/rules/types.js";
import { CULTURALISED, FEMALE, has, MALE, sectionTitledWith, SHELTER } from "./framing.js";

// Who is named as victim: explicit "geweld tegen vrouwen" terms, and women or girls named with victimhood
// or violence in one sentence, unless the sentence claims symmetry between the sexes.
export const VAW = ["violence-against-women"];
export const VICTIM = ["gender-victim-violence"];
export const ASYMMETRY = ["gender-majority-cue"];
export const SYMMETRY = ["gender-symmetry-claim", "gender-both-sexes"];

/** Women or girls named as victims in this sentence (not a symmetric claim). */
export function womenAsVictims(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (!has(ctx, i, VICTIM)) return false;
  if (has(ctx, i, SYMMETRY)) return false;
  if (has(ctx, i, MALE) && !has(ctx, i, ASYMMETRY)) return false;
  return true;
}

/** Hits that name violence against women: explicit terms, and women or girls named as victims. */
export function vawHits(ctx: RuleContext): Hit[] {
  const explicit = ctx.find(VAW).filter((h) => !has(ctx, h.sentence, SYMMETRY));
  const named = ctx.find(FEMALE).filter((h) => womenAsVictims(ctx, h));
  return [...explicit, ...named];
}

/** In a passage on honour-based violence, harmful practices or the shelter (the sentence or its section title). */
export function culturalisedOrShelter(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  const ctxConcepts = [...CULTURALISED, ...SHELTER];
  return has(ctx, s.index, ctxConcepts) || sectionTitledWith(ctx, s, ctxConcepts);
}

