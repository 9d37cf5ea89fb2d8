import { clauseBreak, defineRule, precededBy, type Hit, type RuleContext } from "../engine/rule-api.js";
import { HE, herDoing, PARTY } from "./lib/blame-subject.js";
import { childOrElderOnly, clauseOf, CONTRARY_BELIEF, COUNTER_CUE, countered, has, hitsIn, hitsInClauseOf, inClause, nearBy, negatedInside, negatorIn, ownWords, PATTERN, REFUTATION, RELATIONSHIP, reportAt, sectionTitledWith, termOf } from "./lib/framing.js";

// Violence explained by circumstances: stress, poverty, debts, unemployment, alcohol or the lockdown named as the
// cause of partner or domestic violence ("Huiselijk geweld ontstaat vaak door spanningen in het
// gezin" (the tension is symmetric-conflict-framing's), "Oorzaken van huiselijk geweld zijn armoede, werkloosheid en stress", "corona heeft tot meer huiselijk
// geweld geleid"), or an exchange that "leads to" a blow ("een poging om te praten leidde tot een klap"). Those
// circumstances are risk factors; as the cause they take power, control and the perpetrator out of the picture
// (Atria; GREVIO G1).
//
// A sentence counts when a causal frame joins a circumstance and violence in the right order: "X leidt tot /
// veroorzaakt / zorgt voor Y" (cause before, violence after), "Y ontstaat door / komt voort uit / is het gevolg
// van X" (violence before, cause after), "Y door / doordat X" (right after the violence), "oorzaken van Y zijn X".
// Violence named as the cause ("als gevolg van het geweld raken slachtoffers in de schulden") is no framing.
// Not when the sentence calls the circumstance a risk factor in the same clause ("vergroot de kans op", "speelt
// een rol", "hangt samen met"), names power and control, refutes the idea, is negated ("leidt niet tot"), or
// gives someone else's words ("de politie denkt dat ..."). Only about violence between partners or in the family:
// a domestic-violence term or the relationship in the sentence or next to it; child and elder abuse explained by
// stress are not this framing.
/**
 * "het verlies van zijn baan", "het inkomen valt weg": loss of work or income as a phrase too (fr-cause); "het
 * financieel moeilijk hebben", "moeilijk rond kunnen komen": lack of money as a household's state (framing3).
 */
const CIRCUMSTANCE = ["gender-stress-cause", "gender-stress-cause-extra", "gender-financial-hardship"];
/** An exchange that "leads to" a blow. A quarrel or tension as the cause is symmetric-conflict-framing's finding. */
const QUARREL = ["gender-violence-trigger"];
const CAUSE = [...CIRCUMSTANCE, ...QUARREL];
/** Violence between partners or at home (not child or elder abuse by name), or "de toename" of it in such a passage. */
/** "De escalatie kwam door de schulden": escalation as a noun, only as an effect here (gender-escalation-noun, fr-stress2). */
const EFFECT = ["gender-violence-act", "gender-violent-behaviour", "gender-partner-violence-context", "gender-escalation", "gender-escalation-noun", "gender-increase-noun"];
const FORWARD = ["gender-cause-forward", "gender-turn-into"];
/**
 * "Alcohol lokt vaak agressie tegen de partner uit": the stem of a provoking verb and its particle closing the clause,
 * with more words between than a phrase's gap allows; a forward frame with the violence inside (fr-stress2). With her
 * as the subject it is victim-blaming's (blame-forms separable), with a circumstance as the cause it is this rule's.
 */
const PROVOKE_STEM = ["gender-blame-uitlok-stem"];
const PROVOKE_PARTICLE = ["gender-blame-particle-uit"];
const BACKWARD = ["gender-cause-backward"];
/**
 * "Huiselijk geweld is een manier waarop mensen met frustratie omgaan", "geweld is voor hem een uitlaatklep voor stress":
 * violence as a way of coping with a circumstance (framing5). The way noun needs a verb of coping after it in its clause
 * (gender-coping-verb), the outlet noun carries the coping itself; "een manier om macht uit te oefenen" names no circumstance.
 */
const COPING_WAY = ["gender-coping-way"];
const COPING_OUTLET = ["gender-coping-outlet"];
const COPING_VERB = ["gender-coping-verb"];
/** "is", "dient als": the violence made the way; without it the way is someone else's ("kinderen leren op een goede manier …"). */
const COPING_COPULA = ["gender-coping-copula"];
/** Tokens between the violence and the way noun ("geweld is voor veel daders een manier"). */
const COPING_GAP = 5;
/** "heeft te maken met": an explanation only with the violence itself as the subject, right before it. */
const ASSOCIATION = ["gender-cause-association"];
/** "slachtoffers van huiselijk geweld hebben te maken met schulden": the violence qualifies a person or household. */
const HOLDER = ["gender-victimhood-predicate", "gender-couple-unit", "gender-neutral-collective", ...RELATIONSHIP];
/** Tokens between the violence and an association frame ("huiselijk geweld heeft vaak te maken met"). */
const ASSOCIATION_GAP = 2;
/** "geweld naar aanleiding van drankgebruik": a causal preposition of several words, like "door" (fr-cause). */
const NEAR = ["gender-cause-near", "gender-cause-near-phrase"];
/** "doordat", "omdat": the short causal words that open a clause. */
const CONJUNCTION = ["gender-cause-conjunction"];
/** "als", "wanneer", "toen": opening the sentence before a violent act they make the circumstance in their clause its trigger. */
const CONDITION = ["gender-condition-conjunction"];
/** "Met de crisis neemt het geweld toe": a preposition that is causal only opening a clause, with an increase after it. */
const LEADING = ["gender-cause-leading"];
/** "Waardoor ontstaat huiselijk geweld?": a question after the cause, answered in the next sentence. */
const QUESTION = ["gender-cause-question"];
const NOUN = ["gender-cause-noun", "gender-cause-noun-head"];
/**
 * Risk wording; compounds such as "risicoverhogende factoren", "risico-indicator" too; and a relation both ways
 * ("zowel oorzaak als gevolg", "en omgekeerd", "een wisselwerking"), which makes the circumstance no explanation (fr-cause).
 */
const TWO_WAY = ["gender-two-way-cause"];
/** "maar", "echter": a turn that sets what follows against what came before (gender-refutation-turn). */
const TURN = ["gender-refutation-turn"];
const RISK = ["gender-risk-cue", "gender-risk-compound"];
const INCREASE = ["gender-increase"];
/** "de toename", "een piek": an increase as a noun (an effect too, see EFFECT). */
const INCREASE_NOUN = ["gender-increase-noun"];
const DV_CORE = ["dv-core", "gender-partner-violence-context"];
const HOME = [...DV_CORE, ...RELATIONSHIP];
/** "geweld door een dronken partner": a person between "door" and the circumstance makes it an agent. */
const PERSON = [...RELATIONSHIP, "gender-perpetrator"];
/**
 * Tokens after the circumstance in which that person may follow ("door een dronken partner"): none, the person
 * qualified by the circumstance stands right after it; "door de stress in gezinnen" names a place, not an agent.
 */
