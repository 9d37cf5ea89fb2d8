import type { Hit, RuleContext } from "../../engine/rule-api.js";
import { affirmedAround, clauseOf, denied, distanced, hitsIn, hitsInClauseOf, negatorIn, PARTNERS } from "./framing.js";
import { herDoing, HIM_SUBJECT, PARTY, passive } from "./blame-subject.js";

// Victim-blaming constructions of the second pass (issue 13 point 4, helper fr-vb; lexicon gender-blaming.yml). Each
// reads one Dutch form of the concept from word families in slots, so a new wording of the same thought is found
// without listing it: a separable verb with its particle far away, her conduct named as the cause, the counterfactual
// "had ze maar", the doubting "als het echt zo erg was", her share or role in the violence, the responsibility that
// "lies with" her, what she must learn so that it stops, and the precautions put on potential victims. Polarity is
// the rule's business (ownWords, refutations); these only find the form.

/** Every concept these constructions read (for the rule's `uses`). */
export const BLAME_FORMS_USES = [
  "gender-violence-act", "gender-violent-behaviour", "gender-blame-consequence", "gender-blame-helpseeking", "gender-blame-reproach", "gender-blame-cause-link",
  "gender-blame-sequence", "gender-blame-habit", "gender-blame-uitlok-stem", "gender-blame-particle-uit", "gender-blame-afroep-stem", "gender-blame-particle-afroep",
  "gender-partner-seek", "gender-blame-particle-op", "gender-leaving-explained", "gender-blame-claim", "gender-blame-duty", "gender-blame-aandik-stem", "gender-blame-particle-aandik", "gender-blame-her-conduct", "gender-blame-counterfactual",
  "gender-blame-really", "gender-blame-would-have", "gender-blame-done-leave", "gender-blame-leave", "gender-blame-remain", "gender-blame-undone", "gender-prevent", "gender-blame-share", "gender-blame-response",
  "gender-blame-responsibility", "gender-blame-lies", "gender-blame-lesson", "gender-blame-aim", "gender-blame-precaution", "gender-blamed-party", "gender-male-subject",
  "gender-perpetrator", "men", "gender-passive-auxiliary", "gender-blame-male-party", "sexual-violence", "gender-blame-also-her", "gender-blame-should-have",
  "gender-blame-endanger-stem", "gender-blame-particle-danger", "gender-protect",
  "gender-blame-goad", "gender-blame-provoke-verb", "gender-blame-advice", "gender-blame-avoid-advice", "gender-blame-professional-party", "ic-professionals", "gender-generic-you",
  "gender-blame-male-party", "gender-partner-persons", "dv-victim",
  "gender-blame-article", "gender-blame-sustain-stem", "gender-blame-particle-instand", "gender-blame-sustain", "gender-blame-sustained",
  "gender-modal-frame-past", "gender-modal-frame-conditional", "gender-modal-frame-obligation", "gender-modal-frame-enabled", "gender-subject-determiner", "gender-male-subject",
  "gender-escalation", "gender-conflict-word",
];
const VIOLENCE_WORDS = ["gender-violence-act", "gender-violent-behaviour", "gender-blame-consequence", "sexual-violence"];
const HELP = ["gender-blame-helpseeking"];
const REPROACH = ["gender-blame-reproach"];
const CAUSE = ["gender-blame-cause-link"];
/** "omdat", "doordat" are listed with the explanations of staying (gender-leaving-explained); here they link a cause. */
const EXPLAINED = ["gender-leaving-explained"];
const CAUSAL_CONJUNCTIONS = new Set(["omdat", "doordat"]);
const SEQUENCE = ["gender-blame-sequence"];
/** "steeds", "voortdurend", "urenlang": a habit held against her, not one event told. */
const HABIT = ["gender-blame-habit"];

/**
 * Stems of separable verbs and the particle that closes their clause; `self` asks for "zelf" in the clause ("zoekt het
 * zelf op"), `needs` a concept in the clause ("brengt de moeder haar kinderen in gevaar": the children).
 */
