import { clauseBreak, type Hit, type RuleContext } from "../../engine/rule-api.js";
import { clauseOf, hitsIn, hitsInClauseOf } from "./framing.js";

// Who does what in a victim-blaming clause: her (ze, de vrouw, het slachtoffer) or him (hij, de pleger, mannen). The
// blame is hers to carry only when she is the subject of the blamed act; "hij verzon een verhaal", "mannen die slaan,
// kiezen daar zelf voor" use the same words about him.

export const PARTY = ["gender-blamed-party"];
export const MAN = ["gender-blame-male-party"];
export const HE = ["gender-male-subject"];
/** Him as a subject: hij, the perpetrator nouns, men. */
export const HIM_SUBJECT = ["gender-male-subject", "gender-perpetrator", "men"];
export const PASSIVE = ["gender-passive-auxiliary"];
/** Generic "je" as the subject of a reproach ("dan heb je het aan jezelf te danken"): not his doing (fr-b). */
export const GENERIC_YOU = ["gender-generic-you"];

/**
 * Is she the subject of `h`: of her (ze, de vrouw, het slachtoffer) and "hij", the one right after the verb
 * (inversion: "toen sarde ze hem") or else the one nearest before it in its clause is her ("hij sloeg haar nadat ze
 * hem had uitgescholden"; not "hij treiterde haar", "bij ruzie treitert hij haar")?
 */
export function herDoing(ctx: RuleContext, h: Hit): boolean {
  const she = hitsInClauseOf(ctx, h, PARTY);
  const he = hitsInClauseOf(ctx, h, HE);
  // Word order reads the perpetrator nouns as well as "hij" ("De dader daagt het slachtoffer uit").
  const ordered = subjectByOrder(ctx, h, she, hitsInClauseOf(ctx, h, HIM_SUBJECT));
  if (ordered) return ordered === "she";
  const inverted = (hs: Hit[]) => hs.some((o) => o.tokStart === h.tokEnd);
  if (inverted(he)) return false;
  // Right after the verb she is its subject only when he does not stand before it: "toen sarde ze hem", but in "hij
  // daagde zijn ex-vrouw uit" she is the object.
  const him = nearestBefore(he, h);
  if (inverted(she) && him < 0) return true;
  const her = nearestBefore(she, h);
  return her >= 0 && her > him;
}

/**
 * Is he the subject of `h`, read over the whole sentence (a relative clause may stand between: "mannen die hun
 * partner slaan, kiezen daar zelf voor"): him right after the verb, or him nearer before it than her. Not in the
 * passive ("hij werd door haar uitgedaagd" blames her).
 */
export function hisDoing(ctx: RuleContext, h: Hit): boolean {
  if (hitsInClauseOf(ctx, h, PASSIVE).length > 0) return false;
  const { tokens } = ctx.doc;
  const inRelative = relativeClauses(ctx, h.sentence);
  // A candidate subject stands outside relative clauses ("mannen die hun vrouw slaan") and after no preposition ("bij een gewelddadige man").
  // "naar de man die haar slaat": the preposition may stand before an article or possessive.
  const afterPreposition = (t: number) => t > 0 && (PREPOSITIONS.has(tokens.normAt(t - 1)) || (t > 1 && DETERMINERS.has(tokens.normAt(t - 1)) && PREPOSITIONS.has(tokens.normAt(t - 2))));
  const subject = (o: Hit) => !inRelative(o.tokStart) && !afterPreposition(o.tokStart);
  const she = hitsIn(ctx, h.sentence, [...PARTY, ...GENERIC_YOU]).filter(subject);
  const he = hitsIn(ctx, h.sentence, HIM_SUBJECT).filter(subject);
  const ordered = subjectByOrder(ctx, h, she, he);
  if (ordered) return ordered === "he";
  if (he.some((o) => o.tokStart === h.tokEnd)) return true;
  if (she.some((o) => o.tokStart === h.tokEnd)) return false;
  const him = nearestBefore(he, h);
  return him >= 0 && him > nearestBefore(she, h);
}