const AGENT_REACH = 0;
/** Tokens between a causal verb and its cause or effect. */
const REACH = 12;
/** "geweld door stress": tokens between the violence and "door", and between "door" and the cause. */
const NEAR_REACH = 3;
/** "oorzaken van (de toename van het huiselijk) geweld": tokens between the noun and the violence. */
const NOUN_REACH = 6;
/** "de oorzaak is stress, schulden en alcohol": the cause may open an enumeration running past a comma. */
const ENUMERATION = 6;
/** Sentences around the framing in which the relationship or a domestic-violence term places it at home. */
const HOME_WINDOW = 1;
/** Sentences around it in which a domestic-violence term does. */
const DV_WINDOW = 2;
/** "Het ontstaat vaak door stress", "Dit is het gevolg van armoede": a reference to the violence named just before. */
const ANAPHOR = ["gender-violence-anaphor"];
/** Auxiliaries and adverbs that may stand between the reference and the causal phrase ("Het is vaak een gevolg van"). */
const BRIDGE = ["gender-anaphor-bridge", "gender-majority-extra"];
/** "De belangrijkste oorzaken zijn werkloosheid en schulden", after a sentence on domestic violence. */
const CAUSE_HEAD = ["gender-cause-noun-head"];
/**
 * "Onder invloed van alcohol sloeg hij zijn vrouw", "onder invloed slaan mensen sneller": drink or drugs as the
 * state in which a violent act is done, in one clause with it (issue 13, a13f: a slot construction).
 */
const INTOXICATION = ["gender-intoxication"];
/** "Dan kan het escaleren", "Daardoor slaan ouders door": the next sentence opening with the consequence (lexicon gender-consequence-opener). */
const CONSEQUENCE = ["gender-consequence-opener"];
/** Tokens before the consequence word at the start of its sentence ("En dan …"). */
const CONSEQUENCE_OPENING = 1;
/** Escalation as the consequence ("kan het escaleren", "loopt het uit de hand"). */
const ESCALATION = ["gender-escalation"];
/**
 * "Uit frustratie over zijn ontslag sloeg hij zijn vrouw", "door de drank werd hij agressief": a circumstance or state
 * of mind as the motive of a violent act in its clause, built like INTOXICATION (issue 13, h-fr3).
 */
const MOTIVE = ["gender-motive-circumstance"];
/**
 * "…, dan volgt een golf aan meldingen": a word for an increase, figurative or not, with the counted
 * cases after it, standing for the violence the sentence before names (fr-cause).
 */
const WAVE = ["gender-increase-noun", "gender-wave-noun"];
const CASES = ["gender-case-noun"];
/** Words for the violence itself, without the increase nouns that EFFECT also holds: the wave is one of those. */
const VIOLENCE_ITSELF = EFFECT.filter((c) => !INCREASE_NOUN.includes(c));
/** Tokens between the increase word and the cases ("een stijging van het aantal meldingen"). */
const WAVE_GAP = 3;
/** "Omdat slachtoffers schulden hebben, …": victims in the conjunction's clause make the circumstance theirs, not a cause of the violence. */
const VICTIMS = ["gender-victimhood-predicate"];
/** A violent act; "mishandelde", "bedreigde" only here, so the symmetric and gender-neutral rules keep their verbs (fr-stress2). */
const ACT = ["gender-violent-behaviour", "gender-abuse-finite"];
/** Words for violence in the sentence before, or the heading, that a reference points back to. */
const REFERENT = [...DV_CORE, "gender-violence-act", "gender-violent-behaviour"];

/**
 * Does sentence `i` speak of violence named just before it without naming it itself? No violence in the sentence,
 * and an affirmed domestic-violence term in the sentence before (same paragraph, or the heading right above it),
 * or the sentence opens a paragraph in a section titled with domestic violence.
 */
function refersBack(ctx: RuleContext, i: number, own: readonly string[] = EFFECT): boolean {
  if (has(ctx, i, own)) return false;
  const s = ctx.doc.sentences[i];
  const prev = ctx.doc.sentences[i - 1];
  if (prev && (prev.block === s.block || prev.blockType === "heading") && hitsIn(ctx, prev.index, REFERENT).some((v) => !ctx.negated(v))) return true;
  return (!prev || prev.block !== s.block) && sectionTitledWith(ctx, s, DV_CORE);
}

/**
 * References that stand for the violence in a causal phrase: "Het ontstaat vaak door", "Vaak ontstaat het door",
 * "Dit is vaak een gevolg van": right before the phrase (only auxiliaries and adverbs between) or inside it.
 */
function anaphors(ctx: RuleContext, frame: Hit): Hit[] {
  const i = frame.sentence;
  if (!refersBack(ctx, i)) return [];
  const bridge = hitsIn(ctx, i, BRIDGE);
  const bridged = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!bridge.some((b) => b.tokStart <= k && k < b.tokEnd)) return false;
    return true;
  };
  return hitsIn(ctx, i, ANAPHOR).filter((a) => (a.tokStart > frame.tokStart && a.tokEnd < frame.tokEnd) || (a.tokEnd <= frame.tokStart && bridged(a.tokEnd, frame.tokStart)));
}

/**
 * The token of a "dan" that opens the main clause after a conditional clause, right after a comma or a dash
 * ("Als …, … en …, dan neemt het geweld toe"), between `from` and `to`; -1 if there is none.
 */