const SEPARABLE: Array<{ stem: string; particle: string[]; self?: boolean; needs?: string }> = [
  // "in de steek" is one of the duty words (gender-blame-duty): "laat de moeder haar kinderen in de steek".
  { stem: "gender-blame-endanger-stem", particle: ["gender-blame-particle-danger", "gender-blame-duty"], needs: "gender-protect" },
  { stem: "gender-blame-uitlok-stem", particle: ["gender-blame-particle-uit"] },
  { stem: "gender-blame-afroep-stem", particle: ["gender-blame-particle-afroep"] },
  // The seeking verbs of gender-partner-seek (zoekt, zocht): "zoeken het geweld toch ook zelf op".
  { stem: "gender-partner-seek", particle: ["gender-blame-particle-op"], self: true },
  { stem: "gender-blame-aandik-stem", particle: ["gender-blame-particle-aandik", "gender-blame-particle-op"] },
];
/** Words that may follow a separable verb's particle in the same clause ("lokte het geweld uit door …"). */
const AFTER_PARTICLE = new Set(["door", "met", "om", "en", "omdat", "doordat", "waardoor", "zodat", "toen", "als", "tot", "want", "maar", "dus", "bij", "zelf", "ook"]);

/** "lokte zij de klappen van haar partner uit", "riep ze de agressie van haar man over zich af": her as the subject of the stem, the particle closing the clause. */
export function separable(ctx: RuleContext): Hit[] {
  const { tokens } = ctx.doc;
  const out: Hit[] = [];
  for (const { stem, particle, self, needs } of SEPARABLE) {
    for (const h of ctx.find([stem])) {
      if (!herDoing(ctx, h) || passive(ctx, h)) continue;
      const [, to] = clauseOf(ctx, h.tokStart);
      const closes = hitsInClauseOf(ctx, h, particle).some((p) => p.tokStart >= h.tokEnd && (p.tokEnd === to || AFTER_PARTICLE.has(tokens.normAt(p.tokEnd))));
      if (!closes) continue;
      if (self && (!clauseTokens(ctx, h).includes("zelf") || hitsInClauseOf(ctx, h, HELP).length > 0)) continue;
      if (needs && hitsInClauseOf(ctx, h, [needs]).length === 0) continue;
      out.push(h);
    }
  }
  return out;
}

/**
 * "Door te blijven houdt het slachtoffer het geweld in stand", "daarmee hield zij de situatie in stand", "omdat zij de
 * mishandeling in stand houdt": she keeps the violence or the situation going (framing3). Her as the subject of
 * "houdt … in stand" (the particle after the stem in its clause) or of the whole verb, the violence or the situation
 * in the clause (not "zij hield de relatie in stand"), and no fear, dependency or danger named in the sentence (why
 * victims stay is no blame).
 */
export function sustaining(ctx: RuleContext): Hit[] {
  const what = [...VIOLENCE_WORDS, "gender-blame-sustained"];
  const ok = (h: Hit) => herDoing(ctx, h) && !passive(ctx, h) && hitsInClauseOf(ctx, h, what).length > 0 && hitsIn(ctx, h.sentence, EXPLAINED).length === 0;
  // The span from the stem to its particle ("hield zij de situatie in stand").
  const split = ctx.find(["gender-blame-sustain-stem"]).flatMap((h) => {
    const p = hitsInClauseOf(ctx, h, ["gender-blame-particle-instand"]).find((x) => x.tokStart > h.tokEnd);
    return p && ok(h) ? [{ concept: h.concept, start: h.start, end: p.end, tokStart: h.tokStart, tokEnd: p.tokEnd, sentence: h.sentence }] : [];
  });
  // "dragen bij aan het in stand houden van geweld": with an article before it the verb is a noun and has no subject.
  const noun = (h: Hit) => hitsIn(ctx, h.sentence, ["gender-blame-article"]).some((a) => a.tokEnd === h.tokStart);
  return [...split, ...ctx.find(["gender-blame-sustain"]).filter((h) => ok(h) && !noun(h))];
}

