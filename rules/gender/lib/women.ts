import type { Hit, RuleContext, Sentence } from "../../engine/rule-api.js";
import { CULTURALISED, FEMALE, genderedAsymmetry, has, hitsIn, MALE, sectionTitledWith, SHELTER, strongHit } from "./framing.js";

// Who is named as victim: explicit "geweld tegen vrouwen" terms, and women or girls named with victimhood
// or violence in one sentence, unless the sentence claims symmetry between the sexes.
export const VAW = ["violence-against-women"];
export const VICTIM = ["gender-victim-violence"];
/** Killing words (gender-coverage.yml): with women in the sentence they name women as victims. */
export const LETHAL = ["gender-lethal-violence"];
/** "treft", "raakt" (gender-coverage.yml): a victim word only with an asymmetry cue ("treft vooral vrouwen"). */
export const AFFECT = ["gender-affect-verb"];
/** Protection, safety, rights (gender-coverage.yml): women as the target group of the approach. */
export const PROTECTION = ["women-protection-cue"];
export const ASYMMETRY = ["gender-majority-cue"];
export const SYMMETRY = ["gender-symmetry-claim", "gender-both-sexes"];
/** "groter risico", "meer kans", "x keer zo groot" (gender-coverage.yml): women at greater risk than men. */
export const RISK = ["gender-risk-comparative"];
/** Female genital mutilation (violence-forms.yml): a form of violence against women when it is a topic of its own. */
export const FGM = ["fgm"];
/** The other harmful practices (violence-forms.yml, migrant-reach.yml): FGM named with them is an item of a list. */
export const PRACTICES = ["honour-based-violence", "forced-marriage", "abandonment-abroad", "harmful-traditional-practices"];
export const LGBTI = ["lgbti"];
/** "gaat het om", "het zijn" (gender-coverage.yml): an opening that refers back to the previous sentence's group. */
export const REFERENT = ["gender-referent-frame"];
/** Victims named in the sentence before a reference back (topic.yml). */
export const PRIOR_VICTIM = ["dv-victim"];

/**
 * A figure for women or girls at least this many times the figure for men or boys in the same sentence shows that
 * women are over-represented ("38% van de meisjes en 13% van de jongens"). A split such as 120.000 women and
 * 80.000 men is routinely presented as "zowel mannen als vrouwen" (seed 003 L3392), so it does not count.
 */
export const OVERREPRESENTATION_RATIO = 2;
/** Tokens between a figure and the group it counts ("38% van de meisjes": the figure is three tokens before). */
const FIGURE_REACH = 4;
/** Tokens between an LGBTI word and the women it qualifies ("lesbische vrouwen": adjacent). */
const LGBTI_MODIFIER_GAP = 0;

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twintig: 20,
  honderd: 100, duizend: 1000, helft: 0.5, derde: 1 / 3, kwart: 0.25,
};

/** The value of a number token: "38%", "120.000", "12,5", "drie". */
function valueOf(norm: string): number | undefined {
  if (norm in NUMBER_WORDS) return NUMBER_WORDS[norm];
  const digits = norm.replace(/%$/, "");
  if (!/^\d[\d.,]*$/.test(digits)) return undefined;
  const plain = /^\d{1,3}(?:\.\d{3})+$/.test(digits) ? digits.replace(/\./g, "") : digits.replace(",", ".");
  const v = Number(plain);
  return Number.isFinite(v) ? v : undefined;
}

/** The figure that counts a group: the nearest number before it (within reach); "1 op de 3 vrouwen" is 1/3. */
export function figureFor(ctx: RuleContext, h: Hit): number | undefined {
  const tokens = ctx.doc.tokens;
  const norm = (i: number) => tokens.normAt(i);
  const numbers = hitsIn(ctx, h.sentence, ["@number"]).filter((n) => n.tokEnd <= h.tokStart && h.tokStart - n.tokEnd <= FIGURE_REACH);
  const n = numbers.sort((a, b) => b.tokStart - a.tokStart)[0];
  if (!n) return undefined;
  const k = n.tokStart;
  const v = valueOf(norm(k));
  if (v === undefined) return undefined;
  if (k >= 3 && norm(k - 1) === "de" && norm(k - 2) === "op") {
    const num = valueOf(norm(k - 3));
    if (num !== undefined && v > 0) return num / v;
  }
  return v;
}

/** Are women named as an LGBTI group ("lesbische vrouwen", "trans vrouwen")? Then they are not named as women. */
export function lgbtiQualified(ctx: RuleContext, h: Hit): boolean {
  return hitsIn(ctx, h.sentence, LGBTI).some((l) => l.tokStart < h.tokEnd && h.tokStart - l.tokEnd <= LGBTI_MODIFIER_GAP);
}

/** Do the figures of this sentence show women over-represented against the men named beside them? */
function figuresShowMore(ctx: RuleContext, woman: Hit, men: Hit[]): boolean {
  const f = figureFor(ctx, woman);
  if (f === undefined) return false;
  const m = men.map((h) => figureFor(ctx, h)).filter((x): x is number => x !== undefined);
  return m.length > 0 && f >= OVERREPRESENTATION_RATIO * m.reduce((a, b) => Math.max(a, b), -Infinity);
}