function thenAfter(ctx: RuleContext, from: number, to: number): number {
  const { tokens, text } = ctx.doc;
  for (let k = from + 1; k < to - 1; k++) if (tokens.normAt(k) === "dan" && /[,–—-]/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return k;
  return -1;
}

/** "kon het niet meer aan", "hield het niet meer": overload idioms whose "niet" is their own (issue 13, "kan niet meer"). */
const OVERLOAD = ["gender-overload-idiom"];

/**
 * Phrases whose negation word is their own and stays inside them. "Gebrek aan geld leidt tot klappen", "een gebrek
 * aan perspectief veroorzaakt agressie": a circumstance that opens with a negation word names a lack as the cause;
 * "hij kon het door de schulden niet meer aan en sloeg zijn vrouw": an idiom of overload. Their negation covers the
 * phrase, not the verb and the violence after it, so a negation before a hit is looked for only after such a phrase (a
 * negation before the phrase still negates the phrase itself: "niet een gebrek aan geld leidt tot geweld").
 */
function ownNegationPhrases(ctx: RuleContext): RuleContext {
  const phrases = (i: number) => [...hitsIn(ctx, i, CIRCUMSTANCE).filter((c) => negatorIn(ctx, c.tokStart, c.tokStart + 1)), ...hitsIn(ctx, i, OVERLOAD)];
  return {
    ...ctx,
    negated(hit: Hit, from?: number) {
      const start = phrases(hit.sentence).reduce((m, c) => (c.tokEnd <= hit.tokStart ? Math.max(m, c.tokEnd) : m), from ?? 0);
      return ctx.negated(hit, start);
    },
  };
}

/** "Met haar gedrag lokt ze het geweld uit": she is the subject of the provoking verb, victim-blaming's finding. */
function herProvoking(ctx: RuleContext, frame: Hit): boolean {
  return hitsIn(ctx, frame.sentence, PROVOKE_STEM).some((v) => v.tokStart >= frame.tokStart && v.tokEnd <= frame.tokEnd && herDoing(ctx, v));
}

/** Separable provoking verbs as forward frames: from the stem to the particle that closes its clause. */
function provokeFrames(ctx: RuleContext): Hit[] {
  const out: Hit[] = [];
  for (const stem of ctx.find(PROVOKE_STEM)) {
    const [, to] = clauseOf(ctx, stem.tokStart);
    const particle = hitsIn(ctx, stem.sentence, PROVOKE_PARTICLE).find((p) => p.tokStart > stem.tokStart && p.tokEnd === to);
    // Hits may keep their fields on a prototype: build the frame field by field.
    if (particle) out.push({ concept: FORWARD[0], start: stem.start, end: particle.end, tokStart: stem.tokStart, tokEnd: particle.tokEnd, sentence: stem.sentence });
  }
  return out;
}

type Side = "before" | "after";
type Kind = "forward" | "backward" | "near" | "noun" | "association" | "leading" | "coping";

/** The nearest hit on one side of the frame within `reach` tokens, cause or effect. */
function nearest(hits: Hit[], frame: Hit, side: Side, reach: number): Hit | undefined {
  const onSide = hits.filter((h) => (side === "before" ? h.tokEnd <= frame.tokStart && frame.tokStart - h.tokEnd <= reach : h.tokStart >= frame.tokEnd && h.tokStart - frame.tokEnd <= reach));
  return onSide.sort((a, b) => (side === "before" ? b.tokEnd - a.tokEnd : a.tokStart - b.tokStart))[0];
}

/** The cause this frame names, if it joins a circumstance (cause) and violence (effect) in the right order. */
function causeOf(ctx: RuleContext, frame: Hit, kind: Kind): Hit | undefined {
  if (kind === "association") return associatedCause(ctx, frame);
  if (kind === "coping") return copedCause(ctx, frame);
  if (kind === "leading") return opensClause(ctx, frame.tokStart) ? leadingCause(ctx, frame) : undefined;
  // "Door de lockdown neemt het geweld toe" opens a clause; "geweld, vanwege de wanhoop" follows the violence.
  if (kind === "near" && opensClause(ctx, frame.tokStart) && !violenceRightBefore(ctx, frame)) return leadingCause(ctx, frame);
  const i = frame.sentence;
  const outside = (h: Hit) => h.tokEnd <= frame.tokStart || h.tokStart >= frame.tokEnd;
  const causes = hitsIn(ctx, i, CAUSE).filter(outside);
  const own = hitsIn(ctx, i, EFFECT).filter((h) => !causes.some((c) => c.start === h.start));
  // "Huiselijk geweld komt veel voor. Het ontstaat vaak door stress.": the reference stands for the violence.
  const effects = kind === "backward" ? [...own, ...anaphors(ctx, frame)] : own;
  const isEffect = (h: Hit | undefined) => !!h && effects.includes(h);
  // "Drank kan een risicofactor zijn, maar de oorzaak van het geweld is controle": a turn opening a clause between the
  // circumstance and the frame sets the cause the frame names against it (framing4); "is toch vaak de oorzaak" is no turn.
  const turns = hitsIn(ctx, i, TURN).filter((t) => clauseOf(ctx, t.tokStart)[0] === t.tokStart);
  const unturned = (c: Hit) => !turns.some((t) => (t.tokStart >= c.tokEnd && t.tokEnd <= frame.tokStart) || (t.tokStart >= frame.tokEnd && t.tokEnd <= c.tokStart));
  const isCause = (h: Hit | undefined) => !!h && causes.includes(h) && unturned(h);
  const all = [...causes, ...effects];
  if (kind === "forward") {
    // "stress leidt tot geweld": the nearest word before is the cause; violence follows (a chain may lie between),
    // or stands inside the phrase ("met meer huiselijk geweld als gevolg").
    const before = nearest(all.filter(outside), frame, "before", REACH);
    // "gebrek aan geld maakt het voor slachtoffers moeilijk om bij een gewelddadige partner weg te gaan": victims
    // between the frame and the violence bear the circumstance's effect; the violence is not what it causes.
    const victims = hitsIn(ctx, i, VICTIMS);
    // "Schulden veroorzaken geen partnergeweld": a negation between the frame and the violence denies the effect (framing4).
    const follows = effects.some((e) => e.tokStart >= frame.tokStart && e.tokStart - frame.tokEnd <= REACH && !victims.some((v) => v.tokStart >= frame.tokEnd && v.tokEnd <= e.tokStart) && !negatorIn(ctx, frame.tokEnd, e.tokStart));
    return isCause(before) && follows ? before : undefined;
  }
  if (kind === "backward" && effects.some((e) => e.tokStart > frame.tokStart && e.tokEnd < frame.tokEnd)) {
    // "vaak ontstaat het geweld uit frustratie": the violence inside the phrase, the cause the nearest word after.
    const after = nearest(all.filter(outside), frame, "after", REACH);
    return isCause(after) ? after : undefined;
  }
  if (kind === "backward") {
    // "dat het geweld door stress ontstaat" (a subordinate clause): the cause inside the phrase, violence before it.
    const inside = causes.find((c) => c.tokStart > frame.tokStart && c.tokEnd < frame.tokEnd);
    const before = nearest(all.filter(outside), frame, "before", REACH);
    if (inside && isEffect(before)) return inside;
  }
  if (kind === "backward" || kind === "near") {
    // "geweld ontstaat door stress": violence right before, the cause the nearest word after.
    const reach = kind === "near" ? NEAR_REACH : REACH;
    const before = nearest(all.filter(outside), frame, "before", reach);
    const after = nearest(all.filter(outside), frame, "after", kind === "near" ? NEAR_REACH + 2 : REACH);
    if (!isEffect(before) || !isCause(after)) return undefined;
    // "doordat gezinnen thuis zaten": a conjunction opens a clause whose subject is no agent of the violence.
    const conjunction = hitsIn(ctx, i, CONJUNCTION).some((c) => c.tokStart === frame.tokStart);
    if (kind === "near" && !conjunction && hitsIn(ctx, i, PERSON).some((p) => p.tokStart >= frame.tokEnd && p.tokStart <= after!.tokEnd + AGENT_REACH)) return undefined;
    return after;
  }
  // "oorzaken van huiselijk geweld zijn armoede en stress": violence right after the noun, a cause elsewhere;
  // or "bij partnergeweld is alcohol vaak de trigger": violence, then the cause, then the noun.
  const after = nearest(effects.filter(outside), frame, "after", NOUN_REACH);
  if (after) return causes.find((c) => (c.tokEnd <= frame.tokStart || c.tokStart >= after.tokEnd) && unturned(c));
  const before = nearest(all.filter(outside), frame, "before", REACH);
  if (isCause(before) && effects.some((e) => e.tokEnd <= before!.tokStart)) return before;
  // "bij partnergeweld is de oorzaak meestal stress en alcohol": violence before the noun, the cause after it.
  // Not "oorzaak van schulden" (what follows "van" is the effect) and not in another clause.
  if (ctx.doc.tokens.normAt(frame.tokEnd) === "van" || !isEffect(before)) return undefined;
  const [, clauseEnd] = clauseOf(ctx, frame.tokStart);
  const cause = nearest(causes.filter(outside), frame, "after", REACH);
  if (cause && cause.tokStart < clauseEnd + ENUMERATION) return cause;
  // "Alcohol en drugs zijn bij huiselijk geweld vaak de aanleiding": the cause, the violence, then the noun, in one clause.
  const [clauseStart] = clauseOf(ctx, frame.tokStart);
  const first = nearest(causes.filter(outside), before!, "before", REACH);
  return first && first.tokStart >= clauseStart ? first : undefined;
}

/**
 * "Huiselijk geweld heeft vaak te maken met stress": violence as the subject right before the frame in its
 * clause, not qualifying a person or household ("slachtoffers van huiselijk geweld hebben te maken met
 * schulden"), and a circumstance after it.
 */
function associatedCause(ctx: RuleContext, frame: Hit): Hit | undefined {
  const i = frame.sentence;
  const [from] = clauseOf(ctx, frame.tokStart);
  const effect = hitsIn(ctx, i, EFFECT).find((e) => e.tokStart >= from && e.tokEnd <= frame.tokStart && frame.tokStart - e.tokEnd <= ASSOCIATION_GAP);
  if (!effect || hitsIn(ctx, i, HOLDER).some((h) => h.tokStart >= from && h.tokEnd <= effect.tokStart)) return undefined;
  return nearest(hitsIn(ctx, i, CAUSE).filter((c) => c.tokStart >= frame.tokEnd), frame, "after", REACH);
}

/**
 * "Geweld is voor veel daders een manier om met stress om te gaan": the violence the subject shortly before the way
 * noun in its clause, not qualifying a person ("slachtoffers van huiselijk geweld zoeken een manier om met stress om
 * te gaan") and not negated on the way ("geweld is nooit een manier om …"); after the noun, in its clause, a
 * circumstance and (for a way, not an outlet) a verb of coping. A copula before the noun makes the violence the way.
 */
function copedCause(ctx: RuleContext, frame: Hit): Hit | undefined {
  const i = frame.sentence;
  const [from, to] = clauseOf(ctx, frame.tokStart);
  const effect = hitsIn(ctx, i, EFFECT).find((e) => e.tokStart >= from && e.tokEnd <= frame.tokStart && frame.tokStart - e.tokEnd <= COPING_GAP);
  if (!effect || negatorIn(ctx, effect.tokEnd, frame.tokStart) || hitsIn(ctx, i, HOLDER).some((h) => h.tokStart >= from && h.tokEnd <= effect.tokStart)) return undefined;
  if (!hitsIn(ctx, i, COPING_COPULA).some((c) => c.tokStart >= from && c.tokEnd <= frame.tokStart)) return undefined;
  const after = (concepts: readonly string[]) => hitsIn(ctx, i, concepts).filter((h) => h.tokStart >= frame.tokEnd && h.tokEnd <= to);
  if (COPING_WAY.includes(frame.concept) && after(COPING_VERB).length === 0) return undefined;
  return after(CIRCUMSTANCE)[0];
}

/** Violence right before a short causal word ("geweld door", "geweld, vanwege"). */
function violenceRightBefore(ctx: RuleContext, frame: Hit): boolean {
  return precededBy(ctx, frame, EFFECT, NEAR_REACH);
}

/** Does token `tok` open its sentence or a clause after punctuation ("…, door de lockdown …")? */
function opensClause(ctx: RuleContext, tok: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens.sentence[tok]];
  return tok === s.tokenStart || clauseBreak(ctx.doc, tok - 1, tok, { brackets: true, dashes: true });
}