function clauseTokens(ctx: RuleContext, h: Hit): string[] {
  const [from, to] = clauseOf(ctx, h.tokStart);
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(ctx.doc.tokens.normAt(k));
  return out;
}

/** Cause words that name what follows them as the cause ("door haar gedrag", "een reactie op haar gezeur"). */
const CAUSE_BEFORE = new Set(["door", "vanwege", "doordat", "dankzij", "gevolg", "op"]);
/** Tokens between such a cause word and her conduct. */
const CAUSE_REACH = 3;

/**
 * Her conduct named as the cause of violence in the sentence: "door haar uitdagende houding riep ze de agressie over
 * zich af", "de mishandeling was een reactie op haar gezeur", "haar drankgebruik was de aanleiding". Not her
 * conduct changed by the violence ("haar gedrag veranderde door het geweld": the cause word stands after it).
 */
export function conductAsCause(ctx: RuleContext): Hit[] {
  const { tokens } = ctx.doc;
  return ctx.find(["gender-blame-her-conduct"]).filter((h) => {
    const causes = hitsIn(ctx, h.sentence, [...CAUSE, ...EXPLAINED]);
    const before = causes.some((c) => c.tokEnd <= h.tokStart && h.tokStart - c.tokEnd <= CAUSE_REACH && CAUSE_BEFORE.has(tokens.normAt(c.tokEnd - 1)));
    const after = hitsInClauseOf(ctx, h, CAUSE).some((c) => c.tokStart >= h.tokEnd && ["aanleiding", "oorzaak", "waardoor"].includes(tokens.normAt(c.tokStart)));
    return (before || after) && hitsIn(ctx, h.sentence, VIOLENCE_WORDS).some((v) => !denied(ctx, v) && (v.tokEnd <= h.tokStart || v.tokStart >= h.tokEnd));
  });
}

/**
 * "Had ze maar niet zo geschreeuwd, dan had hij haar niet geslagen", "als ze niet steeds …, had hij haar nooit
 * geslagen": an unfulfilled condition on her with the violence negated (or prevented) in its consequence. Not "als
 * ze niet was gevlucht, had hij haar gedood": there the violence is not undone.
 */
export function counterfactual(ctx: RuleContext): Hit[] {
  const { tokens, cues } = ctx.doc;
  // "Als ze eerder hulp had gekregen, was het niet zo ver gekomen": what she did not receive is no reproach (framing3).
  const received = (h: Hit, c: Hit) => hitsIn(ctx, h.sentence, ["gender-blame-undone"]).some((u) => u.tokStart >= h.tokEnd && u.tokEnd <= clauseOf(ctx, c.tokStart)[0]);
  return ctx.find(["gender-blame-counterfactual"]).filter((h) =>
    hitsIn(ctx, h.sentence, ["gender-blame-consequence"]).some((c) => {
      if (c.tokStart < h.tokEnd || received(h, c)) return false;
      if (tokens.normAt(c.tokStart) === "voorkomen") return true;
      const [from] = clauseOf(ctx, c.tokStart);
      for (let k = Math.max(from, h.tokEnd); k < c.tokStart; k++) if (cues.negators.has(tokens.normAt(k))) return true;
      return false;
    }),
  );
}

/** The auxiliaries of a past counterfactual consequence ("had ze toch aangifte gedaan", "was ze allang vertrokken"). */
const WOULD_HAVE_AUX = new Set(["had", "was", "hadden", "waren"]);

/**
 * "Als hij haar echt zo mishandelde, had ze toch veel eerder aangifte gedaan?": a condition that doubts her
 * experience ("als" … echt, werkelijk, zo erg), then what she would have done (had/was … toch, allang, eerder …
 * weggegaan, aangifte gedaan). Advice ("als het echt erg is, kan ze altijd aangifte doen") has no past auxiliary.
 */