/**
 * Women at greater risk: a comparative risk or chance in the sentence, and women named before any man, since the
 * men then stand after "dan"/"als" as the standard ("vrouwen lopen een groter risico op geweld dan mannen", "de kans
 * dat een vrouw slachtoffer wordt is drie keer zo groot als bij een man"); "mannen lopen een groter risico dan
 * vrouwen" names men first. Symmetry claims ("evenveel risico", "even groot") have no comparative.
 */
export function atGreaterRisk(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (!has(ctx, i, RISK) || has(ctx, i, SYMMETRY)) return false;
  const men = hitsIn(ctx, i, MALE).filter((m) => !lgbtiQualified(ctx, m));
  return men.every((m) => m.tokStart > h.tokStart);
}

/** Women named as one side only: no symmetry claim, and men beside them only with an asymmetry cue or figures. */
function oneSided(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (has(ctx, i, SYMMETRY)) return false;
  const men = hitsIn(ctx, i, MALE).filter((m) => !lgbtiQualified(ctx, m));
  return men.length === 0 || has(ctx, i, ASYMMETRY) || figuresShowMore(ctx, h, men) || atGreaterRisk(ctx, h);
}

/** Women or girls named as victims in this sentence (not a symmetric claim). */
export function womenAsVictims(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (lgbtiQualified(ctx, h)) return false;
  const victim = has(ctx, i, VICTIM) || has(ctx, i, LETHAL) || (has(ctx, i, AFFECT) && has(ctx, i, ASYMMETRY));
  return victim && oneSided(ctx, h);
}

/** Tokens from a sentence's start within which a reference back opens ("In de meeste gevallen gaat het om …"). */
const REFERENT_OPENING = 6;
/** Tokens from the reference back to the women it names ("het zijn vooral vrouwen"). */
const REFERENT_REACH = 3;

/**
 * Women or girls named as the main victims by reference back (cov-prev): the sentence before names victims, and this
 * one opens with "gaat het om", "betreft het", "het zijn" and says "meestal", "vooral" … ("… slachtoffer van huiselijk
 * geweld. Meestal gaat het om vrouwen."). The sentence need not repeat the word victim; men beside the women still
 * need an asymmetry cue, and a symmetry claim rules it out.
 */
export function womenAsReferredVictims(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (i === 0 || lgbtiQualified(ctx, h) || !has(ctx, i, ASYMMETRY)) return false;
  const s = ctx.doc.sentences[i];
  const prev = ctx.doc.sentences[i - 1];
  if (prev.block !== s.block || !has(ctx, prev.index, [...PRIOR_VICTIM, ...LETHAL])) return false;
  const opens = hitsIn(ctx, i, REFERENT).some((r) => r.tokStart - s.tokenStart <= REFERENT_OPENING && r.tokEnd <= h.tokStart && h.tokStart - r.tokEnd <= REFERENT_REACH);
  return opens && oneSided(ctx, h);
}

/** Words between a preposition and the group it governs ("door de vrouwen", "dan een vrouw", "door hun moeder"). */
const GROUP_DETERMINERS = new Set(["de", "het", "een", "hun", "zijn", "haar", "andere", "eigen"]);
/** Perpetrator nouns right after a female word ("vrouwelijke plegers", "vrouwelijke daders"; topic.yml). */
export const PERPETRATOR = ["dv-perpetrator"];

/**
 * Women named as the perpetrators or as the standard of a comparison, not as victims (cov-prev): the agent of a
 * passive ("door vrouwen mishandeld"), a female perpetrator ("vrouwelijke plegers"), or women after "dan" with men
 * named before them ("mannen zijn vaker slachtoffer van geweld op straat dan vrouwen": the men are the larger group).
 */
export function womenAsAgentOrStandard(ctx: RuleContext, h: Hit): boolean {
  const { word: before, at: k } = wordBefore(ctx, h);
  if (before === "door") return true;
  if (before === "dan" && hitsIn(ctx, h.sentence, MALE).some((m) => m.tokEnd <= k && !lgbtiQualified(ctx, m))) return true;
  return hitsIn(ctx, h.sentence, PERPETRATOR).some((p) => p.tokStart === h.tokEnd);
}

/** The word before a group, past its determiners ("tegen de mannen": "tegen"); "" at the sentence's start. */
function wordBefore(ctx: RuleContext, h: Hit): { word: string; at: number } {
  const tokens = ctx.doc.tokens;
  const first = ctx.doc.sentences[h.sentence].tokenStart;
  let k = h.tokStart - 1;
  while (k >= first && GROUP_DETERMINERS.has(tokens.normAt(k))) k--;
  return { word: k >= first ? tokens.normAt(k) : "", at: k };
}

/**
 * "Geweld tegen vrouwen" set beside violence against men without saying who is affected more ("alsof geweld tegen
 * vrouwen hetzelfde is als geweld tegen mannen", "geweld tegen vrouwen en tegen mannen"): a comparison of the two, not
 * violence against women named (cov-prev). With an asymmetry cue ("vaker dan geweld tegen mannen") it counts.
 */