/**
 * "Door de lockdown neemt het huiselijk geweld toe": "door" opening a clause, the circumstance right after it, and
 * violence with an increase or emergence later in the sentence. Without the increase it is no cause ("door de
 * lockdown is er minder zicht op huiselijk geweld").
 */
function leadingCause(ctx: RuleContext, frame: Hit): Hit | undefined {
  const i = frame.sentence;
  const cause = hitsIn(ctx, i, CAUSE).find((c) => c.tokStart >= frame.tokEnd && c.tokStart - frame.tokEnd <= NEAR_REACH);
  if (!cause) return undefined;
  const violence = hitsIn(ctx, i, EFFECT).some((e) => e.tokStart >= cause.tokEnd && e.tokStart - cause.tokEnd <= REACH);
  const increase = hitsIn(ctx, i, [...INCREASE, ...INCREASE_NOUN]).some((e) => e.tokStart >= cause.tokEnd);
  return violence && increase ? cause : undefined;
}

export default defineRule({
  id: "circumstance-explanation",
  title: { nl: "Geweld verklaard uit omstandigheden", en: "Violence explained by circumstances" },
  description: {
    nl: "Een zin die stress, armoede, schulden, werkloosheid, alcohol, de lockdown of een ruzie voorstelt als oorzaak van partnergeweld of huiselijk geweld ('ontstaat door', 'komt door', 'is het gevolg van', 'leidt tot'). Zulke omstandigheden zijn risicofactoren: als oorzaak halen ze macht, controle en de verantwoordelijkheid van de pleger uit beeld.",
    en: "A sentence that presents stress, poverty, debts, unemployment, alcohol, the lockdown or a quarrel as the cause of partner or domestic violence ('arises from', 'is due to', 'is the result of', 'leads to'). Such circumstances are risk factors: as the cause they take power, control and the perpetrator's responsibility out of the picture.",
  },
  severity: "warning",
  score: 50,
  messages: {
    circumstance: {
      nl: "'{term}': de zin maakt '{cause}' tot oorzaak van het geweld. Dat is een risicofactor, geen verklaring; de pleger kiest voor geweld, vaak om macht en controle.",
      en: "'{term}': the sentence makes '{cause}' the cause of the violence. That is a risk factor, not an explanation; the perpetrator chooses violence, often for power and control.",
    },
    trigger: {
      nl: "'{term}': de zin laat '{cause}' tot het geweld leiden, alsof het geweld een reactie is; wie het geweld pleegt verdwijnt uit beeld.",
      en: "'{term}': the sentence has '{cause}' lead to the violence, as if the violence were a reaction; who uses the violence disappears from view.",
    },
  },
  remedies: ["gender-violence-not-circumstance"],
  sources: [
    { source: "seed-002", locator: "L226-231", quote: "tot meer huiselijk geweld hebben geleid" },
    { source: "seed-003", locator: "L3238-3246", quote: "externe factoren die leiden tot stress" },
    { source: "seed-003", locator: "L3353-3359", quote: "risicofactoren voor kindermishandeling" },
    { source: "grevio-2020-nl", locator: "G1", quote: "wederzijds conflict tussen gelijken" },
  ],
  articles: ["art. 3", "art. 6", "art. 12"],
  tags: ["gender", "framing", "atria"],
  uses: [...COPING_COPULA, ...COPING_WAY, ...COPING_OUTLET, ...COPING_VERB, ...CONSEQUENCE, ...ESCALATION, ...PROVOKE_STEM, ...PROVOKE_PARTICLE, ...PARTY, ...HE, ...OVERLOAD, ...REFUTATION, ...CONJUNCTION, ...CONDITION, ...INTOXICATION, ...MOTIVE, ...VICTIMS, ...ACT, ...CAUSE, ...EFFECT, ...CONTRARY_BELIEF, ...ANAPHOR, ...BRIDGE, ...CAUSE_HEAD, ...INCREASE, ...WAVE, ...CASES, ...TWO_WAY, ...FORWARD, ...BACKWARD, ...ASSOCIATION, ...HOLDER, ...LEADING, ...QUESTION, ...NEAR, ...NOUN, ...RISK, ...COUNTER_CUE, ...PATTERN, ...HOME, ...PERSON, "gender-child-elder-abuse", "gender-neutral-term", "violence-against-women"],
  examples: [
    // framing5: violence as a way of coping with a circumstance.
    { text: "Huiselijk geweld is een [[manier]] waarop mensen met frustratie omgaan, vooral als er geldproblemen zijn.", note: "Violence as a way of coping with frustration (framing5)." },
    { text: "Partnergeweld is voor sommige mannen een [[uitlaatklep]] voor opgekropte stress.", note: "An outlet carries the coping itself." },
    { text: "Partnergeweld is een manier om macht en controle uit te oefenen.", note: "The pattern, no circumstance." },
    { text: "Slachtoffers van huiselijk geweld zoeken een manier om met de stress om te gaan.", note: "The victims cope; the violence is no way of coping." },
    { text: "Geweld is nooit een manier om met frustratie om te gaan.", note: "Negated." },
    // framing3: lack of money as a household's state.
    { text: "Huiselijk geweld [[ontstaat vaak als]] ouders het financieel moeilijk hebben.", note: "Financial hardship with a verb (framing3)." },
    { text: "Partnergeweld [[komt vaak voor als]] mensen het financieel zwaar hebben." },
    { text: "Huiselijk geweld [[ontstaat vaak als]] gezinnen moeilijk rond kunnen komen." },
    { text: "Het financieel krap hebben [[leidt vaak tot]] partnergeweld." },
    { text: "[[Omdat]] ze het financieel zwaar hadden, sloeg hij zijn vrouw.", note: "The hardship as the reason for his violence." },
    { text: "Het financieel moeilijk hebben is een risicofactor voor huiselijk geweld.", note: "A risk factor (framing3)." },
    { text: "Huiselijk geweld komt ook voor in gezinnen die het financieel goed hebben.", note: "No hardship." },
    // framing4: a negation that is part of the idiom of lack ("niet rond kunnen komen", "het geld niet toereikend").
    { text: "Huiselijk geweld [[ontstaat vaak doordat]] gezinnen niet rond kunnen komen.", note: "The idiom's own negation names the lack; it does not deny the cause (framing4)." },
    { text: "Partnergeweld komt veel voor. [[Als]] ouders niet rond kunnen komen, ontstaat er sneller huiselijk geweld.", note: "A condition with the idiom of lack." },
    { text: "Partnergeweld komt veel voor. [[Omdat]] het geld niet toereikend was, sloeg hij zijn vrouw.", note: "Money not sufficient: a lack, not a denial." },
    { text: "Partnergeweld komt veel voor. Niet rond kunnen komen [[leidt vaak tot]] huiselijk geweld.", note: "The idiom opening the sentence." },
    { text: "Huiselijk geweld ontstaat niet doordat gezinnen niet rond kunnen komen.", note: "The frame itself negated: the cause denied." },
    { text: "Partnergeweld is een groot probleem. Schulden veroorzaken geen partnergeweld.", note: "A negation between the frame and the violence denies the effect (framing4)." },
    { text: "Partnergeweld is een groot probleem. Drankgebruik kan het risico verhogen, maar de oorzaak van het geweld is controle over de partner.", note: "A turn between the risk factor and the cause noun (framing4)." },
    { text: "Partnergeweld is een groot probleem. Werkdruk kan een rol spelen, maar de oorzaak van het geweld ligt bij de pleger.", note: "The cause noun after the turn names the perpetrator." },
    { text: "Partnergeweld komt veel voor. Slachtoffers die niet rond kunnen komen, kunnen bij de gemeente terecht.", note: "The victims' hardship, no cause." },
    { text: "Partnergeweld komt veel voor. Als gezinnen niet rond kunnen komen, kan dat het risico op huiselijk geweld vergroten.", note: "A risk factor." },
    { text: "Het is een misverstand dat huiselijk geweld ontstaat doordat ouders het financieel moeilijk hebben.", note: "Refuted." },
    { text: "Huiselijk geweld ontstaat niet omdat ouders het financieel zwaar hebben, maar door macht en controle.", note: "Negated, power named." },
    { text: "Door het geweld kreeg zij het financieel moeilijk.", note: "The violence as the cause of the hardship." },
    { text: "Het is geen excuus, maar stress is wel vaak [[de oorzaak van]] huiselijk geweld.", note: "After a turn (maar) the text makes its own claim; the refutation does not reach it (h-fr4)." },
    { text: "Partnergeweld [[ontstaat door]] stress, maar dat is geen excuus.", note: "The cause is granted: no excuse is no refutation of it." },
    { text: "Stress is nooit een excuus voor geweld tegen je partner.", note: "Named as no excuse (Convention art. 42)." },
    { text: "Vaak hoor je dat partnergeweld door drank komt. Dat klopt niet.", note: "A cited view, refuted in the next sentence." },
    { text: "Het idee dat huiselijk geweld vooral door stress ontstaat, is onjuist.", note: "The verdict after the cited idea reaches back." },
    { text: "Waardoor ontstaat huiselijk geweld? Vaak gaat het om [[stress]], schulden en alcohol." },
    { text: "Waardoor ontstaat huiselijk geweld? Stress en schulden vergroten de kans erop, maar de pleger kiest voor geweld.", note: "The answer names risk factors." },
    { text: "Huiselijk geweld [[heeft vaak te maken met]] stress door armoede of werkloosheid." },
    { text: "Bij partnergeweld is de [[oorzaak]] meestal een combinatie van stress, alcohol en geldproblemen." },
    { text: "Hulpverleners zien dat geldzorgen vaak [[tot huiselijk geweld leiden]]." },
    { text: "Meldingen van huiselijk geweld stegen fors. De directeur denkt dat de toename [[veroorzaakt is door]] de economische crisis.", onTopic: false, note: "An official's explanation, reported without distance; the increase stands for the violence." },
    { text: "[[Met]] de economische crisis neemt ook het huiselijk geweld toe." },
    { text: "Partnergeweld is vaak [[terug te voeren op]] verslavingsproblematiek." },
    { text: "Slachtoffers van huiselijk geweld hebben vaak te maken met schulden.", note: "The violence qualifies the victims; the debts stand beside it." },
    { text: "Veel mensen denken dat huiselijk geweld vooral door alcohol komt.", note: "An attitude of the public, reported." },
    { text: "Huiselijk geweld is een belangrijke oorzaak van schulden bij vrouwen.", note: "The violence is the cause." },
    { text: "Slachtoffers van huiselijk geweld zijn vaak bang. Huiselijk geweld [[ontstaat vaak door]] geldzorgen en stress in het gezin." },
    { text: "[[Oorzaken]] van huiselijk geweld zijn vaak armoede, werkloosheid en stress." },
    { text: "Financiële problemen [[leiden in veel gezinnen tot]] partnergeweld." },
    { text: "Dat corona en de maatregelen rond corona [[tot meer]] huiselijk geweld hebben geleid, is verklaarbaar." },
    { text: "Het partnergeweld [[komt voort uit]] frustratie over geldzorgen.", onTopic: false, note: "A short text judged off-topic: the sentence's own context counts." },
    { text: "Een poging om te praten over de problemen met haar partner [[leidde tot]] een klap in haar gezicht.", note: "An exchange that 'leads to' a blow." },
    { text: "Vooral problematisch alcoholgebruik vergroot de kans op geweld tegen de partner.", note: "A risk factor, not a cause." },
    { text: "Ook werkloosheid en alcoholgebruik spelen een rol bij huiselijk geweld.", note: "A risk factor." },
    { text: "Armoede is een risicofactor en kan leiden tot huiselijk geweld.", note: "Named a risk factor in the same clause." },
    { text: "Stress leidt niet tot huiselijk geweld; macht en controle wel.", note: "Negated, and the pattern is named." },
    { text: "Slachtoffers van partnergeweld raken als gevolg van het geweld vaak in de schulden.", note: "Violence as the cause, not the effect." },
    { text: "Kindermishandeling ontstaat vaak door opvoedingsstress.", note: "Child abuse: not this framing." },
    { text: "Het geweld tegen hen is onder andere het gevolg van maatschappelijke opvattingen over hoe mannen en vrouwen zich zouden moeten gedragen.", note: "A gendered cause." },
    { text: "[[Door]] de coronacrisis neemt het huiselijk geweld toe." },
    { text: "Door de lockdown is er minder zicht op huiselijk geweld.", note: "No increase: the circumstance is not made the cause." },
    { text: "De politie denkt dat het partnergeweld is toegenomen [[door]] de lockdown.", note: "The police's explanation, reported without distance, passes the framing on." },
    { text: "Critici beweren dat het partnergeweld is toegenomen door de lockdown.", note: "A claim kept at a distance." },
    { text: "Bij huiselijk geweld gaat het om geweld door een dronken partner of ex-partner.", note: "'door' names the perpetrator." },
    { text: "Schulden leiden tot stress. De gemeente biedt schuldhulpverlening.", onTopic: false, note: "No violence." },
    { text: "Na het toernooi sloeg hij zijn vrouw. Het geweld [[ontstond door]] stress.", onTopic: false, note: "A tournament in passing (topic-other), his wife in the passage: still domestic (lib/framing reportAt)." },
    { text: "Huiselijk geweld komt in alle lagen voor. Het [[ontstaat vaak door]] stress en geldzorgen.", note: "'Het' stands for the violence in the sentence before." },
    { text: "Partnergeweld is een groot probleem. Dit is vaak [[een gevolg van]] armoede.", onTopic: false },
    { text: "Huiselijk geweld komt in alle lagen voor. De belangrijkste [[oorzaken]] zijn werkloosheid, schulden en verslaving.", note: "A cause named without 'van', after a sentence on the violence." },
    { text: "Alcohol en drugs zijn bij huiselijk geweld vaak de [[aanleiding]]." },
    { text: "Huiselijk geweld komt in alle lagen voor. Het gezin kwam door schulden in de problemen.", note: "'Het' is an article: a noun stands between it and the phrase." },
    { text: "Huiselijk geweld komt in alle lagen voor. Stress is een risicofactor, maar de oorzaak ligt bij de pleger.", note: "The circumstance stands in another clause than the cause." },
    { text: "Huiselijk geweld is een patroon van macht en controle. Het ontstaat niet door stress of alcohol.", note: "Negated." },
    { text: "Sinds de lockdown is het huiselijk geweld fors toegenomen [[door]] de stress in gezinnen.", note: "A place after the circumstance, not an agent (a13f)." },
    { text: "[[Onder invloed]] van alcohol ging hij zijn vrouw te lijf.", note: "Drink as the state of the violent act, in one clause (a13f)." },
    { text: "Alcohol speelt bij huiselijk geweld vaak mee: [[onder invloed]] slaan mensen sneller." },
    { text: "Bij partnergeweld wordt gevraagd of de pleger onder invloed was; middelengebruik is een risicofactor.", note: "No violent act in the clause; a risk factor." },
    { text: "Hij reed onder invloed tegen een boom en raakte gewond.", onTopic: false, note: "No partners or domestic violence near." },
    { text: "Plegers van huiselijk geweld die onder invloed waren, krijgen ook verslavingszorg.", note: "No violent act in the clause." },
    { text: "[[Onder invloed]] van drugs mishandelde hij zijn partner.", note: "A finite abuse verb as the act (fr-stress2)." },
    { text: "Alcohol [[lokt vaak agressie tegen de partner uit]].", note: "A circumstance as the subject of a provoking verb: stress causation, not victim blaming (fr-stress2)." },
    { text: "De financiële problemen werden [[zo groot dat]] het thuis tot mishandeling kwam.", note: "A result clause (fr-stress2)." },
    { text: "De escalatie in het gezin [[kwam door]] de schulden.", note: "Escalation as a noun, the cause after the verb (fr-stress2)." },
    { text: "Het huiselijk geweld [[begon toen]] hij zijn baan kwijtraakte.", note: "Temporal narration as a backward frame, job loss as a verb (fr-a)." },
    { text: "Het huiselijk geweld begon toen ze zwanger werd.", note: "No circumstance in the clause." },
    { text: "De druk werd zo groot dat ze een burn-out kreeg.", note: "A result clause without violence." },
    { text: "Het geweld werd zo erg dat zij met de kinderen naar de opvang vluchtte.", note: "The violence is the cause of the result." },
    { text: "[[Uit frustratie]] over zijn ontslag sloeg hij zijn vrouw.", note: "A circumstance as the motive of a violent act (h-fr3)." },
    { text: "Uit frustratie over het beleid stapte de wethouder op.", onTopic: false, note: "No violent act." },
    { text: "[[Omdat]] hij gedronken had, sloeg hij zijn vrouw.", note: "A causal clause with a circumstance before the violent act." },
    { text: "Omdat slachtoffers vaak schulden hebben, blijven ze bij een partner die hen slaat.", note: "The circumstance is the victims'." },
    { text: "[[Als]] de druk door schulden te hoog wordt, slaan sommige mannen hun vrouw.", note: "A conditional clause with a circumstance before the violent act." },
    { text: "[[Als]] de draaglast groter wordt dan de draagkracht, kan huiselijk geweld ontstaan.", note: "Violence that emerges in the main clause." },
    { text: "Als er schulden zijn, kan de wijkcoach helpen bij het aanpakken van huiselijk geweld.", note: "No violent act and no emergence in the main clause." },
    { text: "Omdat de wijkteams schulden eerder zien, slaan zij sneller alarm bij huiselijk geweld.", note: "No violent act in the main clause ('alarm slaan')." },
    { text: "Een gebrek aan perspectief [[veroorzaakt]] agressie tegen de partner.", note: "'Gebrek aan' names a lack as the cause; its negation stays inside the phrase (fr-stress)." },
    { text: "Gebrek aan geld is geen oorzaak van partnergeweld.", note: "Negated." },
    { text: "Gebrek aan geld maakt het voor slachtoffers moeilijk om bij een gewelddadige partner weg te gaan.", note: "Victims bear the effect; the violence is not what the lack causes." },
    { text: "Hij kon het [[door de schulden]] niet meer aan en werd gewelddadig tegen zijn vrouw.", note: "The idiom's 'niet' is its own; the violent act after it is affirmed (fr-stress)." },
    { text: "Schulden leiden vaak niet tot geweld tegen de partner.", note: "A negation inside the split verb." },
    { text: "Corona [[heeft gezorgd voor]] een explosie van huiselijk geweld." },
    { text: "Omdat armoede en drankgebruik risicoverhogend zijn voor partnergeweld, zien hulpverleners meer meldingen.", note: "A risk compound; the opening causal word reaches over its clause's commas (fr-cause)." },
    { text: "Doordat schulden, isolement en werkloosheid bekende risico-indicatoren zijn, letten wijkteams bij huiselijk geweld op geldzorgen.", note: "A risk compound in the opening clause." },
    { text: "Huiselijk geweld komt in alle lagen voor. [[Als]] het werk stilvalt, de schulden groeien en de spanning stijgt, dan volgt een golf aan meldingen.", note: "A conditional clause listing circumstances runs on to 'dan'; a wave of cases of the violence named before (fr-cause)." },
    { text: "Partnergeweld blijft vaak verborgen. [[Wanneer]] gezinnen hun inkomen verliezen, de huur te hoog wordt en de stress oploopt, dan is een stijging van het aantal meldingen te verwachten." },
    { text: "Huiselijk geweld komt in alle lagen voor. Als de schulden groeien, de huur stijgt en de stress oploopt, dan neemt het risico op geweld toe.", note: "Risk wording." },
    { text: "Huiselijk geweld komt in alle lagen voor. Als het werk stilvalt, de schulden groeien en de spanning stijgt, dan volgt een golf aan aanvragen bij de schuldhulp.", note: "No cases of the violence after the wave word." },
    { text: "Bij de buren was sprake van partnergeweld [[naar aanleiding van]] drankmisbruik.", note: "'naar aanleiding van' after the violence, like 'door' (fr-cause)." },
    { text: "Naar aanleiding van meldingen van huiselijk geweld start de gemeente een onderzoek.", note: "The violence after the phrase: no cause of it." },
    { text: "Schulden kunnen zowel oorzaak als gevolg van huiselijk geweld zijn.", note: "A relation both ways makes the circumstance no explanation (fr-cause)." },
    { text: "Stress leidt tot partnergeweld en omgekeerd.", note: "Both ways." },
    { text: "Tussen armoede en huiselijk geweld bestaat een wisselwerking.", note: "Both ways." },
    { text: "[[Als gevolg van]] de coronamaatregelen nam het huiselijk geweld toe.", note: "'als gevolg van' opening the sentence, with the violence and an increase after it (fr-cause)." },
    { text: "Als gevolg van het geweld raakte zij haar baan kwijt.", note: "The violence is the cause." },
    { text: "Het verlies van zijn baan [[leidde tot]] geweld tegen zijn vrouw.", note: "Loss of work as a noun phrase (fr-cause)." },
    { text: "Partnergeweld [[ontstaat vaak door]] het wegvallen van inkomen." },
    { text: "Partnergeweld komt in elke wijk voor. Iedereen zit de hele dag thuis en er zijn [[geldzorgen]]. Dan kan het snel uit de hand lopen.", note: "Circumstances, then their consequence opening the next sentence." },
    { text: "Partnergeweld komt vaak voor. Veel gezinnen hebben [[schulden]]. Daardoor slaan mannen sneller hun vrouw." },
    { text: "Partnergeweld komt vaak voor. Schulden zijn een risicofactor. Daardoor neemt de kans op geweld toe.", note: "Called a risk." },
    { text: "Partnergeweld komt vaak voor. Veel slachtoffers hebben schulden. Daardoor kunnen zij moeilijk weggaan.", note: "No violence as the consequence: the victims' circumstances." },
    { text: "Partnergeweld komt vaak voor. Veel gezinnen hebben schulden. Dan nog slaat geen enkele man daardoor zijn vrouw.", note: "The consequence denied." },
  ],
  create(scan) {
    const ctx = ownNegationPhrases(scan);
    return {
      "document:exit"() {
        const done = new Set<number>();
        const frames: Array<[string[], Kind]> = [
          [ASSOCIATION, "association"],
          [LEADING, "leading"],
          [FORWARD, "forward"],
          [BACKWARD, "backward"],
          [NEAR, "near"],
          [NOUN, "noun"],
          [[...COPING_WAY, ...COPING_OUTLET], "coping"],
        ];
        for (const [concepts, kind] of frames) {
          // The forward verbs one concept at a time: a concept's own order (the shorter of two hits at one start first)
          // stays as it was before the verbs of turning ("uitmonden in") moved to a concept of their own (confmin).
          for (const f of kind === "forward" ? [...concepts.flatMap((c) => ctx.find([c])), ...provokeFrames(ctx)] : ctx.find(concepts)) {
            const i = f.sentence;
            const s = ownWords(ctx, f);
            if (!s || done.has(i) || negatedInside(ctx, f) || (kind === "forward" && herProvoking(ctx, f))) continue;
            if (countered(ctx, i) || has(ctx, i, PATTERN) || has(ctx, i, TWO_WAY) || inClause(ctx, f, RISK) || childOrElderOnly(ctx, i)) continue;
            // "Omdat armoede en drankgebruik risicoverhogend zijn voor partnergeweld, zien hulpverleners meer meldingen": a
            // causal word opening the sentence reaches over its clause's commas, as the conjunctions below do (fr-cause).
            if ((kind === "near" || kind === "leading") && f.tokStart === s.tokenStart && has(ctx, i, RISK)) continue;
            const cause = causeOf(ctx, f, kind);
            if (!cause || ctx.negated(cause)) continue;
            if (!(nearBy(ctx, s, HOME, HOME_WINDOW) || nearBy(ctx, s, DV_CORE, DV_WINDOW) || sectionTitledWith(ctx, s, DV_CORE))) continue;
            done.add(i);
            const quarrel = QUARREL.includes(cause.concept);
            reportAt(ctx, f, quarrel ? "trigger" : "circumstance", { term: termOf(ctx, f), cause: termOf(ctx, cause) });
          }
        }
        // "Onder invloed van alcohol ging hij zijn vrouw te lijf", "uit frustratie sloeg hij haar": drink or a circumstance
        // as the state or motive of an affirmed violent act in its clause.
        for (const d of ctx.find([...INTOXICATION, ...MOTIVE])) {
          const i = d.sentence;
          const s = ownWords(ctx, d);
          if (!s || done.has(i) || countered(ctx, i) || has(ctx, i, PATTERN) || has(ctx, i, TWO_WAY) || inClause(ctx, d, RISK) || childOrElderOnly(ctx, i)) continue;
          const act = hitsInClauseOf(ctx, d, ACT).find((a) => (a.tokEnd <= d.tokStart || a.tokStart >= d.tokEnd) && !ctx.negated(a));
          if (!act || !(nearBy(ctx, s, HOME, HOME_WINDOW) || nearBy(ctx, s, DV_CORE, DV_WINDOW))) continue;
          done.add(i);
          reportAt(ctx, d, "circumstance", { term: termOf(ctx, d), cause: termOf(ctx, d) });
        }
        // "Omdat hij zijn baan kwijtraakte, sloeg hij zijn vrouw", "als de druk door schulden te hoog wordt, slaan sommige
        // mannen hun vrouw": a causal, conditional or temporal conjunction opening the sentence, a circumstance in its
        // clause, an affirmed violent act in the clause right after it (issue 13, h-fr3).
        for (const c of ctx.find([...CONJUNCTION, ...CONDITION])) {
          const i = c.sentence;
          const s = ownWords(ctx, c);
          if (!s || done.has(i) || c.tokStart !== s.tokenStart) continue;
          if (countered(ctx, i) || has(ctx, i, PATTERN) || has(ctx, i, RISK) || has(ctx, i, TWO_WAY) || childOrElderOnly(ctx, i)) continue;
          // "Als het werk stilvalt, de schulden groeien en de spanning stijgt, dan …": a conditional clause that lists
          // several circumstances runs on past its commas to the "dan" that opens the main clause (fr-cause).
          const then = CONDITION.includes(c.concept) ? thenAfter(ctx, c.tokEnd, s.tokenEnd) : -1;
          const [, first] = clauseOf(ctx, c.tokStart);
          const to = then >= 0 ? then + 1 : first;
          if (to >= s.tokenEnd) continue;
          const inCondition = (concepts: readonly string[]) => hitsIn(ctx, i, concepts).filter((h) => h.tokStart >= c.tokEnd && h.tokEnd <= (then >= 0 ? then : first));
          if (inCondition(VICTIMS).length > 0) continue;
          const cause = inCondition(CIRCUMSTANCE).find((h) => !ctx.negated(h));
          const [, mainEnd] = clauseOf(ctx, to);
          // A violent act, or violence with an increase or emergence ("kan huiselijk geweld ontstaan"), in the main clause;
          // or a wave of cases of the violence the sentence before names ("dan volgt een golf aan meldingen").
          const inMain = (concepts: readonly string[]) => hitsIn(ctx, i, concepts).filter((a) => a.tokStart >= to && a.tokEnd <= mainEnd && !ctx.negated(a));
          const cases = inMain(CASES);
          const wave = inMain(WAVE).find((w) => cases.some((k) => k.tokStart >= w.tokEnd && k.tokStart - w.tokEnd <= WAVE_GAP));
          const act = inMain(ACT)[0] ?? (inMain(INCREASE).length > 0 ? inMain(EFFECT)[0] : undefined) ?? (wave && refersBack(ctx, i, VIOLENCE_ITSELF) ? wave : undefined);
          if (!cause || !act || !(nearBy(ctx, s, HOME, HOME_WINDOW) || nearBy(ctx, s, DV_CORE, DV_WINDOW))) continue;
          done.add(i);
          reportAt(ctx, c, "circumstance", { term: termOf(ctx, c), cause: termOf(ctx, cause) });
        }
        // "Huiselijk geweld komt veel voor. De belangrijkste oorzaken zijn werkloosheid en schulden.", "Vaak is
        // alcohol de boosdoener": a cause named without "van", in a sentence that speaks of the violence before it.
        for (const n of ctx.find(CAUSE_HEAD)) {
          const i = n.sentence;
          const s = ownWords(ctx, n);
          if (!s || done.has(i) || ctx.doc.tokens.normAt(n.tokEnd) === "van" || !refersBack(ctx, i)) continue;
          if (countered(ctx, i) || has(ctx, i, PATTERN) || has(ctx, i, TWO_WAY) || inClause(ctx, n, RISK) || childOrElderOnly(ctx, i)) continue;
          // The cause in the noun's clause, or in an enumeration running on after it ("… zijn werkloosheid, schulden en verslaving").
          const [from, to] = clauseOf(ctx, n.tokStart);
          const circumstances = hitsIn(ctx, i, CIRCUMSTANCE).filter((c) => !ctx.negated(c));
          const after = nearest(circumstances, n, "after", REACH);
          const before = nearest(circumstances, n, "before", REACH);
          const cause = after && after.tokStart < to + ENUMERATION ? after : before && before.tokStart >= from ? before : undefined;
          if (!cause) continue;
          done.add(i);
          reportAt(ctx, n, "circumstance", { term: termOf(ctx, n), cause: termOf(ctx, cause) });
        }
        // "Waardoor ontstaat huiselijk geweld? Vaak door stress, schulden en alcohol.": a question about the cause of
        // the violence, answered in the next sentence of the paragraph with circumstances (a FAQ, an interview).
        for (const q of ctx.find(QUESTION)) {
          const qs = ctx.doc.sentences[q.sentence];
          const a = ctx.doc.sentences[q.sentence + 1];
          if (!a || a.block !== qs.block || done.has(a.index) || !/\?\s*$/.test(ctx.doc.text.slice(qs.start, qs.end))) continue;
          if (!has(ctx, qs.index, EFFECT) || has(ctx, a.index, RISK) || has(ctx, a.index, TWO_WAY) || countered(ctx, a.index) || has(ctx, a.index, PATTERN)) continue;
          const cause = hitsIn(ctx, a.index, CIRCUMSTANCE).find((c) => ownWords(ctx, c) !== null);
          if (!cause || childOrElderOnly(ctx, qs.index)) continue;
          done.add(a.index);
          reportAt(ctx, cause, "circumstance", { term: termOf(ctx, q), cause: termOf(ctx, cause) });
        }
        // "Iedereen zit thuis en er zijn geldzorgen. Dan kan het snel escaleren.": circumstances in one sentence, and the
        // next sentence of the paragraph opening with their consequence, violence or escalation, affirmed. Neither
        // sentence calls them a risk, names the pattern, refutes or gives a relation both ways.
        for (const o of ctx.find(CONSEQUENCE)) {
          const next = ctx.doc.sentences[o.sentence];
          const s = ctx.doc.sentences[o.sentence - 1];
          if (!s || s.block !== next.block || done.has(s.index) || o.tokStart - next.tokenStart > CONSEQUENCE_OPENING) continue;
          const blocked = (i: number) => countered(ctx, i) || has(ctx, i, PATTERN) || has(ctx, i, RISK) || has(ctx, i, TWO_WAY) || childOrElderOnly(ctx, i);
          // Any negation in the consequence sentence denies it ("Dan nog slaat geen enkele man daardoor").
          if (blocked(s.index) || blocked(next.index) || ownWords(ctx, o) === null || negatorIn(ctx, next.tokenStart, next.tokenEnd)) continue;
          const effect = hitsIn(ctx, next.index, [...ACT, ...ESCALATION, "gender-violence-act"]).find((e) => e.tokStart >= o.tokEnd && !ctx.negated(e));
          const cause = hitsIn(ctx, s.index, [...CIRCUMSTANCE, ...INTOXICATION]).find((c) => !ctx.negated(c) && ownWords(ctx, c) !== null);
          if (!effect || !cause || hitsIn(ctx, s.index, VICTIMS).length > 0) continue;
          if (!(nearBy(ctx, s, HOME, HOME_WINDOW) || nearBy(ctx, s, DV_CORE, DV_WINDOW) || sectionTitledWith(ctx, s, DV_CORE))) continue;
          done.add(s.index);
          reportAt(ctx, cause, "circumstance", { term: termOf(ctx, cause), cause: termOf(ctx, cause) });
        }
      },
    };
  },
});