export function reallyDoubt(ctx: RuleContext): Hit[] {
  const { tokens } = ctx.doc;
  return ctx.find(["gender-blame-really"]).filter((h) => {
    const [from] = clauseOf(ctx, h.tokStart);
    let conditional = false;
    for (let k = from; k < h.tokStart && !conditional; k++) conditional = tokens.normAt(k) === "als";
    if (!conditional) return false;
    const after = (cs: readonly string[]) => hitsIn(ctx, h.sentence, cs).filter((o) => o.tokStart >= h.tokEnd);
    const s = ctx.doc.sentences[h.sentence];
    let aux = false;
    for (let k = h.tokEnd; k < s.tokenEnd && !aux; k++) aux = WOULD_HAVE_AUX.has(tokens.normAt(k));
    return aux && after(PARTY).length > 0 && after(["gender-blame-would-have", ...REPROACH]).length > 0 && after(["gender-blame-done-leave", "gender-blame-leave", "gender-blame-remain"]).length > 0;
  });
}

/**
 * Her share in the violence: "het slachtoffer speelt zelf ook een rol in het ontstaan van het geweld", "zij is
 * medeverantwoordelijk": a share word with her as subject, violence in the sentence, and no word of the response
 * in its clause ("een rol bij het melden van geweld" is her role in the response).
 */
export function share(ctx: RuleContext): Hit[] {
  return ctx.find(["gender-blame-share"]).filter(
    (h) =>
      (herOnly(ctx, h) || hitsIn(ctx, h.sentence, ["gender-blame-also-her"]).length > 0) &&
      hitsInClauseOf(ctx, h, SHARE_ELSEWHERE).length === 0 &&
      !hitsInClauseOf(ctx, h, ["gender-blame-consequence"]).some((c) => c.tokStart > h.tokStart && ctx.doc.tokens.normAt(c.tokStart) === "voorkomen") &&
      hitsIn(ctx, h.sentence, VIOLENCE_WORDS).some((v) => !denied(ctx, v)),
  );
}

/** A role in the response, help, a report or leaving ("een rol bij het melden", "bij de aangifte"), not in the violence. */
const SHARE_ELSEWHERE = ["gender-blame-response", "gender-blame-helpseeking", "gender-blame-claim", "gender-blame-done-leave"];
/** Tokens between her and "mannen" that make the pair "mannen en vrouwen": both sexes, the talk of gender roles, not her. */
const PAIR_GAP = 2;

/** She is the subject, and not one of "mannen en vrouwen" ("opvattingen over de rol van mannen en vrouwen dragen bij"). */
function herOnly(ctx: RuleContext, h: Hit): boolean {
  if (!herDoing(ctx, h)) return false;
  const men = hitsIn(ctx, h.sentence, ["men"]);
  return !hitsIn(ctx, h.sentence, PARTY).some((p) => p.tokEnd <= h.tokStart && men.some((m) => Math.abs(m.tokEnd - p.tokStart) <= PAIR_GAP || Math.abs(p.tokEnd - m.tokStart) <= PAIR_GAP));
}

/** "had", "hadden": the past frame, a reproach by itself; "zou", "zouden": a recommendation, a reproach only with "zelf", "gewoon" (REPROACH). */
const MODAL_PAST = ["gender-modal-frame-past"];
const MODAL_CONDITIONAL = ["gender-modal-frame-conditional"];
const MODAL_MUST = ["gender-modal-frame-obligation"];
/** "zou … moeten kunnen", "moeten voelen": a right or a wish for her, not her task. */
const MODAL_ENABLED = ["gender-modal-frame-enabled"];
/** Words between the finite auxiliary and "moeten" in one clause ("had de vrouw veel eerder hulp moeten"); a phrase's gap holds three. */
const MODAL_REACH = 6;

/**
 * The modal frame over a clause (framing4): a finite "had"/"zou" and the first "moeten" after it in its clause, up to
 * MODAL_REACH words between and no other finite auxiliary of the frame there, as one hit from the auxiliary to "moeten"
 * ("had de vrouw al veel eerder aangifte moeten doen", "ze zou gewoon wat vaker voor zichzelf moeten opkomen"). "Zou … moeten"
 * counts only with a reproachful word in the clause; "moeten kunnen" not at all. With the lexicon phrase "had …
 * moeten" (gap of three) it is one list; the phrase's own hit stays where both match.
 */