export function besideViolenceAgainstMen(ctx: RuleContext, h: Hit): boolean {
  if (has(ctx, h.sentence, ASYMMETRY)) return false;
  return hitsIn(ctx, h.sentence, MALE).some((m) => !lgbtiQualified(ctx, m) && wordBefore(ctx, m).word === "tegen");
}

/** Women or girls named as the target group of protection ("vrouwen beschermen tegen geweld"). */
export function womenAsTarget(ctx: RuleContext, h: Hit): boolean {
  return !lgbtiQualified(ctx, h) && has(ctx, h.sentence, PROTECTION) && oneSided(ctx, h);
}

/** A heading or an entry of the table of contents. */
export function isHeading(s: Sentence): boolean {
  return s.blockType === "heading" || s.blockType === "contents";
}

/** Words that open a run of examples ("zoals", "bijvoorbeeld", "waaronder"; gender-coverage.yml). */
export const EXAMPLE_MARKER = ["gender-example-marker"];
/** Other forms of violence at home by name, beside which violence against women is one item of a list. */
export const OTHER_FORMS = ["dv-core", "gender-child-elder-abuse", "elder-abuse", "honour-based-violence", "forced-marriage", "stalking", "economic-violence", "psychological-violence"];
/** Tokens between the opening of the examples and the term ("zoals partnergeweld, stalking en geweld tegen vrouwen"). */
const EXAMPLE_REACH = 6;

/**
 * Violence against women as one example in a run of forms (covda): after "zoals", "bijvoorbeeld", "waaronder" and with
 * another form named beside it ("bekende vormen, zoals kindermishandeling en geweld tegen vrouwen"). A passing mention,
 * as FGM in a list of harmful practices is.
 */
export function listedAsOneForm(ctx: RuleContext, h: Hit): boolean {
  const marker = hitsIn(ctx, h.sentence, EXAMPLE_MARKER).find((m) => m.tokEnd <= h.tokStart && h.tokStart - m.tokEnd <= EXAMPLE_REACH);
  if (!marker) return false;
  // Another form in the run itself, after the opening: "huiselijk geweld, zoals geweld tegen vrouwen" names the whole
  // before its one example.
  // A form read across the term's last word ("vrouwen en kindermishandeling" as an elided compound) still counts; the
  // term itself, longer or not ("geweld tegen vrouwen en meisjes"), does not.
  return hitsIn(ctx, h.sentence, OTHER_FORMS).some((o) => o.tokStart >= marker.tokEnd && o.tokStart !== h.tokStart && (o.tokStart < h.tokStart || o.tokEnd > h.tokEnd));
}

/** FGM as a topic of its own: not one item of a list of harmful practices. */
export function fgmOwnTopic(ctx: RuleContext, h: Hit): boolean {
  return !has(ctx, h.sentence, PRACTICES);
}

/** Hits that name violence against women: explicit terms, women or girls named as victims or as the target, FGM. */
export function vawHits(ctx: RuleContext): Hit[] {
  const explicit = ctx.find(VAW).filter((h) => !has(ctx, h.sentence, SYMMETRY) && !besideViolenceAgainstMen(ctx, h));
  const named = ctx
    .find(FEMALE)
    .filter((h) => !womenAsAgentOrStandard(ctx, h) && !approachRejected(ctx, h))
    .filter((h) => womenAsVictims(ctx, h) || womenAsTarget(ctx, h) || womenAsReferredVictims(ctx, h))
    // "treft onevenredig vaak vrouwen", "het overgrote deel van de slachtoffers is vrouw": women named as the main
    // victims in so many words is concrete by itself, as an explicit term is; so is "meestal gaat het om vrouwen"
    // after a sentence on victims (its asymmetry cue is required).
    .map((h) =>
      (womenAsVictims(ctx, h) && (genderedAsymmetry(ctx, h.sentence) || atGreaterRisk(ctx, h))) || womenAsReferredVictims(ctx, h) ? strongHit(h) : h,
    );
  return [...explicit, ...named, ...ctx.find(FGM)];
}

/** A rejection as unnecessary ("geen reden voor", "niet nodig"; lexicon gender-neutral-stance). */
export const REJECTION = ["gender-stance-rejection"];
/** A separate or specific approach ("een aparte aanpak", "specifiek beleid"). */
export const SEPARATE = ["gender-separate-approach"];

/**
 * Women named in a separate approach the sentence rejects ("geen reden voor een aparte aanpak voor vrouwen"): the text
 * turns an approach for women down, it does not name them as the victims (gender-neutral-framing's stance finding).
 */
function approachRejected(ctx: RuleContext, h: Hit): boolean {
  return has(ctx, h.sentence, REJECTION) && has(ctx, h.sentence, SEPARATE);
}

/** In a passage on honour-based violence, harmful practices or the shelter (the sentence or its section title). */
export function culturalisedOrShelter(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  const ctxConcepts = [...CULTURALISED, ...SHELTER];
  return has(ctx, s.index, ctxConcepts) || sectionTitledWith(ctx, s, ctxConcepts);
}