/** Finite auxiliaries and modals that, right after a party, make it the subject of an infinitive at the clause's end. */
const AUXILIARIES = new Set(["kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "gaat", "gaan", "ging", "gingen", "probeert", "proberen", "probeerde", "durft", "durven"]);

/**
 * Who is the subject by Dutch word order, where nearness misleads (issue 13, fr-rel): the first party of the clause
 * right before or after a finite auxiliary, with the other party between that auxiliary and the verb ("Een slachtoffer kan
 * een dader uitdagen", "De dader kan het slachtoffer uitdagen"); or, with no party before a split verb, the party
 * right after the verb or its finite part, an article between ("Vaak daagt het slachtoffer de dader uit"). Null where word order does not decide.
 */
function subjectByOrder(ctx: RuleContext, h: Hit, she: Hit[], he: Hit[]): "she" | "he" | null {
  const [from] = clauseOf(ctx, h.tokStart);
  const tagged = [...she.map((o) => ({ o, who: "she" as const })), ...he.map((o) => ({ o, who: "he" as const }))].filter(({ o }) => o.tokStart >= from);
  const before = tagged.filter(({ o }) => o.tokEnd <= h.tokStart).sort((a, b) => a.o.tokStart - b.o.tokStart);
  const first = before[0];
  const { tokens } = ctx.doc;
  // The auxiliary right after the party, or right before it or its article (inversion: "Bij partnergeweld kan de pleger het slachtoffer uitdagen").
  const auxBefore = (t: number) => (t > from && AUXILIARIES.has(tokens.normAt(t - 1))) || (t - 1 > from && DETERMINERS.has(tokens.normAt(t - 1)) && AUXILIARIES.has(tokens.normAt(t - 2)));
  if (first && first.o.tokEnd < h.tokStart && (AUXILIARIES.has(tokens.normAt(first.o.tokEnd)) || auxBefore(first.o.tokStart))) {
    const between = before.some(({ o, who }) => who !== first.who && o.tokStart > first.o.tokEnd);
    if (between) return first.who;
  }
  if (before.length === 0) {
    const after = tagged.find(({ o }) => o.tokStart === h.tokStart + 1 || (o.tokStart === h.tokStart + 2 && DETERMINERS.has(tokens.normAt(h.tokStart + 1))));
    if (after) return after.who;
  }
  return null;
}

const PREPOSITIONS = new Set(["bij", "met", "van", "door", "naar", "tegen", "aan", "voor", "op", "om", "over", "tot", "zonder"]);
const RELATIVE = new Set(["die", "wie"]);
const DETERMINERS = new Set(["de", "het", "een", "haar", "zijn", "hun", "die", "deze"]);

/** Token ranges of relative clauses ("… die hun partner slaan,"): from the pronoun to the next comma or the sentence end. */
function relativeClauses(ctx: RuleContext, sentence: number): (tok: number) => boolean {
  const { tokens } = ctx.doc;
  const s = ctx.doc.sentences[sentence];
  const spans: Array<[number, number]> = [];
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (!RELATIVE.has(tokens.normAt(k)) || clauseBreak(ctx.doc, k - 1, k)) continue;
    let e = k + 1;
    while (e < s.tokenEnd && !clauseBreak(ctx.doc, e - 1, e)) e++;
    spans.push([k, e]);
  }
  return (tok) => spans.some(([a, b]) => tok > a && tok < b);
}

function nearestBefore(hs: Hit[], h: Hit): number {
  return hs.filter((o) => o.tokStart <= h.tokStart && o.tokEnd <= h.tokEnd).reduce((m, o) => Math.max(m, o.tokStart), -1);
}

/**
 * "zij werd door hem gekleineerd": the verb is done to her. "door hem steeds te sarren", "door hem jaloers te maken"
 * (the "te" before or inside the verb phrase) is her doing.
 */
export function passive(ctx: RuleContext, h: Hit): boolean {
  if (hitsInClauseOf(ctx, h, PASSIVE).length > 0) return true;
  const { tokens } = ctx.doc;
  let infinitive = h.tokStart > 0 && tokens.normAt(h.tokStart - 1) === "te";
  for (let k = h.tokStart; k < h.tokEnd && !infinitive; k++) infinitive = tokens.normAt(k) === "te";
  return !infinitive && hitsInClauseOf(ctx, h, MAN).some((m) => m.tokStart > 0 && tokens.normAt(m.tokStart - 1) === "door");
}