function shouldHave(ctx: RuleContext): Hit[] {
  const phrases = ctx.find(["gender-blame-should-have"]);
  const frames: Hit[] = [];
  for (const f of ctx.find([...MODAL_PAST, ...MODAL_CONDITIONAL])) {
    if (phrases.some((p) => p.tokStart === f.tokStart)) continue;
    const [, to] = clauseOf(ctx, f.tokStart);
    const must = hitsIn(ctx, f.sentence, MODAL_MUST).find((m) => m.tokStart >= f.tokEnd && m.tokEnd <= to && m.tokStart - f.tokEnd <= MODAL_REACH);
    if (!must) continue;
    if (hitsIn(ctx, f.sentence, [...MODAL_PAST, ...MODAL_CONDITIONAL]).some((o) => o.tokStart > f.tokStart && o.tokEnd <= must.tokStart)) continue;
    if (hitsIn(ctx, f.sentence, MODAL_ENABLED).some((a) => a.tokStart === must.tokEnd)) continue;
    const frame: Hit = { concept: "gender-blame-should-have", start: f.start, end: must.end, tokStart: f.tokStart, tokEnd: must.tokEnd, sentence: f.sentence };
    if (MODAL_CONDITIONAL.includes(f.concept) && hitsInClauseOf(ctx, frame, REPROACH).length === 0) continue;
    frames.push(frame);
  }
  return [...phrases, ...frames];
}

/**
 * What she should have done to protect herself or the children: "de moeder had haar kinderen moeten beschermen",
 * with her as the subject (not "de politie had de moeder moeten beschermen").
 */
export function shouldHaveProtected(ctx: RuleContext): Hit[] {
  // "Het slachtoffer had beschermd moeten worden": what she should have received (framing3).
  const undergone = (h: Hit) => hitsInClauseOf(ctx, h, ["gender-passive-auxiliary"]).some((u) => u.tokStart >= h.tokEnd);
  return shouldHave(ctx).filter((h) => herDoing(ctx, h) && hitsInClauseOf(ctx, h, ["gender-protect"]).length > 0 && !undergone(h));
}

/**
 * What she should have done or not, in a passage about violence (fr-b): "ze had haar mond moeten houden", "na de eerste
 * klap had ze direct moeten vertrekken", "de vrouw had de mishandeling kunnen voorkomen". Her as the subject (also
 * right after "had"), violence in the sentence or next to it; not what she should have received or undergone ("had
 * hulp moeten krijgen", "had beschermd moeten worden"); "had … kunnen" only with preventing.
 */
/** "de", "het", "een", "haar", "zijn": a determiner that opens the subject before the finite verb. */
const SUBJECT_DETERMINER = ["gender-blame-article", "gender-subject-determiner"];

/**
 * Does a subject stand before the finite auxiliary `h` in its clause, so that her right after it is the object? A
 * noun phrase opening the clause ("De hulpverlening had de vrouw moeten steunen", "haar huisarts had …") or "hij"
 * before it ("hij had zijn vrouw moeten …"); not an adverb or a prepositional phrase ("eigenlijk had de vrouw …",
 * "bij huiselijk geweld had het slachtoffer …") (framing4).
 */
function subjectBefore(ctx: RuleContext, h: Hit, from: number): boolean {
  if (from >= h.tokStart) return false;
  if (hitsIn(ctx, h.sentence, SUBJECT_DETERMINER).some((d) => d.tokStart === from)) return true;
  return hitsIn(ctx, h.sentence, HIM_SUBJECT).some((x) => x.tokStart >= from && x.tokEnd <= h.tokStart);
}

export function shouldHaveDone(ctx: RuleContext): Hit[] {
  return shouldHave(ctx).filter((h) => {
    // "had het slachtoffer eerder hulp moeten zoeken": an article may stand between "had" and her (framing3).
    const article = hitsIn(ctx, h.sentence, ["gender-blame-article"]).some((a) => a.tokStart === h.tokStart + 1);
    const [from, to] = clauseOf(ctx, h.tokStart);
    const parties = hitsIn(ctx, h.sentence, PARTY);
    // With a subject before the auxiliary she must be that subject ("de vrouw had …"), not the object after it.
    if (subjectBefore(ctx, h, from)) {
      if (!parties.some((p) => p.tokStart >= from && p.tokEnd <= h.tokStart) || !herDoing(ctx, h)) return false;
    } else if (!parties.some((p) => p.tokStart === h.tokStart + 1 || (article && p.tokStart === h.tokStart + 2)) && !herDoing(ctx, h)) return false;
    // Received or undergone: "had hulp moeten krijgen", "had beschermd moeten worden" (the passive auxiliary).
    if (hitsIn(ctx, h.sentence, ["gender-blame-undone", "gender-passive-auxiliary"]).some((u) => u.tokStart >= h.tokStart && u.tokStart < to)) return false;
    const modal = ctx.doc.tokens.normAt(h.tokEnd - 1);
    if (modal !== "moeten" && !hitsInClauseOf(ctx, h, ["gender-prevent"]).length) return false;
    return affirmedAround(ctx, ctx.doc.sentences[h.sentence], ["gender-violence-act", "gender-violent-behaviour", "dv-core", "gender-partner-violence-context"]);
  });
}

/** "Een deel van de verantwoordelijkheid ligt bij de vrouw zelf": responsibility, then lies with, then her, in one clause. */
export function liesWithHer(ctx: RuleContext): Hit[] {
  const { tokens } = ctx.doc;
  const out: Hit[] = [];
  for (const p of ctx.find(PARTY)) {
    if (p.tokStart === 0 || tokens.normAt(p.tokStart - 1) !== "bij" || ctx.negated(p)) continue;
    const lies = hitsInClauseOf(ctx, p, ["gender-blame-lies"]).some((l) => l.tokEnd <= p.tokStart);
    const resp = hitsInClauseOf(ctx, p, ["gender-blame-responsibility"]).find((r) => r.tokEnd <= p.tokStart);
    if (lies && resp) out.push(resp);
  }
  return out;
}

/**
 * What she must learn or change so that the violence stops, as the measure: "om het geweld te laten stoppen, moet
 * het slachtoffer leren haar grenzen aan te geven", "slachtoffers leren hoe zij kunnen voorkomen dat hun partner
 * agressief wordt", "het antwoord op partnergeweld is dat vrouwen weerbaarder worden". Her as subject, an aim word
 * and violence in the sentence; not where the sentence offers help or training (weerbaarheid as support).
 */
export function lesson(ctx: RuleContext): Hit[] {
  return ctx.find(["gender-blame-lesson"]).filter(
    (h) => herDoing(ctx, h) && aimedAtViolence(ctx, h),
  );
}

/**
 * Precautions put on potential victims as the answer to violence: "de beste bescherming tegen seksueel geweld: let op
 * je drankje en ga nooit alleen naar huis", "meiden moeten zich niet zo uitdagend kleden als ze niet aangerand
 * willen worden". Not where the sentence offers help or training.
 */
export function precaution(ctx: RuleContext): Hit[] {
  return ctx.find(["gender-blame-precaution"]).filter((h) => aimedAtViolence(ctx, h));
}

function aimedAtViolence(ctx: RuleContext, h: Hit): boolean {
  const { tokens } = ctx.doc;
  // "zodat" (a cause link) and "voorkomen" (what would not have happened) are aims too.
  const aim =
    hitsIn(ctx, h.sentence, ["gender-blame-aim"]).length > 0 ||
    hitsIn(ctx, h.sentence, [...CAUSE, "gender-blame-consequence"]).some((c) => ["zodat", "voorkomen"].includes(tokens.normAt(c.tokStart)));
  return aim && hitsIn(ctx, h.sentence, VIOLENCE_WORDS).length > 0 && hitsIn(ctx, h.sentence, HELP).length === 0;
}

/**
 * A narration: her act and his violence told one after the other ("zij schold hem uit, waarna hij haar
 * mishandelde"), with no word of cause or reproach in the sentence. Decision (issue 13, fr-vb): the sequence alone
 * reports what happened; the blame needs a cause, a trigger or a reproach ("pas nadat", "waardoor", "zelf", "steeds").
 */
export function narration(ctx: RuleContext, h: Hit): boolean {
  const s = h.sentence;
  const because = hitsIn(ctx, s, EXPLAINED).some((e) => CAUSAL_CONJUNCTIONS.has(ctx.doc.tokens.normAt(e.tokStart)));
  return hitsIn(ctx, s, SEQUENCE).length > 0 && hitsIn(ctx, s, [...CAUSE, ...REPROACH, ...HABIT]).length === 0 && !because;
}

/** "boos maken", "irriteren", "provoceren", "uitdagen": angering or provoking him. */
const ANGERING = ["gender-blame-goad", "gender-blame-provoke-verb"];
/** "escaleren", "uit de hand lopen": letting the quarrel get out of hand, the other thing a tip tells her not to do (framing4). */
const ESCALATING = ["gender-escalation"];
/** "de ruzie", "het conflict": what she is told not to let escalate. */
const QUARREL = ["gender-conflict-word"];
/** Tokens between a reporting verb and the speaker of a tip ("zeggen hulpverleners vaak"). */
const SPEAKER_REACH = 3;

/** Is token k a reporting verb or "volgens", "aldus" (lexicon cues)? */
function reportingAt(ctx: RuleContext, k: number): boolean {
  const n = ctx.doc.tokens.normAt(k);
  return ctx.doc.cues.reportingVerbs.has(n) || ctx.doc.cues.accordingTo.has(n);
}

/**
 * "Probeer hem niet boos te maken, zeggen hulpverleners vaak": a later clause of the sentence that opens with a
 * reporting verb (or "aldus") reports the tip before it, as a reporting verb before a colon reports the tip after it
 * ("Mensen zeggen vaak: probeer …"); the engine reads neither as someone else's words.
 */
function reportedAround(ctx: RuleContext, v: Hit): boolean {
  const s = ctx.doc.sentences[v.sentence];
  // "Hulpverleners zeggen vaak: probeer …": a reporting verb before a colon that opens the tip.
  const [tipFrom, tipTo] = clauseOf(ctx, v.tokStart);
  if (/:\s*$/.test(ctx.doc.text.slice(s.start, ctx.doc.tokens.start[tipFrom]))) {
    for (let k = s.tokenStart; k < tipFrom; k++) if (reportingAt(ctx, k)) return true;
  }
  // The later clauses, each opened by its first token ("…, zeggen hulpverleners vaak").
  for (let k = tipTo; k < s.tokenEnd; ) {
    const [from, to] = clauseOf(ctx, k);
    if (reportingAt(ctx, from)) return true;
    if (to <= k) break;
    k = to;
  }
  return false;
}

/** Is the hit the speaker of a reported tip: a reporting verb within SPEAKER_REACH tokens of it ("hulpverleners zeggen", "zeggen hulpverleners")? */
function speaker(ctx: RuleContext, o: Hit): boolean {
  const s = ctx.doc.sentences[o.sentence];
  for (let k = Math.max(s.tokenStart, o.tokStart - SPEAKER_REACH); k < Math.min(s.tokenEnd, o.tokEnd + SPEAKER_REACH); k++) if (reportingAt(ctx, k)) return true;
  return false;
}
/** "vermijd", "voorkom": advice that holds its own negation ("vermijd het hem te provoceren"). */
const AVOID_ADVICE = "gender-blame-avoid-advice";
/** "probeer", "zorg dat", "doe er goed aan", "kun je beter", "vermijd": advice. */
const ADVICE = ["gender-blame-advice", AVOID_ADVICE];
/** Him or the partner as the one not to be angered ("hem", "je partner", "haar man"). */
const ANGERED = ["gender-blame-male-party", ...PARTNERS];
/** Professionals and their clients: guidance on de-escalation for a profession, not advice to a victim. */
const PROFESSIONAL = ["ic-professionals", "gender-blame-professional-party"];
/** "je", "jij": the reader addressed. */
const YOU = ["gender-generic-you"];
/** "het slachtoffer", "slachtoffers": the victim named as the one advised. */
const VICTIM = ["dv-victim"];
/** Sentences around a de-escalation tip in which the partner's violence makes it a tip against violence. */
const TIP_WINDOW = 1;

/**
 * A de-escalation tip addressed to the (potential) victim: advice ("probeer", "zorg dat", "kun je beter", "vermijd") to
 * the reader (an imperative opening the sentence, or "je") or to the victim by name ("het slachtoffer doet er goed
 * aan …"), not to anger or provoke him or the partner (a negation between advice and verb, or "vermijd"/"voorkom"), with
 * violence in the sentence or next to it ("Zorg dat je hem niet provoceert, dan slaat hij minder snel", "Heb je een
 * partner die slaat? Probeer hem niet boos te maken."). It makes preventing his violence her task. Not beside a
 * professional or a client (guidance for a profession: "als hulpverlener probeer je de cliënt niet te provoceren"),
 * and not without violence near (relationship advice: "wil je minder ruzie? probeer je partner niet te provoceren")
 * (framing, eighth session).
 */
export function appeasing(ctx: RuleContext): Hit[] {
  const { sentences } = ctx.doc;
  const escalating = new Set(ctx.find(ESCALATING));
  return [...ctx.find(ANGERING), ...escalating].filter((v) => {
    const s = sentences[v.sentence];
    // A tip someone else gives, before it ("Mensen zeggen vaak: probeer …") or after it ("…, zeggen hulpverleners
    // vaak"). Decision (framing4), as ownWords reads reported speech: a view the text describes only where it keeps it
    // at a distance (the public, a lay party, a distancing verb: lib/framing distanced); an expert's or an official's
    // tip is one the text passes on.
    const reported = ctx.attributed(v) || reportedAround(ctx, v);
    if (reported && distanced(ctx, s)) return false;
    const advice = hitsIn(ctx, s.index, ADVICE).filter((a) => a.tokEnd <= v.tokStart);
    if (advice.length === 0) return false;
    // An imperative opens the sentence or, after a colon, its clause ("Hulpverleners zeggen vaak: probeer …").
    const opening = advice.some((a) => a.tokStart === s.tokenStart || /:\s*$/.test(ctx.doc.text.slice(s.start, a.start)));
    const victim = hitsIn(ctx, s.index, VICTIM).some((x) => x.tokEnd <= v.tokStart);
    if (!opening && !victim && hitsIn(ctx, s.index, YOU).length === 0) return false;
    // Not to anger him: a negation between the advice and the verb, or advice that avoids by itself.
    const a = advice[advice.length - 1];
    if (!negatorIn(ctx, a.tokEnd, v.tokStart) && !advice.some((x) => x.concept === AVOID_ADVICE)) return false;
    // Him or the partner between the advice and the verb; a perpetrator word only with the victim named as the one advised.
    // "Probeer de ruzie niet te laten escaleren": the quarrel as what is not to escalate.
    const objects = escalating.has(v) ? QUARREL : victim ? [...ANGERED, "gender-perpetrator"] : ANGERED;
    const object = hitsIn(ctx, s.index, objects).some((o) => o.tokStart >= a.tokStart && o.tokEnd <= v.tokStart);
    if (!object) return false;
    for (let k = s.index - TIP_WINDOW; k <= s.index + TIP_WINDOW; k++) {
      const o = sentences[k];
      // The speaker of a reported tip ("zeggen hulpverleners") is not the profession it guides.
      if (o && o.block === s.block && hitsIn(ctx, k, PROFESSIONAL).some((p) => !(reported && k === s.index && speaker(ctx, p)))) return false;
    }
    // In the tip's own sentence the violence may be what the tip is to prevent ("zodat het geweld niet escaleert",
    // "dan slaat hij niet"); next to it, it must be affirmed ("Heb je een partner die slaat?").
    return hitsIn(ctx, s.index, VIOLENCE_WORDS).length > 0 || affirmedAround(ctx, s, VIOLENCE_WORDS, TIP_WINDOW);
  });
}
