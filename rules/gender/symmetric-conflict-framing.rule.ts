import { clauseBreak, type ClauseOptions, defineRule, numberRatios, precededBy, type Hit, type RuleContext, type Sentence } from "../engine/rule-api.js";
import {
  affirmedAround,
  childOrElderOnly,
  clauseOf,
  CONTRARY_BELIEF,
  COUNTER_CUE,
  countered,
  denied,
  DV_CONTEXT,
  dvPassage,
  FEMALE,
  genderedAsymmetry,
  MAJORITY,
  has,
  hitsIn,
  hitsInClauseOf,
  inClause,
  MALE,
  nearBy,
  negatorIn,
  ownNegativePhrase,
  ownWords,
  PARTNERS,
  PARTNER_VIOLENCE_PARTIES,
  PATTERN,
  REFUTATION,
  RELATIONSHIP,
  reportAt,
  sectionTitledWith,
  termOf,
  tokensNear,
  VIOLENCE,
} from "./lib/framing.js";

// Partner violence framed as a quarrel, relationship problem, escalating conflict or violence from both
// sides, the mutual type made the norm ("common couple violence is de meest voorkomende vorm"), the
// gendered form made rare ("een klein gedeelte ... intimate terrorism"), helpers neutral between the parties
// ("meervoudig partijdig"), victims and perpetrators made interchangeable ("slachtoffers kunnen ook pleger
// zijn"), both sexes made equally victims ("slachtoffers zijn zowel mannen als vrouwen"), and the gendered
// pattern turned into a perception bias or an ideology ("de neiging om vrouwen als slachtoffer te zien",
// "gender-ideologische theorieën"). GREVIO G1: violence viewed as reciprocal, a conflict between equals.
//
// Phrases that are a framing by themselves count in a domestic-violence passage (lib/framing dvPassage). A
// plain word for a quarrel, tension or conflict ("ruzie", "spanningen", "uit de hand gelopen") counts only when
// the sentence itself is about violence between partners or in the family: a word for violence in it, partner or
// domestic violence named in the sentence before or after, or the relationship or household in it with violence
// just around it or an escalation ("uit de hand gelopen conflict in de relationele sfeer"). Never when the sentence refutes the picture ("ten
// onrechte", "mythe"), distinguishes violence from a quarrel ("complexer dan ... ruzies"), calls the quarrel a
// risk factor ("vergroot de kans op"), names power and control, is negated ("partnergeweld is geen ruzie"), or
// gives someone else's words.
/**
 * A claim that the sexes are alike as victims, the pattern as perception or interchangeable roles needs the pattern
 * shown, not the quarrel remedy; interchangeable roles are also mutual violence, so they get both.
 */
const REMEDIES_BY_MESSAGE: Record<string, string[]> = {
  claim: ["gender-show-the-pattern"],
  perception: ["gender-show-the-pattern"],
  roles: ["gender-show-the-pattern", "gender-power-not-conflict"],
  default: ["gender-power-not-conflict"],
  conflict: ["gender-power-not-conflict"],
  minimised: ["gender-power-not-conflict"],
};
const FRAMING = ["gender-symmetric-framing"];
/**
 * "afkoelingsperiode": a cooling-off period counts as this framing only as a remedy for the couple (the partners or the
 * couple in the sentence) and not beside a barring order, whose ten days the legal term names (framing, eighth session).
 */
const COOLING_OFF = ["gender-cooling-off"];
const BARRING_ORDER = ["svc-barring-order"];
const CLAIM = ["gender-symmetry-claim", "gender-sexes-alike"];
const BOTH_SEXES = ["gender-both-sexes", "gender-both-sexes-listing"];
const VICTIMHOOD = ["gender-victimhood-predicate"];
const ROLE_MERGE = ["gender-role-merge"];
/** "er zijn geen daders en slachtoffers", "er is geen schuldige": the roles denied (framing3). */
const ROLE_DENIAL = ["gender-role-denial"];
const PAST = ["gender-past-victimhood"];
/** "familietwist", "gezinsconflict", "echtelijke onenigheid": a quarrel word that places itself at home (confmin). */
const HOUSEHOLD_QUARREL = ["gender-household-quarrel"];
const CONFLICT = ["gender-conflict-word", ...HOUSEHOLD_QUARREL];
const MUTUAL = ["gender-mutual-subject"];
const MUTUAL_ADJECTIVE = ["gender-mutual-adjective"];
const BEHAVIOUR = ["gender-violent-behaviour"];
const RELATIONAL = ["gender-conflict-relational"];
/** "uitmonden in", "uitlopen op", "omslaan in": a verb by which an argument turns into the violence right after it. */
const TURN_INTO = ["gender-turn-into"];
/** The police, justice or the detectives (gender-official-speaker, without the press) and a verb of inquiring or supposing. */
const POLICE = ["gender-official-speaker"];
const INQUIRY = ["gender-police-inquiry"];
/** Tokens from the argument word to the verb of turning ("een twist kan al snel uitmonden in"). */
const TURN_GAP = 4;
/** Tokens from the verb of turning to the violence it turns into ("omslaat in fysiek geweld"). */
const TURN_VIOLENCE_GAP = 2;
const EXCLUSIVE = ["gender-exclusive-cue"];
const BLAMING = ["gender-victim-blaming"];
const ESCALATION = ["gender-escalation"];
const CONTRAST = ["gender-contrast-cue"];
const RISK = ["gender-risk-cue"];
/** Tension as an early signal professionals notice ("signalen zoals oplopende spanningen", "spanningen tijdig herkennen"). */
const EARLY_SIGNAL = ["gender-early-signal"];
/** A tension word named as a risk or as a signal is no framing of the violence as a quarrel. */
const RISK_OR_SIGNAL = [...RISK, ...EARLY_SIGNAL];
const ASYMMETRY = MAJORITY;
const PERCEPTION = ["gender-perception-cue"];
const ROLES_WORDS = ["gender-victim-violence", "gender-perpetrator"];
const GENDERED_FORM = ["power-control-dynamics"];
const MINIMISER = ["gender-minimiser"];
const PERPETRATOR = ["gender-perpetrator"];
/** "net zo vaak", "evengoed", "in gelijke mate": an equal comparison, a claim with both sexes and victimhood. */
const EQUAL = ["gender-equal-comparative"];
/** "de man als dader en de vrouw als slachtoffer", "de agressieve man en de weerloze vrouw": the pattern as an image. */
const IMAGE = ["gender-pattern-image"];
/** Words that make people victims or perpetrators, or describe what is done to them ("mishandeld", "slaan"). */
const VICTIM_OR_ACT = [...VICTIMHOOD, ...BEHAVIOUR, ...PERPETRATOR];
/** Tokens between the equal comparison and the victimhood word ("worden net zo goed mishandeld"). */
const EQUAL_GAP = 6;
/** "komt … voor": occurrence, with an equal comparison and both sexes ("komt bij mannen en vrouwen net zo vaak voor", fr-gb). */
const OCCURRENCE = ["gender-occurrence-verb"];
const OCCURRENCE_SPLIT = ["gender-occurrence-split"];
const OCCURRENCE_PARTICLE = ["gender-occurrence-particle"];
/** "raakt", "raken": affecting, one of many senses; counts only beside an equal comparison with violence in the sentence. */
const AFFECT = ["gender-affecting-verb"];
/** Tokens between the equal comparison and a plain word for violence after it ("even vaak geweld"). */
const ACT_GAP = 1;
/**
 * "Eén op de drie slachtoffers is een man", "40 procent van de slachtoffers van partnergeweld is man": a share, then
 * the victims, then men (or the perpetrators, then women), with the other sex's share not given (issue 13, a13f).
 */
const SHARE = ["gender-share-quantifier", "@percentage"];
/** Tokens from the share to the group ("één op de drie slachtoffers", "procent van de slachtoffers"). */
const SHARE_GAP = 4;
/** Tokens from the group to the sex ("slachtoffers van huiselijk geweld is een man"). */
const SHARE_SEX_GAP = 6;
/** "op de", "op het": between two numbers a ratio of any size ("vier op de tien", "1 op de 5"), a share like "procent". */
const RATIO_LINK = ["ratio-link"];
/** "steeds meer", "een groeiend aantal": a count that grows, before the sex it counts ("steeds meer mannen"). */
const GROWING = ["gender-growing-count", "gender-increase-noun"];
/** Tokens from the ratio or the growing count to the sex it counts ("één op de tien Vlaamse mannen"). */
const COUNT_SEX_GAP = 1;
/** Tokens from the counted sex to its role ("mannen worden het slachtoffer", "mannen melden zich als slachtoffer"). */
const COUNT_ROLE_GAP = 5;
/** "door", "van" before a possessive and the other sex: the counted sex's partner as the perpetrator ("door zijn vrouw"). */
const AGENT = ["gender-agent-preposition"];
const POSSESSIVE = ["dv-possessive"];
/** Terms that name partner or domestic violence itself (not the loose context words). */
const DV_CORE = ["dv-core", "gender-partner-violence-context"];
// Constructions of symmetry (issue 13, helper F2): slot families in gender-framing-slots.yml, combined per clause.
/** "en", "of", "als", "dan wel": the conjunctions of a listing of two sexes ("zowel de man als de vrouw"). */
const SEX_JOINER = ["gender-sex-joiner"];
/** "de", "een", "zowel": the small words that may stand beside the conjunction in that listing. */
const SEX_FILLER = ["gender-sex-filler"];
/** "tussen": a listing right after it names a relation between the sexes, not a group. */
const BETWEEN_WORD = ["gender-between-word"];
/** Tokens between the two sexes of a listing ("zowel een man als een vrouw": "als een"). */
const LISTING_GAP = 3;
/** "geslacht", "sekse", "man of vrouw" with "speelt geen rol", "maakt niet uit": sex declared irrelevant. */
const SEX_CATEGORY = ["gender-sex-category"];
const IRRELEVANCE = ["gender-irrelevance"];
/** "gelijk verdeeld", "geen verschil", "ligt dicht bij elkaar": an even division, with both sexes and victimhood. */
const EQUAL_STATE = ["gender-equal-state"];
/** "andersom", "het omgekeerde" with "vaak", "even vaak", "evengoed": the reverse direction made common. */
const REVERSAL = ["gender-reversal"];
const FREQUENT = ["gender-frequent"];
/** Tokens between the reversal and its frequency word ("gaat het ook vaak andersom"). */
const REVERSAL_GAP = 3;
/** "ook vrouwen ... vaak ... agressor", "ook mannen worden regelmatig mishandeld": the other sex's role made common. */
const ALSO = ["gender-also"];
/** Tokens from "ook" to the sex after it ("ook veel mannen", "ook jongens en mannen"). */
const ALSO_SEX_GAP = 2;
/** Tokens between the sex and its role ("ook mannen kunnen slachtoffer worden", "overkomt ook mannen"). */
const ALSO_ROLE_GAP = 4;
/** "hoewel", "weliswaar", "al is": a concession, whose main clause sets the sexes apart. */
const CONCESSION = ["gender-concession"];
/** "hulp", "steun", "opvang": a sentence that goes on to help for men is about help, not about who the victims are. */
const HELP = ["gender-blame-helpseeking"];
/** "maar", "toch", "echter": a turn, after which the other sex named sets the sexes apart. */
const TURN_WORD = ["gender-refutation-turn"];
/** "iedereen kan slachtoffer worden", "een probleem dat iedereen kan treffen". */
const UNIVERSAL = ["gender-universal-person"];
/** Tokens between "iedereen" and the victimhood word, in one clause. */
const UNIVERSAL_GAP = 5;
/** Tokens from a negation to "alleen"/"altijd" ("lang niet altijd", "niet zo dat alleen"). */
const EXCLUSIVITY_NEGATION_GAP = 3;
/** "iets wat", "een probleem van": what "alleen" scopes over before the sex ("niet alleen iets wat vrouwen overkomt"). */
const EXCLUSIVE_SCOPE = ["gender-exclusive-scope"];
/** "elkaar", "mekaar", "elkander" with a violent verb ("slaan", "kleineren", "doen ... pijn") in one clause: mutual violence. */
const RECIPROCAL = ["gender-reciprocal-pronoun"];
const VIOLENT_VERB = ["gender-violent-verb"];
/** Tokens between the reciprocal pronoun and the violent verb ("elkaar in het bijzijn van de kinderen uitschelden"). */
const RECIPROCAL_GAP = 8;
/** "aanpak", "hulp bij": "elkaar" in a clause about a service ("versterken elkaar in de aanpak van geweld"). */
const APPROACH = ["gender-approach-frame"];
const CHILDREN = ["children"];
/** "kunnen terecht bij", "contact opnemen": a sentence pointing to help describes a service, not who the victims are. */
const SERVICE = ["gender-service-access"];
/** Sentences around a quarrel in which violence makes it a quarrel between violent partners. */
const CONFLICT_WINDOW = 1;
/** Tokens between "zowel mannen als vrouwen" and the word that makes them victims or perpetrators. */
const PREDICATE_GAP = 6;
/** Tokens between a reciprocal word ("elkaar", "beiden") and violence, in one clause, for the violence to be mutual. */
const MUTUAL_GAP = 4;
/** Tokens between violence and an escalation verb for the violence to be its subject ("geweld escaleert"). */
const SUBJECT_GAP = 1;

// Direction of an asymmetry and settings outside the home (issue 13, fr-sym; gender-framing-slots.yml).
/** "slachtoffer", "geslagen", "getroffen": only the victim's side. */
const VICTIM_SIDE = ["gender-victim-side"];
/** "pleger", "geweld gebruiken", "slaan", "agressiever": only the perpetrator's side. */
const PERPETRATOR_SIDE = ["gender-perpetrator-side", "gender-violent-comparative"];
/** "agressiever", "gewelddadiger": a comparative that puts one group above the other, like "vaker". */
const COMPARATIVE = ["gender-violent-comparative"];
/** "uitgaansgeweld", "criminele afrekeningen", "burenruzie", "de buurman": violence or a quarrel outside the home. */
const OUTSIDE_HOME = ["gender-nondomestic-setting"];
/** "is niet juist", "klopt geen hout", "is niet het geval": a verdict that a cited picture is wrong. */
const VERDICT = ["gender-refutation-verdict"];
/** Tokens from the asymmetry word to the sex it is said of ("mannen worden vaker", "vaker dan mannen"). */
const DIRECTION_GAP = 5;
/** A role word before the sex counts only when none follows it ("slachtoffers zijn vaker mannen"): a penalty in tokens. */
const LATE_ROLE = 20;
const JOINER = ["gender-conjunct-joiner"];
/** Tokens from a distinction ("verschilt van", "iets anders dan") to the framing word it sets apart ("van ruzie of relatieproblemen"). */
const DISTINCTION_GAP = 3;

/**
 * Which way does an asymmetry in sentence `i` point? For each asymmetry word ("vaker", "meestal", "agressiever") the
 * sex it is said of (the nearest in its clause, not the one after "dan" or "als") and the side named in the clause
 * (the victim's side first: "vrouwen zijn vaker slachtoffer van geweld" names violence too). "pattern" when women are
 * more often victims or men more often perpetrators, "reversed" when men are more often victims ("mannen worden vaker
 * door hun partner geslagen dan vrouwen") or women more often perpetrators ("vrouwen gebruiken vaker geweld dan
 * mannen", "in de meeste gevallen is de vrouw de dader"). Returns the reversed asymmetry's span when there is no
 * asymmetry in the pattern's direction in the sentence.
 */
function asymmetryDirections(ctx: RuleContext, i: number): { pattern: boolean; reversed: Hit | null } {
  const { tokens } = ctx.doc;
  let pattern = false;
  let reversed: Hit | null = null;
  for (const a of hitsIn(ctx, i, [...ASYMMETRY, ...COMPARATIVE])) {
    const [from, to] = clauseOf(ctx, a.tokStart);
    const inside = (x: Hit) => x.tokStart >= from && x.tokEnd <= to;
    const compared = (x: Hit) => ["dan", "als"].includes(tokens.normAt(x.tokStart - 1)) || ["dan", "als"].includes(tokens.normAt(x.tokStart - 2));
    const sexes = hitsIn(ctx, i, [...FEMALE, ...MALE]).filter((x) => inside(x) && !compared(x) && tokensNear(a, x, DIRECTION_GAP));
    const sex = sexes.sort((x, y) => Math.abs(x.tokStart - a.tokStart) - Math.abs(y.tokStart - a.tokStart))[0];
    if (!sex) continue;
    // The role said of that sex: the side word nearest after it ("de man de pleger en de vrouw het slachtoffer"), else before.
    // A role after a conjunction belongs to the next part ("het slachtoffer is meestal een vrouw en de pleger een man").
    const joined = (r: Hit) => hitsIn(ctx, i, JOINER).some((j) => j.tokStart >= sex.tokEnd && j.tokEnd <= r.tokStart);
    const distance = (r: Hit) =>
      r.tokStart >= sex.tokEnd ? r.tokStart - sex.tokEnd + (joined(r) ? 2 * LATE_ROLE : 0) : sex.tokStart - r.tokEnd + LATE_ROLE;
    const roles = [...hitsIn(ctx, i, VICTIM_SIDE).map((r) => ({ r, victim: true })), ...hitsIn(ctx, i, PERPETRATOR_SIDE).map((r) => ({ r, victim: false }))]
      .filter((x) => inside(x.r))
      .sort((x, y) => distance(x.r) - distance(y.r) || Number(y.victim) - Number(x.victim));
    if (roles.length === 0) continue;
    const victim = roles[0].victim;
    const woman = FEMALE.includes(sex.concept);
    if (woman === victim) pattern = true;
    else reversed ??= spanOf([a, sex]);
  }
  return { pattern, reversed: pattern ? null : reversed };
}

/**
 * Does sentence `k` set the sexes apart in the gender pattern's direction? An asymmetry that reverses the pattern
 * ("daarnaast gebruiken vrouwen vaker dan mannen geweld") does not set the sexes apart against a symmetry claim next
 * to it: it goes further the same way (fr-sym).
 */
function patternApart(ctx: RuleContext, k: number): boolean {
  if (!genderedAsymmetry(ctx, k)) return false;
  if (has(ctx, k, ["violence-against-women", "@percentage"])) return true;
  const { pattern, reversed } = asymmetryDirections(ctx, k);
  return pattern || !reversed;
}

/**
 * Is the quarrel or the mutual violence of sentence `s` set outside the home? A word for nightlife, street or criminal
 * violence or a neighbours' quarrel in the sentence, with no partner or relationship in it ("andere oorzaken zoals
 * uitgaansgeweld en uit de hand gelopen ruzies"), or in the sentences around, with no partner, relationship or
 * domestic violence named anywhere in them ("burenruzies lopen soms uit de hand; mensen gaan elkaar te lijf").
 */
function outsideHome(ctx: RuleContext, s: Sentence): boolean {
  const domestic = [...RELATIONSHIP, ...DV_CORE];
  if (has(ctx, s.index, OUTSIDE_HOME) && !has(ctx, s.index, RELATIONSHIP)) return true;
  return nearBy(ctx, s, OUTSIDE_HOME, CONFLICT_WINDOW) && !nearBy(ctx, s, domestic, CONFLICT_WINDOW);
}

/**
 * A distinction right before the framing word: "Partnergeweld verschilt van ruzie of relatieproblemen", "is iets
 * anders dan een relatieprobleem". Not across a number ("meer dan 40 procent wederzijds geweld").
 */
function distinguishedBefore(ctx: RuleContext, h: Hit): boolean {
  const { tokens } = ctx.doc;
  return hitsIn(ctx, h.sentence, CONTRAST).some((c) => {
    if (c.tokEnd > h.tokStart || h.tokStart - c.tokEnd > DISTINCTION_GAP) return false;
    for (let k = c.tokEnd; k < h.tokStart; k++) if (/\d/.test(tokens.normAt(k))) return false;
    return true;
  });
}

/** "ouderen", "jongeren", "lhbti": a second group in "niet alleen vrouwen, ook …" that is not men. */
const OTHER_GROUP = ["gender-other-group"];
/** "kent geen", "staat geen": with sex in its listing, sex declared irrelevant to the violence. */
const KNOWS_NO = ["gender-knows-no"];
/** "prevalentie", "aandeel": how often, with a word of equality. */
const PREVALENCE = ["gender-prevalence-noun"];
const EQUAL_LEVEL = ["gender-equal-level"];

/** A quarrel, tension or escalation in a sentence about violence between partners or in the family. */
function conflictAboutViolence(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  const s = ctx.doc.sentences[i];
  if (hitsIn(ctx, i, [...VIOLENCE, ...PERPETRATOR]).some((v) => !denied(ctx, v))) return true;
  // Violence in the sentences around it (not in the sentence itself: there it must be affirmed, above).
  const around = [...DV_CONTEXT, ...VIOLENCE];
  const violenceAround = [-CONFLICT_WINDOW, CONFLICT_WINDOW].some((d) => {
    const o = ctx.doc.sentences[i + d];
    return !!o && o.block === s.block && has(ctx, o.index, around);
  });
  // "de situatie liep uit de hand" next to violence: an escalation is an event, it needs no partner named.
  if (ESCALATION.includes(h.concept)) return violenceAround || has(ctx, i, RELATIONSHIP);
  // "Het begint vaak met een ruzie", right after a sentence on partner or domestic violence.
  const dvAround = [-CONFLICT_WINDOW, 0, CONFLICT_WINDOW].some((d) => {
    const o = ctx.doc.sentences[i + d];
    return !!o && o.block === s.block && hitsIn(ctx, o.index, DV_CORE).some((v) => !denied(ctx, v));
  });
  // The passage fills the violence slot (issue 13, late-c): violence or its parties next to the relationship in the
  // sentences around ("Hij sloeg zijn vrouw. Het begon met ruzie over geld."), or a heading naming domestic violence.
  const partnersAround = affirmedAround(ctx, s, PARTNER_VIOLENCE_PARTIES, CONFLICT_WINDOW) && nearBy(ctx, s, RELATIONSHIP, CONFLICT_WINDOW);
  if (dvAround || partnersAround || sectionTitledWith(ctx, s, DV_CORE)) return true;
  // "Agenten vermoeden dat een conflict in het gezin eraan voorafging": police or justice looking into a quarrel
  // at home is a news item on a violent incident, whose violence may stand further off (issue 13, confmin).
  const inquiry = has(ctx, i, POLICE) && has(ctx, i, INQUIRY);
  // A quarrel word that names the family or the marriage itself places the quarrel at home.
  const atHome = has(ctx, i, RELATIONSHIP) || HOUSEHOLD_QUARREL.includes(h.concept);
  return atHome && (has(ctx, i, ESCALATION) || violenceAround || inquiry);
}

/**
 * "Zodra een discussie omslaat in geweld", "een twist over geld liep uit op slaan": the argument word is the
 * subject of a verb of turning into violence that is not denied, in one clause. The argument then is a quarrel that
 * became the violence, with or without the partners named (issue 13, confmin).
 */
function turnsIntoViolence(ctx: RuleContext, h: Hit): boolean {
  const violence = hitsInClauseOf(ctx, h, [...VIOLENCE, ...BEHAVIOUR]);
  // The verb after the argument word, or around it ("loopt een discussie uit op").
  const after = (t: Hit) => (t.tokStart >= h.tokEnd && t.tokStart - h.tokEnd <= TURN_GAP) || (t.tokStart < h.tokStart && t.tokEnd >= h.tokEnd);
  return hitsInClauseOf(ctx, h, TURN_INTO).some(
    (t) => after(t) && violence.some((v) => v.tokStart >= t.tokEnd && v.tokStart - t.tokEnd <= TURN_VIOLENCE_GAP && !denied(ctx, v)),
  );
}

/** "mannelijke", "vrouwelijke": a listing of adjectives, whose next word is the noun they qualify (gender-grammar.yml). */
const SEX_ADJECTIVE = ["sex-adjective-inflected"];

/**
 * Both sexes named as victims or perpetrators: a word for that within a few tokens of the listing ("slachtoffers
 * zijn zowel mannen als vrouwen", "treft zowel mannen als vrouwen"), not the noun the listing qualifies
 * ("zowel mannelijke als vrouwelijke slachtoffers": victims of both sexes, such as the effects on them).
 */
function predicatedAsVictims(ctx: RuleContext, h: Hit): boolean {
  // Right after an adjectival listing the word is the noun it qualifies; after "zowel mannen als vrouwen" a verb ("plegen").
  const adjectival = hitsIn(ctx, h.sentence, SEX_ADJECTIVE).some((a) => a.tokStart === h.tokEnd - 1);
  // "vrouwen en mannen die slachtoffer zijn ... kunnen terecht bij": the victimhood sits in a relative clause.
  const relative = (p: Hit) => p.tokStart > h.tokEnd && ctx.doc.cues.relativePronouns.has(ctx.doc.tokens.normAt(h.tokEnd));
  return hitsIn(ctx, h.sentence, VICTIMHOOD).some((p) => (p.tokStart !== h.tokEnd || !adjectival) && !relative(p) && tokensNear(p, h, PREDICATE_GAP));
}

/**
 * "Mannen worden net zo goed mishandeld door hun partner als vrouwen", "vrouwen plegen in gelijke mate geweld als
 * mannen": an equal comparison near a word for victimhood or violent behaviour, with both sexes in the sentence.
 */
function equalComparison(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (!has(ctx, i, FEMALE) || !has(ctx, i, MALE)) return false;
  // "gebruiken ongeveer even vaak geweld": a plain word for violence counts right after the comparison only
  // ("evenveel recht op hulp bij huiselijk geweld" compares something else).
  const act = hitsIn(ctx, i, ["gender-violence-act"]).some((v) => v.tokStart >= h.tokEnd && v.tokStart - h.tokEnd <= ACT_GAP);
  // "Geweld in relaties komt bij mannen en vrouwen net zo vaak voor": the violence occurs equally often among both (fr-gb).
  const occurs = occursEqually(ctx, h) && hitsIn(ctx, i, VIOLENCE).some((v) => !denied(ctx, v));
  return act || occurs || hitsIn(ctx, i, VICTIM_OR_ACT).some((v) => tokensNear(v, h, EQUAL_GAP));
}

/**
 * "komt bij mannen en vrouwen net zo vaak voor", "voorkomt even vaak": a verb of occurring near the equal comparison in its
 * clause; a bare "komt"/"kwam" needs its particle "voor" right after the comparison (fr-gb).
 */
function occursEqually(ctx: RuleContext, h: Hit): boolean {
  const particle = hitsIn(ctx, h.sentence, OCCURRENCE_PARTICLE).some((p) => p.tokStart === h.tokEnd);
  const near = (concepts: readonly string[]) => hitsInClauseOf(ctx, h, concepts).some((o) => tokensNear(o, h, EQUAL_GAP));
  // "Partnergeweld raakt mannen net zo goed als vrouwen": "raken" as affecting, only beside the comparison (F2's open point).
  return near(OCCURRENCE) || near(AFFECT) || (particle && near(OCCURRENCE_SPLIT));
}

/**
 * "Huiselijk geweld komt overal voor, bij mannen en bij vrouwen", "het geweld komt voor bij mannen en vrouwen": a listing
 * of both sexes after "bij" (also repeated inside it) in a sentence where violence occurs ("komt … voor", "voorkomt"),
 * the violence not denied: the violence placed among both sexes alike (issue 13, fr-a).
 */
function occursAmongBoth(ctx: RuleContext, i: number): Hit | null {
  const { tokens } = ctx.doc;
  const listing = sexListings(ctx, i, "bij").find((h) => tokens.normAt(h.tokStart - 1) === "bij");
  if (!listing) return null;
  const split = hitsIn(ctx, i, OCCURRENCE_SPLIT).some((v) => hitsIn(ctx, i, OCCURRENCE_PARTICLE).some((p) => p.tokStart > v.tokStart));
  if (!split && !has(ctx, i, OCCURRENCE)) return null;
  return hitsIn(ctx, i, VIOLENCE).some((v) => !denied(ctx, v)) ? listing : null;
}

/** Tokens between the sex and its "als" ("de vader telkens zien als de schuldige"). */
const ROLE_VERB_GAP = 2;

/** "het beeld van de man als dader en de vrouw als slachtoffer": a sex word, "als", then a role. */
function rolesAssigned(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx.doc;
  const assigned = (sexes: readonly string[], roles: readonly string[]) =>
    hitsIn(ctx, i, sexes).some((x) => {
      // "de man als dader", and with a verb or an adverb between ("de vader telkens zien als de schuldige", fr-sym).
      const [, to] = clauseOf(ctx, x.tokStart);
      for (let k = x.tokEnd; k <= x.tokEnd + ROLE_VERB_GAP && k < to; k++) {
        if (tokens.normAt(k) === "als") return hitsIn(ctx, i, roles).some((r) => r.tokStart > k && r.tokStart - k <= 2);
      }
      return false;
    });
  return has(ctx, i, IMAGE) || assigned(MALE, PERPETRATOR) || assigned(FEMALE, VICTIMHOOD);
}

/**
 * Does sentence `i` state the gender pattern as a proposition: men as perpetrators or women as victims, with
 * "vooral", "meestal", "alleen" or "altijd" next to the sex? Inside a refutation that dismisses the pattern. A
 * refuted victim-blaming myth ("het idee dat vrouwen het geweld uitlokken") is something else.
 */
function refutesPattern(ctx: RuleContext, i: number): boolean {
  // "Het is een misvatting dat mannen en vrouwen even vaak slachtoffer zijn": the refuted proposition is symmetry
  // (a claim in the clause of the refutation). A claim in a clause of its own is the text's ("De gedachte dat de
  // dader meestal een man is, is achterhaald; onze cijfers laten zien dat de rollen evenredig verdeeld zijn").
  const cues = hitsIn(ctx, i, COUNTER_CUE).map((c) => clauseOf(ctx, c.tokStart));
  const refutedClaim = hitsIn(ctx, i, [...CLAIM, ...EQUAL]).some((c) => cues.some(([from, to]) => c.tokStart >= from && c.tokStart < to));
  if (has(ctx, i, BLAMING) || has(ctx, i, PATTERN) || refutedClaim) return false;
  const role = has(ctx, i, IMAGE) || (has(ctx, i, MALE) && has(ctx, i, PERPETRATOR)) || (has(ctx, i, FEMALE) && has(ctx, i, VICTIMHOOD));
  if (!role) return false;
  const sexes = hitsIn(ctx, i, [...FEMALE, ...MALE]);
  // "alleen vrouwen in armoede": a subgroup of the sex, not the sex (fr-sym).
  const wholeSex = (x: Hit) => !SUBGROUP_WORDS.has(ctx.doc.tokens.normAt(x.tokEnd));
  return patternApart(ctx, i) || rolesAssigned(ctx, i) || hitsIn(ctx, i, EXCLUSIVE).some((e) => sexes.some((x) => tokensNear(e, x, 1) && wholeSex(x)));
}

/**
 * Are the sexes set apart in sentence `s` or next to it ("vrouwen zijn vaker slachtoffer", a percentage)? An
 * asymmetry word about something else ("en dat gebeurt vaker dan je denkt") does not undo a claim of equality.
 */
function sexesSetApart(ctx: RuleContext, s: Sentence): boolean {
  return [s.index - 1, s.index, s.index + 1].some((k) => ctx.doc.sentences[k]?.block === s.block && patternApart(ctx, k));
}

/**
 * A share of men among the victims, or of women among the perpetrators, in one clause in that order, with no word
 * for the other sex in the sentence (but the men's partner as perpetrator: otherSexBesidesPartner) and no asymmetry word ("de meeste", "vaker"). "Van de slachtoffers was 78
 * procent vrouw" gives the women's share: no claim.
 */
function crossedShare(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  if (has(ctx, i, ASYMMETRY)) return false;
  const perpetrators = hitsIn(ctx, i, PERPETRATOR);
  const groups = hitsInClauseOf(ctx, h, VICTIMHOOD).filter((g) => g.tokStart >= h.tokEnd && g.tokStart - h.tokEnd <= SHARE_GAP);
  return groups.some((g) => {
    const perpetrator = perpetrators.some((p) => p.start === g.start);
    const [sex, other] = perpetrator ? [FEMALE, MALE] : [MALE, FEMALE];
    if (otherSexCountedNext(ctx, i, other)) return false;
    // "… is een man die door zijn vrouw wordt mishandeld": his wife as the perpetrator does not set the sexes side by side.
    return hitsInClauseOf(ctx, h, sex).some((x) => x.tokStart >= g.tokEnd && x.tokStart - g.tokEnd <= SHARE_SEX_GAP && !otherSexBesidesPartner(ctx, x, other));
  });
}

/**
 * Ratios of any size in sentence `i` ("vier op de tien", "3 op de 10"): a number, "op de", a number. The lexicon's
 * fixed shares ("één op de", "een derde") stay apart; "een" alone is the article, not a number.
 */
function ratiosIn(ctx: RuleContext, i: number): Hit[] {
  return numberRatios(ctx, i, RATIO_LINK).map((pair) => spanOf(pair));
}

/**
 * Does the sentence before or after `i` give a figure or an asymmetry for the `other` sex, the one the share in `i`
 * leaves out? The men's share set against the women's ("Eén op de tien mannen … Bij vrouwen is dat één op de vijf")
 * is a comparison, not a picture of men as the victims. A year is no figure ("in 2020 meldden vrouwen …").
 */
function otherSexCountedNext(ctx: RuleContext, i: number, other: readonly string[]): boolean {
  const s = ctx.doc.sentences[i];
  return [i - 1, i + 1].some((k) => {
    const o = ctx.doc.sentences[k];
    if (!o || o.block !== s.block || !has(ctx, k, other)) return false;
    const years = new Set(hitsIn(ctx, k, ["@year"]).map((y) => y.tokStart));
    const figure = hitsIn(ctx, k, ["@number"]).some((n) => !years.has(n.tokStart));
    return figure || has(ctx, k, [...SHARE, ...ASYMMETRY, ...COMPARATIVE, "fraction-statistic"]);
  });
}

/**
 * A count of men as victims (or of women as perpetrators) with the other sex not counted: a ratio of the sex itself
 * ("één op de tien mannen wordt slachtoffer van partnergeweld") or a growing count ("steeds meer mannen melden zich als
 * slachtoffer", "een groeiend aantal vrouwen pleegt geweld tegen de partner"). The role near the sex in its clause, no
 * word of the other sex, no asymmetry in the sentence, and no figure for the other sex next to it (issue 13, symm).
 */
function countedOtherRole(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  const sex = hitsInClauseOf(ctx, h, [...FEMALE, ...MALE]).find((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= COUNT_SEX_GAP);
  if (!sex) return null;
  const woman = FEMALE.includes(sex.concept);
  const other = woman ? MALE : FEMALE;
  if (otherSexBesidesPartner(ctx, sex, other) || has(ctx, i, [...ASYMMETRY, ...COMPARATIVE]) || otherSexCountedNext(ctx, i, other)) return null;
  // "steeds meer mannen die slachtoffer zijn, vinden de weg naar hulp": the role in a relative clause, the sentence on help.
  if (ctx.doc.cues.relativePronouns.has(ctx.doc.tokens.normAt(sex.tokEnd))) return null;
  const role = hitsInClauseOf(ctx, sex, woman ? PERPETRATOR_SIDE : VICTIM_SIDE).find((r) => r.tokStart >= sex.tokEnd && r.tokStart - sex.tokEnd <= COUNT_ROLE_GAP && !denied(ctx, r));
  if (!role || hitsIn(ctx, i, HELP).some((x) => x.tokStart >= role.tokEnd)) return null;
  return spanOf([h, sex, role]);
}

/**
 * Does sentence of the counted sex `sex` name the `other` sex otherwise than as its partner doing the violence? "Een op de
 * vijf mannen wordt door zijn vrouw mishandeld": the wife in an agent phrase of the men's clause ("door zijn vrouw", "van
 * hun echtgenote": an agent preposition and a possessive right before her) is the perpetrator, no figure for women. A
 * woman anywhere else ("…, tegen een op de drie vrouwen", "maar vrouwen worden vaker …") sets the sexes side by side
 * (framing, eighth session).
 */
function otherSexBesidesPartner(ctx: RuleContext, sex: Hit, other: readonly string[]): boolean {
  const [from, to] = clauseOf(ctx, sex.tokStart);
  const possessives = hitsIn(ctx, sex.sentence, POSSESSIVE);
  const agents = hitsIn(ctx, sex.sentence, AGENT);
  const partner = (x: Hit) =>
    x.tokStart >= from &&
    x.tokEnd <= to &&
    possessives.some((p) => p.tokEnd === x.tokStart && agents.some((a) => a.tokEnd === p.tokStart));
  return hitsIn(ctx, sex.sentence, other).some((x) => !partner(x));
}

/** "wie begonnen is", "wie de schuldige is": who started the violence or who is to blame (framing3). */
const WHO_STARTED = ["gender-who-started"];
/** "is lastig te zeggen", "valt niet te zeggen", "is niet duidelijk": that it cannot be established (framing3). */
const HARD_TO_TELL = ["gender-hard-to-tell"];
/** Tokens between the word of uncertainty and the question who started, either order ("wie begon, is niet te zeggen"). */
const WHO_GAP = 6;

/**
 * "Bij huiselijk geweld is het vaak lastig om te zeggen wie begonnen is", "wie de schuldige is valt vaak niet te
 * zeggen": who started or who is to blame declared uncertain, so either partner may have started (framing3). The
 * uncertainty near the question in the sentence, with no negation before it in its clause ("het is niet moeilijk te
 * zeggen wie begon", "het is altijd duidelijk"). Returns the span from the first to the last of the two.
 */
function unclearWhoStarted(ctx: RuleContext, h: Hit): Hit | null {
  const unclear = hitsIn(ctx, h.sentence, HARD_TO_TELL).find((u) => {
    if (!tokensNear(u, h, WHO_GAP)) return false;
    const [from] = clauseOf(ctx, u.tokStart);
    return !negatorIn(ctx, from, u.tokStart);
  });
  return unclear ? spanOf([unclear, h]) : null;
}

/** "overdreven", "opgeblazen", "overschat": figures said to be inflated. */
const INFLATED = ["gender-inflated"];
/** "cijfers", "aantallen", "omvang", "statistieken": the figures that are said to be inflated. */
const FIGURES = ["gender-figure-noun", "data-figures-term", "gender-prevalence-noun"];
/** "allemaal", "alleen", "altijd": the whole of one sex in a question ("zijn dat allemaal mannen die …?"). */
const WHOLE = ["gender-whole-group", ...EXCLUSIVE];
/** Tokens from "allemaal"/"altijd" to the sex ("altijd een man", "allemaal om mannen"). */
const WHOLE_SEX_GAP = 1;

/**
 * Does sentence `i` name the gender pattern as its subject matter: men who use violence ("mannen die hun vrouw slaan",
 * "de mannelijke daders"), women as victims ("mishandelde vrouwen"), or violence against women by name?
 */
function patternReferent(ctx: RuleContext, i: number): boolean {
  if (has(ctx, i, ["violence-against-women"])) return true;
  return (has(ctx, i, MALE) && has(ctx, i, [...PERPETRATOR_SIDE, ...VIOLENT_VERB])) || (has(ctx, i, FEMALE) && has(ctx, i, VICTIM_SIDE));
}

/**
 * "De cijfers over mannen die hun vrouw slaan zijn sterk overdreven", "het aantal mishandelde vrouwen wordt
 * overschat": the figures of the gender pattern called inflated, in the text's own words and not negated ("de cijfers
 * zijn niet overdreven"). The figure word before the inflation word; a victim's own account called exaggerated is
 * victim-blaming's (issue 13, symm).
 */
function inflatedPattern(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  if (ctx.negated(h) || denied(ctx, h) || !patternReferent(ctx, i)) return null;
  const figure = hitsIn(ctx, i, FIGURES).find((f) => f.tokEnd <= h.tokStart);
  return figure ? spanOf([figure, h]) : null;
}

/**
 * "Gaat het daarbij allemaal om mannen die slaan?", "is de dader altijd een man?": a question that doubts the gender
 * pattern, the whole of one sex in its usual role. Not when the next sentence answers with the pattern ("Nee, maar wel
 * meestal: …", a figure for the sexes), nor when the role is the other sex's ("zijn slachtoffers altijd vrouwen?" doubts
 * the pattern too, so it counts; "zijn daders altijd vrouwen?" does not) (issue 13, symm).
 */
function doubtingQuestion(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  const s = ctx.doc.sentences[i];
  if (!ctx.doc.text.slice(s.start, s.end).trimEnd().endsWith("?")) return null;
  const sex = hitsIn(ctx, i, [...FEMALE, ...MALE]).find((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= WHOLE_SEX_GAP);
  if (!sex) return null;
  const woman = FEMALE.includes(sex.concept);
  // "mannen die hun vrouw slaan" names the other sex as the victim; both sexes listed is another question.
  if (sexListings(ctx, i).length > 0) return null;
  const role = hitsIn(ctx, i, woman ? VICTIM_SIDE : [...PERPETRATOR_SIDE, ...VIOLENT_VERB]).find((r) => !denied(ctx, r));
  if (!role) return null;
  const next = ctx.doc.sentences[i + 1];
  if (next && next.block === s.block && answeredWithPattern(ctx, next.index)) return null;
  return spanOf([h, sex]);
}

/** Does sentence `k` state the gender pattern: power and control, an asymmetry its way, or a figure for a sex? */
function answeredWithPattern(ctx: RuleContext, k: number): boolean {
  if (has(ctx, k, PATTERN) || asymmetryDirections(ctx, k).pattern) return true;
  return has(ctx, k, [...FEMALE, ...MALE]) && (has(ctx, k, [...SHARE, "fraction-statistic"]) || ratiosIn(ctx, k).length > 0);
}

/** "dat zijn", "het gaat om": a sentence opening that refers back to the group of the sentence before. */
const REFERENT_FRAME = ["gender-referent-frame"];
/** Tokens from the reference back to the listing ("het zijn dan ook heel verschillende mensen, vrouwen en mannen"). */
const REFERENT_GAP = 5;

/**
 * "Veel plegers zijn zelf slachtoffer geweest. Dat zijn allerlei mensen, mannen en vrouwen.": the listing of both sexes
 * is the predicate of a reference back ("dat zijn", "het gaat om") to the victims or perpetrators of the sentence
 * before, so both sexes are the victims or perpetrators in general. Not a listing that a relative clause narrows
 * ("het gaat om mannen en vrouwen die hulp zoeken"), nor one another clause of the sentence holds (issue 13, symm).
 */
function listedAsReferent(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  const s = ctx.doc.sentences[i];
  const prev = ctx.doc.sentences[i - 1];
  if (!prev || prev.block !== s.block) return false;
  if (ctx.doc.cues.relativePronouns.has(ctx.doc.tokens.normAt(h.tokEnd))) return false;
  const frame = hitsIn(ctx, i, REFERENT_FRAME).find((f) => f.tokEnd <= h.tokStart && h.tokStart - f.tokEnd <= REFERENT_GAP);
  if (!frame || clauseBreak(ctx.doc, frame.tokEnd, h.tokStart, BREAK_BUT_COMMA_OR_WORD)) return false;
  return hitsIn(ctx, prev.index, [...VICTIMHOOD, ...PERPETRATOR]).some((r) => !denied(ctx, r));
}

/**
 * Listings of the two sexes in sentence `i` ("zowel de man als de vrouw", "mannen én vrouwen", "een man of een vrouw"):
 * a hit spanning a word of one sex, a conjunction with at most articles or "zowel" beside it, and a word of the other.
 * Not after "tussen" ("ongelijkheid tussen mannen en vrouwen" names a relation between the sexes).
 */
function sexListings(ctx: RuleContext, i: number, extraFiller?: string): Hit[] {
  const female = hitsIn(ctx, i, FEMALE);
  const male = hitsIn(ctx, i, MALE);
  const joiners = hitsIn(ctx, i, SEX_JOINER);
  // "vrouwen evengoed als mannen": an equal comparison may stand beside the conjunction too.
  const fillers = hitsIn(ctx, i, [...SEX_FILLER, ...EQUAL]);
  const covered = (k: number, hs: Hit[]) => hs.some((h) => h.tokStart <= k && k < h.tokEnd);
  const out: Hit[] = [];
  for (const [a, b] of [[female, male], [male, female]] as const) {
    for (const x of a) {
      for (const y of b) {
        if (y.tokStart <= x.tokEnd || y.tokStart - x.tokEnd > LISTING_GAP) continue;
        let joined = false;
        let ok = true;
        for (let k = x.tokEnd; k < y.tokStart && ok; k++) {
          if (covered(k, joiners)) joined = true;
          else if (!covered(k, fillers) && ctx.doc.tokens.normAt(k) !== extraFiller) ok = false;
        }
        const after = hitsIn(ctx, i, BETWEEN_WORD).some((t) => t.tokEnd === x.tokStart || t.tokEnd === x.tokStart - 1);
        if (ok && joined && !after) out.push({ concept: x.concept, start: x.start, end: y.end, tokStart: x.tokStart, tokEnd: y.tokEnd, sentence: i });
      }
    }
  }
  return out;
}

/** The span from the first to the last of these hits, reported as one term ("het geslacht ... maakt niet uit"). */
function spanOf(hs: readonly Hit[]): Hit {
  const first = hs.reduce((a, b) => (b.tokStart < a.tokStart ? b : a));
  const last = hs.reduce((a, b) => (b.tokEnd > a.tokEnd ? b : a));
  return { concept: first.concept, start: first.start, end: last.end, tokStart: first.tokStart, tokEnd: last.tokEnd, sentence: first.sentence };
}

/**
 * "Slachtofferschap is gelijk verdeeld tussen mannen en vrouwen": an even division, both sexes, victimhood in the sentence.
 * Or the violence itself as what makes no difference ("Huiselijk geweld maakt geen onderscheid tussen mannen en vrouwen",
 * fr-gb): a violence word before the division in its clause, not the object of a service ("in de aanpak van geweld").
 */
function evenDivision(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  if (!has(ctx, i, FEMALE) || !has(ctx, i, MALE)) return null;
  if (has(ctx, i, VICTIM_OR_ACT)) return h;
  const approach = hitsIn(ctx, i, APPROACH);
  // ctx.negated, not denied: the division's own "geen" stands right after the violence ("geweld maakt geen onderscheid").
  const subject = hitsInClauseOf(ctx, h, VIOLENCE).some((v) => v.tokEnd <= h.tokStart && !ctx.negated(v) && !approach.some((a) => a.tokEnd <= v.tokStart && v.tokStart - a.tokEnd <= APPROACH_REACH));
  return subject ? h : null;
}
/** Tokens from an approach word to the violence it governs ("de aanpak van huiselijk geweld"). */
const APPROACH_REACH = 3;

/** "Het geslacht van de dader maakt niet uit": sex as a category and a word calling it irrelevant, in one clause. */
function sexIrrelevant(ctx: RuleContext, h: Hit): Hit | null {
  const sex = hitsInClauseOf(ctx, h, SEX_CATEGORY)[0] ?? listedAfter(ctx, h, SEX_CATEGORY);
  if (!sex) return null;
  // "ongeacht geslacht" says nothing of victims by itself ("we behandelen iedereen gelijk, ongeacht geslacht"): it needs
  // victimhood or violence in its sentence ("slachtoffer word je ongeacht of je man of vrouw bent", fr-gb).
  // ctx.negated, not denied: the irrelevance's own "niet" may follow the violence ("partnergeweld maakt het niet uit").
  const about = has(ctx, h.sentence, VICTIM_OR_ACT) || hitsIn(ctx, h.sentence, VIOLENCE).some((v) => !ctx.negated(v));
  return about ? spanOf([sex, h]) : null;
}

/** "Het gaat ook vaak andersom", "even vaak als omgekeerd": a frequency word right around the reversal, in its clause. */
function commonReversal(ctx: RuleContext, h: Hit): Hit | null {
  const f = hitsInClauseOf(ctx, h, [...FREQUENT, ...EQUAL]).find((x) => tokensNear(x, h, REVERSAL_GAP));
  return f ? spanOf([f, h]) : null;
}

/**
 * "Ook vrouwen zijn vaak de agressor", "ook mannen worden regelmatig mishandeld": "ook" right before a sex, a
 * frequency word, and the role of the other sex (perpetrator for women, victim for men) in one clause.
 */
function commonOtherRole(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  const next = (xs: readonly string[]) => hitsIn(ctx, i, xs).find((x) => x.tokStart === h.tokEnd || (x.tokStart === h.tokEnd + 1 && hitsIn(ctx, i, SEX_FILLER).some((f) => f.tokStart === h.tokEnd)));
  const woman = next(FEMALE);
  const sex = woman ?? next(MALE);
  if (!sex || hitsInClauseOf(ctx, sex, FREQUENT).length === 0) return null;
  // With an equal comparison the direction no longer matters ("ook vrouwen maken zich even vaak schuldig aan
  // partnergeweld", "ook mannen worden in gelijke aantallen getroffen", fr-gb): any role or violence word counts.
  const equal = hitsInClauseOf(ctx, sex, EQUAL).some((e) => e.tokStart >= sex.tokEnd);
  const roles = equal ? [...VICTIM_OR_ACT, ...VIOLENCE] : woman ? PERPETRATOR : VICTIM_OR_ACT;
  const role = hitsInClauseOf(ctx, sex, roles).find((r) => r.tokStart >= sex.tokEnd);
  return role ? spanOf([h, role]) : null;
}

/**
 * "Ook mannen zijn slachtoffer van huiselijk geweld", "huiselijk geweld overkomt ook mannen", "mannen zijn ook
 * slachtoffer", "ook vrouwen zijn dader": "ook" right beside the sex that is not the usual victim (or perpetrator), and
 * the usual role of the other sex near it in its clause (issue 13, fr-a). Without a frequency word it is the form public
 * pages use; what keeps the concession out ("ook mannen kunnen slachtoffer zijn, maar vrouwen ...", "hoewel ook
 * mannen ...") is the sexes set apart in the sentence or the next one, a concession or a turn to the other sex, a
 * relative clause ("ook mannen die slachtoffer zijn, kunnen terecht"), a service word.
 */
function alsoOtherSex(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  const sexes = hitsInClauseOf(ctx, h, [...FEMALE, ...MALE]);
  // "ook (veel/steeds meer/jongens en) mannen" after it, or "mannen (zijn) ook" before it.
  const after = sexes.find((x) => x.tokStart > h.tokStart && x.tokStart - h.tokEnd <= ALSO_SEX_GAP);
  const before = sexes.find((x) => x.tokEnd <= h.tokStart && h.tokStart - x.tokEnd <= 1);
  const sex = after ?? before;
  if (!sex) return null;
  const woman = FEMALE.includes(sex.concept);
  const { tokens, cues } = ctx.doc;
  if (cues.relativePronouns.has(tokens.normAt(sex.tokEnd))) return null;
  const roles = woman ? PERPETRATOR : [...VICTIMHOOD, ...BEHAVIOUR];
  const role = hitsInClauseOf(ctx, h, roles).find((r) => !denied(ctx, r) && tokensNear(r, sex, ALSO_ROLE_GAP));
  if (!role) return null;
  // "Ook mannen zijn slachtoffer van verkeersongelukken": violence must stand in the sentence or next to it.
  if (!affirmedAround(ctx, ctx.doc.sentences[i], [...VIOLENCE, ...DV_CORE])) return null;
  // "Ook mannen worden slachtoffer, maar vrouwen ...", "hoewel ook mannen ...": the sexes set apart by a turn or a concession.
  if (has(ctx, i, CONCESSION)) return null;
  const turnToOther = (k: number, from: number) => hitsIn(ctx, k, TURN_WORD).some((t) => t.tokStart >= from && hitsIn(ctx, k, woman ? MALE : FEMALE).some((x) => x.tokStart > t.tokStart));
  if (turnToOther(i, sex.tokEnd)) return null;
  // "Ook mannen kunnen slachtoffer worden; zij vinden minder snel de weg naar hulp": the sentence goes on to help.
  if (hitsIn(ctx, i, HELP).some((x) => x.tokStart >= role.tokEnd)) return null;
  const next = ctx.doc.sentences[i + 1];
  if (next && next.block === ctx.doc.sentences[i].block && (turnToOther(next.index, next.tokenStart) || has(ctx, next.index, [...SERVICE, ...HELP]))) return null;
  return spanOf([h, sex, role]);
}

/**
 * "Slachtoffers zijn lang niet altijd vrouwen; ook veel mannen ...": a negated "alleen", "altijd", "uitsluitend" right
 * before one sex, the other sex named in the sentence, and victimhood or perpetration in it.
 */
function negatedExclusivity(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  if (!negatorIn(ctx, Math.max(ctx.doc.sentences[i].tokenStart, h.tokStart - EXCLUSIVITY_NEGATION_GAP), h.tokStart)) return null;
  // "niet alleen iets wat vrouwen overkomt", "niet alleen een probleem van vrouwen": the sex after a scope phrase (fr-gb).
  const scope = hitsIn(ctx, i, EXCLUSIVE_SCOPE).find((x) => x.tokStart === h.tokEnd);
  const from = scope ? scope.tokEnd : h.tokEnd;
  const sex = hitsIn(ctx, i, [...FEMALE, ...MALE]).find((x) => x.tokStart >= from && x.tokStart - from <= 1);
  if (!sex) return null;
  const woman = FEMALE.includes(sex.concept);
  const other = woman ? MALE : FEMALE;
  if (has(ctx, i, other)) return has(ctx, i, VICTIM_OR_ACT) ? spanOf([h, sex]) : null;
  // "Het is niet zo dat alleen vrouwen slachtoffer zijn", "daders zijn lang niet altijd mannen": the other sex implied
  // (fr-sym). Not when another group is the second one ("niet alleen vrouwen, maar ook kinderen"; in the next sentence
  // "ook ouderen …"), nor with a turn after the sex ("niet alleen vrouwen zelf, maar ook hun omgeving"); the role must
  // be the sex's usual one (victim for women, perpetrator for men), with violence in the sentence.
  const s = ctx.doc.sentences[i];
  // "niet alleen vrouwen in armoede", "niet alleen vrouwen met een migratieachtergrond": a subgroup, not the sex.
  if (SUBGROUP_WORDS.has(ctx.doc.tokens.normAt(sex.tokEnd))) return null;
  const next = ctx.doc.sentences[i + 1];
  const groups = [...CHILDREN, ...OTHER_GROUP, "gender-child-elder-abuse"];
  if (has(ctx, i, groups) || (next && next.block === s.block && has(ctx, next.index, groups))) return null;
  const { tokens } = ctx.doc;
  for (let k = sex.tokEnd; k < s.tokenEnd; k++) if (tokens.normAt(k) === "maar" || hitsIn(ctx, i, TURN_WORD).some((t) => t.tokStart === k)) return null;
  // The negation is the construction's own ("slachtoffers zijn niet altijd vrouwen"): the role is not read as denied.
  // Violence in the sentence or next to it, negated or not ("… dit geweld accepteren we niet. Het is niet zo dat …").
  // "niet zo dat alleen mannen slaan": a violent verb said of men is the perpetrator's side too (symm).
  return has(ctx, i, woman ? VICTIM_SIDE : [...PERPETRATOR_SIDE, ...VIOLENT_VERB]) && nearBy(ctx, s, [...VIOLENCE, ...DV_CORE], 1) ? spanOf([h, sex]) : null;
}

/**
 * Hits of these concepts in a listing right after `h`: only single items separated by commas, "en", "of", "noch" or
 * "geen" between ("kent geen leeftijd, geen geslacht", "ongeacht leeftijd, geslacht of afkomst", fr-sym). Not across a
 * phrase ("geen gegevens over het geslacht").
 */
function listedAfter(ctx: RuleContext, h: Hit, concepts: readonly string[]): Hit | undefined {
  const { tokens, text } = ctx.doc;
  return hitsIn(ctx, h.sentence, concepts).find((x) => {
    if (x.tokStart < h.tokEnd || x.tokStart - h.tokEnd > LIST_GAP) return false;
    for (let k = h.tokEnd; k < x.tokStart; k++) {
      if (LIST_GLUE.has(tokens.normAt(k))) continue;
      // An item: one word followed by a comma or a conjunction.
      const sep = text.slice(tokens.end[k], tokens.start[k + 1]);
      if (clauseBreak(ctx.doc, k, k + 1, BREAK_BUT_COMMA)) return false;
      if (!sep.includes(",") && !["en", "of", "noch"].includes(tokens.normAt(k + 1))) return false;
    }
    return true;
  });
}
/** Clause breaks other than a comma (the listings read commas themselves): ; : ( ) – —, and where asked a clause-breaking word. */
const BREAK_BUT_COMMA: ClauseOptions = { commas: false, brackets: true, dashes: true };
const BREAK_BUT_COMMA_OR_WORD: ClauseOptions = { ...BREAK_BUT_COMMA, breakers: true };
/** Words after "alleen vrouwen" that narrow the sex to a subgroup ("in armoede", "met een beperking", "uit …", "die …"). */
const SUBGROUP_WORDS = new Set(["in", "met", "uit", "van", "zonder", "die", "onder", "boven", "tussen"]);

/** Tokens from "kent geen" or "ongeacht" to the sex in its listing ("geen leeftijd, geen geslacht"). */
const LIST_GAP = 6;
/** Grammar words a listing passes over between its items ("geen leeftijd, geen geslacht", "zijn of haar afkomst"). */
const LIST_GLUE = new Set(["en", "of", "noch", "geen", "ook", "zijn", "haar", "hun", "de", "het"]);

/**
 * "huiselijk geweld kent geen leeftijd of geslacht", "partnergeweld heeft geen sekse, geen
 * inkomen": "kent/staat/heeft geen" with sex in its listing, after an affirmed word for violence (fr-sym).
 */
function knowsNoSex(ctx: RuleContext, h: Hit): Hit | null {
  const sex = listedAfter(ctx, h, SEX_CATEGORY);
  if (!sex) return null;
  const violence = hitsIn(ctx, h.sentence, VIOLENCE).some((v) => v.tokEnd <= h.tokStart && !ctx.negated(v));
  return violence ? spanOf([h, sex]) : null;
}

/**
 * "De prevalentie van partnergeweld is voor vrouwen vergelijkbaar met die voor mannen", "het aandeel vrouwelijke plegers
 * is even hoog als het aandeel mannelijke": a word of prevalence, a word of equality after it in its clause, both sexes
 * and affirmed violence in the sentence, no sexes set apart (fr-sym).
 */
function equalPrevalence(ctx: RuleContext, h: Hit): Hit | null {
  const i = h.sentence;
  if (!has(ctx, i, FEMALE) || !has(ctx, i, MALE)) return null;
  const level = hitsIn(ctx, i, EQUAL_LEVEL).find((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= PREVALENCE_GAP);
  if (!level || !hitsIn(ctx, i, [...VIOLENCE, ...VICTIM_OR_ACT]).some((v) => !ctx.negated(v))) return null;
  return spanOf([h, level]);
}
/** Tokens from the prevalence word to the word of equality ("de prevalentie van partnergeweld is bij mannen en vrouwen ongeveer gelijk"). */
const PREVALENCE_GAP = 10;

/**
 * Hits of these concepts after `h` within `gap` tokens when only an enumeration lies between: commas, then "en" or "of"
 * before the hit ("doen elkaar fysiek, psychisch of seksueel geweld aan", fr-gb). clauseOf cuts at every comma, which
 * splits such a list from its verb; a comma before a relative pronoun or a clause-breaking word still ends the clause.
 */
function acrossEnumeration(ctx: RuleContext, h: Hit, concepts: readonly string[], gap: number): Hit[] {
  const { tokens, text, cues } = ctx.doc;
  const joiners = hitsIn(ctx, h.sentence, SEX_JOINER);
  return hitsIn(ctx, h.sentence, concepts).filter((v) => {
    if (v.tokStart < h.tokEnd || v.tokStart - h.tokEnd > gap) return false;
    let comma = false;
    let closed = false;
    for (let k = h.tokEnd; k < v.tokStart; k++) {
      const sep = text.slice(tokens.end[k - 1], tokens.start[k]);
      const n = tokens.normAt(k);
      if (clauseBreak(ctx.doc, k - 1, k, BREAK_BUT_COMMA_OR_WORD)) return false;
      if (sep.includes(",")) {
        // The first item stands before the first comma ("elkaar fysiek, psychisch of …"); "elkaar, en later sloeg hij"
        // opens a new clause.
        if (k === h.tokEnd || cues.relativePronouns.has(n)) return false;
        comma = true;
      }
      // The list closes with a conjunction ("fysiek, psychisch of seksueel"): the gender-sex-joiner words.
      if (comma && joiners.some((j) => j.tokStart === k)) closed = true;
    }
    return comma && closed;
  });
}

/** "Iedereen kan slachtoffer worden", "dat iedereen kan treffen": "iedereen" with victimhood near it in one clause, not "iedereen die". */
function anyoneVictim(ctx: RuleContext, h: Hit): Hit | null {
  if (ctx.doc.cues.relativePronouns.has(ctx.doc.tokens.normAt(h.tokEnd))) return null;
  const v = hitsInClauseOf(ctx, h, VICTIMHOOD).find((x) => tokensNear(x, h, UNIVERSAL_GAP));
  return v ? spanOf([h, v]) : null;
}

/**
 * "Een ruzie tussen partners escaleert niet vanzelf tot geweld": the escalation after the quarrel word is denied in
 * its clause (h-fr4), or the escalation word itself is.
 */
function escalationDenied(ctx: RuleContext, h: Hit): boolean {
  if (ESCALATION.includes(h.concept)) return negatorBeside(ctx, h);
  const after = hitsInClauseOf(ctx, h, ESCALATION).filter((e) => e.tokStart >= h.tokEnd);
  return after.length > 0 && after.every((e) => negatorBeside(ctx, e));
}

/**
 * A negation right beside the escalation ("escaleert niet", "niet escaleert"), not further away: in "kon de ruzie niet
 * oplossen en het escaleerde" the negation belongs to another verb.
 */
function negatorBeside(ctx: RuleContext, e: Hit): boolean {
  const { tokens, cues } = ctx.doc;
  const s = ctx.doc.sentences[e.sentence];
  const at = (k: number) => k >= s.tokenStart && k < s.tokenEnd && cues.negators.has(tokens.normAt(k));
  const cancelledAfter = e.tokEnd + 1 < s.tokenEnd && cues.notNegatingAfterNiet.has(tokens.normAt(e.tokEnd + 1));
  return at(e.tokStart - 1) || (at(e.tokEnd) && !cancelledAfter);
}

/** "wanneer huiselijk geweld escaleert": the violence itself escalates, no quarrel is named. */
function violenceEscalates(ctx: RuleContext, h: Hit): boolean {
  return precededBy(ctx, h, VIOLENCE, SUBJECT_GAP);
}

/**
 * A comparison or distinction between the quarrel and violence: before the quarrel word ("complexer dan ... ruzies",
 * "iets anders dan een ruzie"), or after it with violence right after the cue ("in elke relatie is er weleens ruzie;
 * dat is iets anders dan geweld", issue 13 h-fr3).
 */
function contrasted(ctx: RuleContext, h: Hit): boolean {
  const violence = hitsIn(ctx, h.sentence, VIOLENCE);
  const violenceAfter = (c: Hit) => violence.some((v) => v.tokStart >= c.tokEnd && v.tokStart - c.tokEnd <= CONTRAST_GAP);
  return hitsIn(ctx, h.sentence, CONTRAST).some((c) => c.tokEnd <= h.tokStart || (c.tokStart >= h.tokEnd && violenceAfter(c)));
}
/** Tokens between a contrast cue after the quarrel and the violence it is set against ("iets anders dan [het] geweld"). */
const CONTRAST_GAP = 2;

export default defineRule({
  id: "symmetric-conflict-framing",
  title: { nl: "Partnergeweld als ruzie of wederzijds conflict", en: "Partner violence as a quarrel or mutual conflict" },
  description: {
    nl: "Een zin die partnergeweld voorstelt als ruzie, relatieprobleem, escalerend conflict of geweld van beide kanten, die de wederzijdse vorm tot norm maakt, die mannen en vrouwen evenveel slachtoffer noemt of die de hulpverlener neutraal tussen pleger en slachtoffer zet. Dat verhult macht en controle en het genderpatroon.",
    en: "A sentence that presents partner violence as a quarrel, relationship problem, escalating conflict or violence from both sides, makes the mutual form the norm, calls men and women equally victims, or puts the helper neutrally between perpetrator and victim. This hides power and control and the gender pattern.",
  },
  severity: "warning",
  score: 60,
  messages: {
    default: {
      nl: "'{term}' stelt partnergeweld voor als ruzie of wederzijds conflict tussen gelijken, niet als macht en controle van de ene partner over de andere.",
      en: "'{term}' presents partner violence as a quarrel or mutual conflict between equals, not as power and control of one partner over the other.",
    },
    claim: {
      nl: "'{term}': de zin stelt mannen en vrouwen even vaak slachtoffer, terwijl vrouwen vaker en ernstiger slachtoffer zijn van partnergeweld.",
      en: "'{term}': the sentence makes men and women equally victims, while women are victims of partner violence more often and more seriously.",
    },
    conflict: {
      nl: "'{term}': de zin beschrijft geweld tussen partners of in het gezin als ruzie, spanning of een conflict dat uit de hand loopt; dat verhult wie geweld gebruikt en wie het ondergaat.",
      en: "'{term}': the sentence describes violence between partners or in the family as a quarrel, tension or a conflict that got out of hand; that hides who uses violence and who suffers it.",
    },
    roles: {
      nl: "'{term}' maakt slachtoffer en pleger uitwisselbaar; bij partnergeweld is er meestal één partner die geweld en controle gebruikt.",
      en: "'{term}' makes victim and perpetrator interchangeable; in partner violence there is mostly one partner who uses violence and control.",
    },
    perception: {
      nl: "'{term}': de zin maakt van het genderpatroon (vooral vrouwen slachtoffer, vooral mannen pleger) een kwestie van beeldvorming.",
      en: "'{term}': the sentence turns the gender pattern (mostly women victims, mostly men perpetrators) into a matter of perception.",
    },
    minimised: {
      nl: "'{term}': de zin maakt de vorm van geweld met macht en controle klein of zeldzaam, terwijl die het meest ernstig en gendergerelateerd is.",
      en: "'{term}': the sentence makes the form of violence with power and control small or rare, while it is the most serious and gendered one.",
    },
  },
  remedies: ["gender-power-not-conflict", "gender-show-the-pattern"],
  sources: [
    { source: "seed-003", locator: "L3230-3242", quote: "het ontstaat wanneer conflicten escaleren" },
    { source: "seed-003", locator: "L3248-3250", quote: "Een klein gedeelte van het huiselijk geweld betreft intimate terrorism" },
    { source: "seed-003", locator: "L1505-1509", quote: "meervoudig partijdige houding" },
    { source: "seed-002", locator: "L287-289", quote: "uitvloeisel van genderneutraal beleid" },
  ],
  articles: ["art. 3", "art. 6", "art. 48"],
  tags: ["gender", "framing", "atria"],
  uses: [...JOINER, ...REFUTATION, ...CONCESSION, ...TURN_WORD, ...HELP, 
    ...FRAMING, ...COOLING_OFF, ...BARRING_ORDER, ...CONTRARY_BELIEF, ...MUTUAL, ...MUTUAL_ADJECTIVE, ...BEHAVIOUR, ...RELATIONAL, ...TURN_INTO, ...POLICE, ...INQUIRY, ...EXCLUSIVE, ...BLAMING, ...CLAIM, ...BOTH_SEXES, ...VICTIMHOOD, ...ROLE_MERGE, ...ROLE_DENIAL, ...PAST, ...CONFLICT, ...ESCALATION, ...CONTRAST, ...RISK, ...EARLY_SIGNAL, ...COUNTER_CUE,
    ...ASYMMETRY, ...PERCEPTION, ...ROLES_WORDS, ...GENDERED_FORM, ...MINIMISER, ...FEMALE, ...MALE, ...DV_CONTEXT, ...VIOLENCE, ...RELATIONSHIP,
    ...PATTERN, ...DV_CORE, ...EQUAL, ...IMAGE, ...SHARE, "violence-against-women", "gender-child-elder-abuse", "gender-neutral-term",
    ...VICTIM_SIDE, ...PERPETRATOR_SIDE, ...COMPARATIVE, ...OUTSIDE_HOME, ...OTHER_GROUP, ...KNOWS_NO, ...PREVALENCE, ...EQUAL_LEVEL,
    ...RECIPROCAL, ...VIOLENT_VERB, ...APPROACH, ...CHILDREN, ...SEX_JOINER, ...SEX_FILLER, ...BETWEEN_WORD, ...SEX_CATEGORY, ...IRRELEVANCE, ...EQUAL_STATE, ...REVERSAL, ...FREQUENT, ...ALSO, ...UNIVERSAL, ...SERVICE, ...OCCURRENCE, ...OCCURRENCE_SPLIT, ...OCCURRENCE_PARTICLE, ...EXCLUSIVE_SCOPE, ...AFFECT,
    ...RATIO_LINK, ...GROWING, ...AGENT, ...POSSESSIVE, "@number", "@year", "fraction-statistic", ...INFLATED, ...FIGURES, "gender-whole-group", ...REFERENT_FRAME, ...WHO_STARTED, ...HARD_TO_TELL,
  ],
  examples: [
    // framing5: poor communication in verb form, the negation the idiom's own (lexicon gender-conflict-word).
    { text: "Partnergeweld ontstaat doordat partners [[niet goed met elkaar communiceren]].", note: "Communication as the cause in verb form (framing5)." },
    { text: "Huiselijk geweld komt vaak doordat de partners [[langs elkaar heen praten]]." },
    { text: "Bij huiselijk geweld communiceren de instanties niet goed met elkaar.", note: "Professionals, not the partners: no framing of the violence." },
    // framing4: the text's own policy or approach called sex-neutral (lexicon gender-symmetry-claim).
    { text: "Ons [[beleid tegen huiselijk geweld is bewust sekseneutraal]].", note: "The policy called sex-neutral as a predicate: gender-blind by design (framing4)." },
    { text: "Huiselijk geweld komt overal voor. Daarom [[kiezen wij bewust voor een sekseneutrale aanpak]].", note: "A sex-neutral approach chosen." },
    { text: "Ons beleid tegen huiselijk geweld is niet genderneutraal: het richt zich op geweld tegen vrouwen.", note: "Negated." },
    { text: "Veel gemeenten kiezen voor een genderneutrale aanpak, maar dat miskent dat vooral vrouwen slachtoffer zijn.", note: "A choice the text criticises, with the gender pattern." },
    // framing3: who started or who is to blame declared uncertain; both partners to blame.
    { text: "Bij huiselijk geweld is het vaak [[lastig om te zeggen wie begonnen]] is.", note: "Who started declared uncertain (framing3)." },
    { text: "Bij partnergeweld: [[wie de schuldige is valt vaak niet te zeggen]].", note: "The question first, the uncertainty after it." },
    { text: "Bij huiselijk geweld is vaak [[niet duidelijk wie er begon]].", note: "The negation belongs to the construction." },
    { text: "Bij partnergeweld valt achteraf [[niet vast te stellen wie als eerste sloeg]].", note: "Who struck first." },
    { text: "Bij huiselijk geweld is het [[moeilijk te bepalen wie de schuld heeft]].", note: "Who is to blame." },
    { text: "Bij huiselijk geweld zijn ze [[allebei schuldig]].", note: "Both to blame (framing3)." },
    { text: "Bij partnergeweld ligt de [[schuld bij beide]] partners.", note: "The blame on both." },
    { text: "Bij huiselijk geweld hebben [[beiden er een aandeel]] in.", note: "Both have a share in it." },
    { text: "Bij huiselijk geweld is het niet moeilijk te zeggen wie begon: meestal is dat de man.", note: "The uncertainty negated; the pattern named." },
    { text: "Bij huiselijk geweld is het nooit onduidelijk wie de schuldige is.", note: "A negation before the uncertainty." },
    { text: "Het is een misverstand dat bij huiselijk geweld niet te zeggen is wie begon.", note: "Refuted." },
    { text: "Bij huiselijk geweld maakt het niet uit wie begonnen is: geweld is nooit goed.", note: "No uncertainty." },
    { text: "Volgens de buurman is bij dat huiselijk geweld niet te zeggen wie begon.", note: "A lay party's view." },
    { text: "Bij partnergeweld is het lastig te zeggen wie begon, maar meestal is de man de pleger.", note: "The pattern named." },
    { text: "Bij partnergeweld ligt de schuld nooit bij beide partners.", note: "Negated." },
    { text: "Het is een misverstand dat bij huiselijk geweld beide partners schuldig zijn.", note: "Refuted." },
    // framing3: the roles denied.
    { text: "Bij huiselijk geweld zijn er [[geen daders en slachtoffers]], alleen mensen die hulp nodig hebben.", note: "The roles denied (framing3)." },
    { text: "Bij partnergeweld is er [[geen dader of slachtoffer]].", note: "Singular, 'of'." },
    { text: "Bij huiselijk geweld zijn [[er geen schuldigen]].", note: "Nobody to blame." },
    { text: "Bij partnergeweld [[bestaan geen schuldigen]], alleen verliezers.", note: "A verb of existence." },
    { text: "In gezinnen met huiselijk geweld denken we [[niet in termen van dader en slachtoffer]].", note: "The roles set aside as a way of thinking." },
    { text: "Het is niet zo dat er bij partnergeweld geen daders en slachtoffers zijn.", note: "The denial negated." },
    { text: "Het idee dat er bij huiselijk geweld geen daders en slachtoffers zijn, is een misverstand.", note: "Refuted." },
    { text: "Sommige therapeuten zeggen dat er bij partnergeweld geen schuldigen zijn.", note: "A reported view." },
    { text: "De evaluatie van de femicide zoekt geen schuldigen, maar lessen.", note: "No existence: a review's aim." },
    // fr-sym (issue 13): the direction of an asymmetry, the other sex implied, sex listed as irrelevant, equal prevalence.
    { text: "Bij partnergeweld worden [[mannen vaker]] door hun partner mishandeld dan vrouwen.", note: "The pattern reversed: men more often victims (fr-sym)." },
    { text: "Uit de cijfers over huiselijk geweld blijkt dat [[vrouwen vaker]] de pleger zijn dan mannen.", note: "Women more often perpetrators." },
    { text: "[[Vrouwen zijn in hun huwelijk agressiever]] dan mannen, zo beweert de auteur over partnergeweld.", onTopic: false, note: "A comparative of violence with women as the subject." },
    { text: "Bij partnergeweld is in de meeste gevallen [[de vrouw de agressor]].", note: "Women as the perpetrators in most cases (an older construction reads it; the asymmetry no longer sets the sexes apart)." },
    { text: "Het is niet zo dat [[uitsluitend vrouwen]] slachtoffer worden van partnergeweld.", note: "Men implied by the negated exclusivity, no other group named." },
    { text: "Plegers van partnergeweld zijn lang niet [[altijd mannen]]." },
    { text: "Partnergeweld [[kent geen leeftijd, geen sekse]] en geen opleidingsniveau.", note: "Sex in a listing after 'kent geen'." },
    { text: "Huiselijk geweld vindt plaats in alle wijken, [[ongeacht afkomst, sekse]] of inkomen.", note: "Sex in a listing after 'ongeacht'." },
    { text: "Onderzoekers stellen dat het [[aandeel vrouwelijke plegers van partnergeweld nagenoeg even hoog]] is als het aandeel mannelijke.", note: "A share called equal, both sexes." },
    { text: "Bij huiselijk geweld de man altijd als dader neerzetten is [[niet juist]].", note: "The pattern as an image, a verb between the sex and 'als', refuted." },
    { text: "Bij partnergeweld zijn vrouwen vaker slachtoffer dan mannen.", note: "The pattern's direction." },
    { text: "Bij partnergeweld zijn mannen in de meeste gevallen de pleger en vrouwen het slachtoffer.", note: "Each sex its own role: the pattern." },
    { text: "Het is een fabel dat mannen vaker door hun partner mishandeld worden dan vrouwen.", note: "The reversed claim refuted." },
    { text: "Bij partnergeweld is het slachtoffer in de meeste gevallen een vrouw en de pleger een man.", note: "The pattern; the role after 'en' belongs to the man." },
    { text: "Bij partnergeweld is de pleger meestal een man en het slachtoffer een vrouw.", note: "The pattern, the other way round." },
    { text: "Bij partnergeweld is het slachtoffer [[in de meeste gevallen een man]] en de pleger een vrouw.", note: "Reversed, with the conjunct." },
    { text: "Mannen worden vaker slachtoffer van straatgeweld, vrouwen van partnergeweld.", note: "The men's share lies outside the home." },
    { text: "Jongens worden vaker slachtoffer van kindermishandeling dan meisjes.", note: "About children only." },
    { text: "Huiselijk geweld treft niet alleen vrouwen; ook ouderen worden slachtoffer.", note: "The second group is the elderly." },
    { text: "Het is niet zo dat alleen vrouwen met weinig geld slachtoffer worden van partnergeweld.", note: "A subgroup of women, not the sex." },
    { text: "De registratie van huiselijk geweld heeft geen gegevens over het geslacht van de slachtoffers.", note: "No listing after 'heeft geen'." },
    { text: "Partnergeweld onderscheidt zich van een relatieconflict doordat het zich herhaalt.", note: "The framing word set apart from the violence (fr-sym)." },
    { text: "Het aantal doden door partnergeweld daalde. Ook uitgaansgeweld en uit de hand gelopen ruzies kostten levens.", onTopic: false, note: "The quarrel listed with violence outside the home." },
    { text: "Burenruzies escaleren soms. Dan gaan mensen elkaar met een stok te lijf.", onTopic: false, note: "Neighbours, no partner or domestic violence around." },
    { text: "Het stel sloeg [[elkaar]], vertelt een buurman.", onTopic: false, note: "The partners are named: the neighbour is a witness." },
    { text: "Wie denkt dat partnergeweld een ruzie tussen twee gelijken is, vergist zich.", note: "Refuted (h-fr4)." },
    { text: "Een ruzie tussen partners escaleert niet vanzelf tot geweld; geweld is een keuze.", note: "The escalation is denied." },
    { text: "Zijn mannen en vrouwen even vaak slachtoffer van partnergeweld? Nee: vrouwen worden vaker en ernstiger getroffen.", note: "A question answered no." },
    { text: "Constaterende dat het beeld van huiselijk geweld als relatieconflict nog breed leeft, terwijl het in werkelijkheid om macht en controle gaat;", note: "A picture set against reality." },
    { text: "De dader kan zowel een [[man als een vrouw]] zijn bij partnergeweld.", note: "A listing of both sexes as perpetrators (F2)." },
    { text: "Bij partnergeweld maakt het [[geslacht van dader of slachtoffer niet uit]].", note: "Sex declared irrelevant." },
    { text: "Slachtofferschap van huiselijk geweld is [[gelijk verdeeld]] tussen mannen en vrouwen.", note: "An even division." },
    { text: "Bij partnergeweld gaat het ook [[vaak andersom]]: de vrouw slaat en de man incasseert.", note: "The reverse direction made common." },
    { text: "[[Ook vrouwen zijn vaak de agressor]] in een relatie met partnergeweld.", note: "The other sex's role made common." },
    { text: "Geweld binnen relaties is een probleem dat [[iedereen kan treffen]].", note: "Anyone as the victim." },
    { text: "Ongeacht hun geslacht kunnen slachtoffers van huiselijk geweld terecht bij het Zorg- en Veiligheidshuis.", note: "A service description." },
    { text: "Na de melding van huiselijk geweld werden zowel de man als de vrouw door de politie gehoord.", note: "Both sexes, but not as victims or perpetrators." },
    { text: "Geslacht speelt een grote rol bij partnergeweld: de meeste slachtoffers zijn vrouw.", note: "Sex named as decisive." },
    { text: "Het gaat andersom ook weleens mis, maar in de overgrote meerderheid van de gevallen is de vrouw het slachtoffer van partnergeweld.", note: "The sexes set apart." },
    { text: "Iedereen die slachtoffer is van huiselijk geweld, kan Veilig Thuis bellen.", note: "'iedereen die': a service for victims." },
    { text: "De ouders gingen [[elkaar]] herhaaldelijk met woorden en vuisten te lijf.", note: "'elkaar' with a violent verb further off in its clause." },
    { text: "Vrouwen zijn in relaties [[niet minder]] gewelddadig dan mannen.", note: "A negated lesser comparison is an equal one." },
    { text: "Slachtoffers van partnergeweld zijn lang niet [[altijd vrouwen]]; ook veel mannen krijgen ermee te maken.", note: "Negated exclusivity, the other sex named." },
    { text: "Het is niet zo dat alleen vrouwen in armoede slachtoffer worden van huiselijk geweld; het komt in alle lagen voor.", note: "No other sex named." },
    { text: "De wijkteams en de politie versterken elkaar in de aanpak van huiselijk geweld.", note: "'elkaar' in a clause about a service." },
    { text: "Niet alleen vrouwen, maar ook kinderen zijn slachtoffer van huiselijk geweld.", note: "The other group is the children." },
    { text: "[[Ook mannen zijn slachtoffer]] van huiselijk geweld.", note: "The other sex's role, without a frequency word (fr-a)." },
    { text: "Huiselijk geweld [[overkomt ook mannen]].", note: "The victimhood verb before the sex." },
    { text: "[[Ook vrouwen kunnen dader zijn]] van huiselijk geweld.", note: "Women as perpetrators (the claim list)." },
    { text: "Huiselijk geweld komt overal voor, bij [[mannen en bij vrouwen]].", note: "The violence placed among both sexes (fr-a)." },
    { text: "Ook mannen worden slachtoffer van huiselijk geweld, maar vrouwen zijn veruit de grootste groep.", note: "A turn to the other sex." },
    { text: "Hoewel ook mannen slachtoffer kunnen zijn, gaat het bij vrouwen vaker om ernstig geweld.", note: "A concession." },
    { text: "Ook mannen kunnen slachtoffer worden van huiselijk geweld. Zij kunnen terecht bij Veilig Thuis.", note: "The next sentence points to help." },
    { text: "Ook mannen die slachtoffer zijn van geweld kunnen bij ons terecht.", note: "A relative clause and a service." },
    { text: "Vrouwen zijn niet minder vaak dader van kindermishandeling dan mannen.", note: "Child abuse, not partner violence." },
    { text: "Wij storen ons aan termen als “drama's in de relationele sfeer” bij partnergeweld.", note: "Words in quotation marks are mentioned, not used." },
    { text: "Bij geweld tussen partners hoort het begrip afkoelingsperiode niet meer in ons beleid.", note: "A noun for a name right before the term, with a negation: the term is mentioned, not used (lib/framing mentioned)." },
    { text: "Bij geweld tussen partners past het begrip [[afkoelingsperiode]] goed.", note: "Named without a negation or change of use: the writer's own notion." },
    // framing (eighth session): a cooling-off period as a remedy for the couple, not the legal term after a barring order.
    { text: "Bij partnergeweld raden wij beide partners een [[afkoelingsperiode]] aan.", note: "Offered to the couple as a remedy." },
    { text: "Na een ruzie met klappen doet het echtpaar er goed aan een [[afkoelperiode]] in te lassen.", note: "The couple as the subject of the cooling-off." },
    { text: "Geweld in de relatie? Een [[afkoelingsperiode]] voor jou en je partner kan helpen.", note: "Advice to one partner, the other named." },
    { text: "Een huisverbod legt de pleger een afkoelingsperiode van tien dagen op.", note: "The legal term after a barring order (seed 000 uses it so)." },
    { text: "Tijdens de afkoelingsperiode na het tijdelijk huisverbod zoekt de hulpverlening contact met de partners.", note: "The barring order's ten days, the partners named: still the legal term." },
    { text: "Bij huiselijk geweld start na de afkoelingsperiode de hulpverlening.", note: "No partners or couple: no remedy offered to a couple." },
    { text: "De politie spreekt van een [[uit de hand gelopen]] ruzie tussen de man en zijn vrouw.", note: "The police's name passed on without contradiction (lib/framing officialLabel)." },
    { text: "Buurtbewoners spreken van een uit de hand gelopen ruzie tussen de man en zijn vrouw.", note: "An ordinary person's name: a view the text reports." },
    { text: "De politie spreekt van een uit de hand gelopen ruzie tussen de man en zijn vrouw, terwijl hij haar al jaren controleerde.", note: "Contradicted in the sentence: a refutation." },
    { text: "Op de tribune liep een ruzie uit de hand en er vielen klappen.", onTopic: false, note: "A fight at a match: the sport setting (topic-other other-school-sport-media) with nothing of home or partners (lib/framing reportAt)." },
    { text: "Bij de sport ging het mis: door stress en drank sloeg een sporter een ander.", onTopic: false, note: "Sport and sporters (gender-other-setting): not domestic." },
    { text: "Na de voetbalwedstrijd liep thuis een [[ruzie]] uit de hand en hij sloeg zijn vrouw.", onTopic: false, note: "Sport in passing, a domestic passage: still flagged." },
    { text: "In de kroeg liep de ruzie uit de hand en hij sloeg toe.", onTopic: false, note: "A pub and a lone 'hij': one party, not a woman and a man (lib/framing domesticPassage)." },
    { text: "In de kroeg liep de [[ruzie]] uit de hand en hij sloeg haar.", onTopic: false, note: "A man and a woman as the two parties: a domestic passage in another setting." },
    { text: "Het ging om een ‘[[uit de hand gelopen]] ruzie’ tussen de man en zijn vrouw.", note: "Scare quotes alone: the framing passed on." },
    { text: "Het ging om een ‘uit de hand gelopen ruzie’ tussen de man en zijn vrouw, maar hij hield haar al jaren onder controle.", note: "Scare quotes and a turn in the sentence: held at a distance (lib/framing scareQuoted)." },
    { text: "De uit de hand gelopen ruzie tussen het echtpaar, zoals de recherche het noemde, bleek een patroon van controle.", note: "An aside attributes the name; the pattern named in the sentence refutes it (lib/framing asideLabel)." },
    { text: "De [[uit de hand gelopen]] ruzie tussen de man en zijn vrouw, zoals de politie het omschreef, eindigde in het ziekenhuis.", note: "The police's name in an aside, not contradicted: passed on." },
    { text: "Uit onderzoek blijkt dat mannen en vrouwen in hun relatie [[ongeveer even vaak]] geweld gebruiken." },
    { text: "Vrouwen en mannen hebben evenveel recht op hulp bij huiselijk geweld.", note: "An equal right, not equal victimhood." },
    { text: "Mannen worden [[net zo goed]] mishandeld door hun partner als vrouwen bij huiselijk geweld." },
    { text: "De [[helft van de slachtoffers van huiselijk geweld is man]]." },
    { text: "Partnergeweld wordt [[zowel door mannen als door vrouwen]] gepleegd." },
    { text: "Het beeld van de man als dader en de vrouw als slachtoffer is [[achterhaald]] bij huiselijk geweld." },
    { text: "Een man is aangehouden na een steekpartij. Volgens de politie ging het om een [[uit de hand gelopen ruzie]] tussen de man en zijn vriendin.", onTopic: false, note: "The police's account passed on without distance." },
    { text: "[[Ook vrouwen kunnen pleger zijn]] van partnergeweld, en dat gebeurt vaker dan je denkt.", note: "'vaker' is not about the sexes." },
    { text: "Vrouwen en mannen die slachtoffer zijn van huiselijk geweld kunnen terecht bij Veilig Thuis.", note: "The victimhood sits in a relative clause; a service." },
    { text: "Critici beweren dat partnergeweld een ruzie tussen gelijken is.", note: "A claim reported at a distance." },
    { text: "De raad voerde een verhitte discussie over het budget voor de vrouwenopvang.", note: "A debate, not a quarrel between partners." },
    { text: "# Aard en omvang\n\n[[Common couple violence]] is de meest voorkomende vorm van partnergeweld." },
    { text: "Bij partnergeweld ontstaat het geweld wanneer [[conflicten escaleren]]." },
    { text: "Onderzoek wijst uit dat bij huiselijk geweld heel vaak sprake is van [[wederzijds geweld]]." },
    { text: "Huiselijk geweld ontstaat vaak door [[spanningen in het gezin]]." },
    { text: "Wijkteams letten bij huiselijk geweld op signalen zoals oplopende spanningen en isolement.", note: "Tension as an early signal professionals notice." },
    { text: "Hulpverleners moeten bij huiselijk geweld de spanningen in het gezin tijdig herkennen.", note: "Tension as a signal to recognise early." },
    { text: "Bij huiselijk geweld lopen de [[spanningen in het gezin]] vaak zo hoog op dat er klappen vallen." },
    { text: "Slachtoffers van huiselijk geweld zijn [[zowel mannen als vrouwen]]." },
    { text: "Het is bekend dat er vaak [[sprake is van wederkerigheid]]. [[Slachtoffers kunnen ook pleger zijn]] en plegers kunnen ook slachtoffer zijn.", onTopic: false },
    { text: "Bij huiselijk geweld versterkt het protocol de samenwerking van Veilig Thuis, politie en OM en de wederkerigheid tussen deze drie organisaties.", note: "Reciprocity between organisations, not between partners." },
    { text: "Toen buren met elkaar slaags raakten over een parkeerplek, liep een ruzie uit de hand.", onTopic: false, note: "Neighbours as the two parties: another setting." },
    { text: "Er lijkt sprake van een [[uit de hand gelopen]] conflict in de relationele sfeer.", onTopic: false, note: "A police statement: an escalation in the relationship stands for violence." },
    { text: "Sportnota. Bij de voetbalclub liep een ruzie tussen twee spelers uit de hand. De club start een cursus.", onTopic: false, note: "Off topic, and the passage is about a sports club: no framing of domestic violence (lib/framing reportAt)." },
    { text: "Na een aanrijding kreeg de man thuis [[ruzie]] met zijn vrouw en sloeg haar.", onTopic: false, note: "Another setting named, but also the man and his wife: the finding stands." },
    { text: "Je krijgt het idee dat die [[ruzies]] uit de hand lopen, dat er geweld bij komt kijken.", onTopic: false, note: "An impression, not a refutation." },
    { text: "In de meer [[traditionele visie]] over partnergeweld, meestal gebaseerd op gender-ideologische theorieën, worden mannen aangemerkt als daders en vrouwen als slachtoffers.", note: "'meestal' belongs to 'gebaseerd', not to the sexes." },
    { text: "Bij huiselijk geweld zijn de partners [[allebei]] agressief." },
    { text: "Er is sprake van relationeel geweld wanneer partners [[elkaar]] fysiek of psychisch pijn doen.", note: "Manner words between the reciprocal and the act (a13f)." },
    { text: "Bij huiselijk geweld spreken de partners elkaar, en later sloeg hij haar.", note: "The act stands in another clause." },
    { text: "Partnergeweld komt in alle lagen voor. Het begint vaak met een [[ruzie]] over geld.", onTopic: false },
    { text: "Hij sloeg zijn vrouw meerdere keren. Het begon steeds met een [[ruzie]] over geld.", onTopic: false, note: "Violence and the relationship in the sentence before fill the slot (late-c)." },
    { text: "# Partnergeweld\n\nVaak begint het met een [[ruzie]] over geld.", onTopic: false, note: "The heading names partner violence." },
    { text: "Het is een [[misverstand]] dat alleen vrouwen slachtoffer zijn van huiselijk geweld.", note: "The refutation dismisses the gender pattern." },
    { text: "[[De gedachte dat]] de dader meestal een man is, is achterhaald; onze cijfers laten zien dat de rollen evenredig verdeeld zijn bij partnergeweld.", note: "The claim stands in a clause of its own." },
    { text: "[[Ook mannen worden geslagen]] door hun partner. In de praktijk ligt de [[verhouding ongeveer fifty-fifty]].", onTopic: false },
    {
      text: "[[Ook mannen worden geslagen]] door hun partner. In de praktijk ligt de [[verhouding ongeveer fifty-fifty]].",
      onTopic: false,
      note: "Both sentences: 'ook' with the other sex's role (fr-a), then the even split.",
    },
    { text: "Systeemgericht werken betekent dat het geweld verklaard wordt uit de [[interactie tussen de partners]] bij partnergeweld." },
    { text: "Huiselijk geweld: we denken niet zo snel aan stellen die [[over en weer]] schreeuwen en slaan." , note: "The negation does not reach into the relative clause." },
    { text: "Denk aan voorlichting aan risicogroepen over veilig [[ruzie]] maken, ter voorkoming van huiselijk geweld." },
    { text: "De casusregisseur heeft een [[meervoudig partijdige]] houding naar betrokkenen bij huiselijk geweld." },
    { text: "Bij partnergeweld zijn mannen [[net zo vaak slachtoffer als vrouwen]]." },
    { text: "In tegenstelling tot wat vaak wordt gedacht, zijn vrouwen bij partnergeweld [[even vaak dader als mannen]].", note: "The cited belief is set against the text's own claim." },
    { text: "Bij partnergeweld is het vaak [[niet duidelijk wie de dader]] en wie het slachtoffer is." },
    { text: "Over huiselijk geweld: we hebben als samenleving de [[neiging]] om vrouwen eerder te zien als slachtoffers en mannen als plegers." },
    { text: "Een [[klein gedeelte]] van het huiselijk geweld betreft intimate terrorism." },
    { text: "Partnergeweld is geen ruzie maar een patroon van macht en controle.", note: "Negated." },
    { text: "Partnergeweld wordt ten onrechte afgedaan als een relatieprobleem.", note: "Refuted." },
    { text: "De interventies bij partnergeweld zijn complexer dan interventies in gevallen met alleen ruzies over de kinderen.", note: "Partner violence distinguished from quarrels." },
    { text: "Maar liefst 40 procent van de mensen met een vaste relatie zegt nooit ruzie te maken met de partner.", onTopic: false, note: "Ordinary quarrels, no violence." },
    { text: "Spanningen in het gezin vergroten de kans op huiselijk geweld.", note: "A risk factor." },
    { text: "Zowel mannen als vrouwen kunnen bij Veilig Thuis terecht voor advies over huiselijk geweld.", note: "A service, not a victimhood claim." },
    { text: "Zowel mannen als vrouwen kunnen slachtoffer worden van huiselijk geweld, maar vrouwen zijn vaker slachtoffer.", note: "The sexes set apart." },
    { text: "Plegers zijn vaak ook slachtoffer geweest van geweld in hun jeugd.", note: "Victimised earlier, in childhood." },
    { text: "Het idee dat vrouwen het geweld bij partnergeweld zelf uitlokken, is een mythe.", note: "A refuted victim-blaming myth, not the gender pattern." },
    { text: "Het is een misvatting dat mannen en vrouwen even vaak slachtoffer zijn van partnergeweld; vrouwen zijn veel vaker slachtoffer.", note: "The refuted proposition is symmetry." },
    { text: "Het is geen crime of passion en geen uit de hand gelopen ruzie, maar macht en controle bij partnergeweld.", note: "Negated; the pattern is named." },
    { text: "Huiselijk geweld is een uiting van macht; de politie wordt vaak ingeschakeld wanneer huiselijk geweld escaleert.", note: "The violence itself escalates." },
    { text: "Jongeren zeggen dat partnergeweld uit relatieproblemen ontstaat.", note: "Reported speech." },
    { text: "De buren hadden ruzie over de schutting.", note: "No domestic-violence context." },
    { text: "In elke relatie is er weleens ruzie; dat is iets anders dan geweld.", note: "The quarrel set against violence after it (h-fr3)." },
    { text: "Bij een ruzie zijn partners gelijkwaardig; bij partnergeweld oefent de een macht uit over de ander.", note: "Power over the other is named." },
    { text: "Wat doe je als een [[discussie]] thuis dreigt om te slaan in geweld?", note: "An argument word turning into violence: a quarrel become violence, no partners needed (confmin)." },
    { text: "Vaak loopt een [[twist]] thuis uit op slaan en duwen.", note: "The split verb around the argument word." },
    { text: "De discussie over huiselijk geweld mondde uit in een motie van de raad.", note: "A debate that ends in a motion, not in violence." },
    { text: "Een discussie hoeft niet uit te monden in geweld; partnergeweld is een patroon van controle.", note: "Negated, and the pattern named." },
    { text: "Al jaren belde zij de wijkagent over [[familietwisten]]. Twee keer sloeg hij haar daarbij.", note: "A quarrel word that names the family itself, violence in the next sentence (confmin)." },
    { text: "Bij familieconflicten over een erfenis kan een mediator helpen.", note: "No violence near." },
    { text: "Na de melding onderzoekt de politie of er in het gezin sprake was van een [[conflict]].", note: "Police looking into a quarrel at home: an incident in a news item (confmin)." },
    { text: "De politie ondersteunt ouders bij conflicten binnen het gezin via de wijkagent.", note: "No inquiry: a service." },
    { text: "Er werd een vrouw mishandeld in een flat. Het zou gaan om een conflict [[in de relatiesfeer]].", note: "The sphere in one word, as 'in de relationele sfeer'." },
    { text: "Twee mannen werden in een café mishandeld. Het begon met een ruzie over de rekening.", onTopic: false, note: "Violence around, but no relationship: not between partners." },
    { text: "Hij sloeg zijn vrouw niet. Het bleef bij een ruzie over geld.", onTopic: false, note: "The violence around is negated." },
    { text: "Bij geweld in partnerrelaties wordt vaak een onderscheid gemaakt tussen common couple violence en intimate terrorism.", note: "Describes the typology." },
    { text: "Het gaat om geweld met meestal mannelijke plegers en vrouwelijke slachtoffers bij partnergeweld.", note: "An asymmetric pattern is not a perception." },
    { text: "Mannen en vrouwen hebben even vaak behandeling nodig na huiselijk geweld, maar vrouwen vaker na partnergeweld.", note: "Not a victimhood claim." },
    { text: "Ongeveer veertig [[procent]] van de slachtoffers van partnergeweld is man.", note: "The men's share alone (a13f)." },
    { text: "[[Een derde]] van de plegers van huiselijk geweld is vrouw.", note: "A share of women among the perpetrators." },
    { text: "Van de slachtoffers van partnergeweld was 78 procent vrouw; van de verdachten was 86 procent man.", note: "The women's share is given." },
    { text: "Eén op de drie slachtoffers van huiselijk geweld is een vrouw die al eerder hulp zocht.", note: "Women among the victims." },
    { text: "De meeste slachtoffers van partnergeweld zijn vrouw; een op de vier slachtoffers is man.", note: "An asymmetry word in the sentence." },
    // symm (issue 13): ratios of any size, a ratio or a growing count of the sex itself, the other sex's figure next to it.
    { text: "Bij partnergeweld is [[zes op de tien]] slachtoffers een man.", note: "A ratio of any size (symm)." },
    { text: "Bij huiselijk geweld is [[3 op de 10]] plegers een vrouw.", note: "A ratio in digits, women among the perpetrators." },
    { text: "Huiselijk geweld raakt veel gezinnen. [[Een op de acht mannen wordt in zijn leven slachtoffer]] van partnergeweld.", note: "A ratio of the men themselves, no figure for women." },
    { text: "Bij huiselijk geweld zien hulpverleners een verschuiving: [[steeds meer mannen melden zich als slachtoffer]].", note: "A growing count of men as victims." },
    { text: "Over partnergeweld: [[een groeiende groep vrouwen pleegt]] geweld tegen de partner.", note: "A growing count of women as perpetrators." },
    { text: "Een op de acht mannen wordt slachtoffer van partnergeweld. Bij vrouwen gaat het om een op de vier.", note: "The women's figure is set against it in the next sentence." },
    { text: "Zes op de tien slachtoffers van partnergeweld is een man. Van de vrouwen meldt maar 20 procent het geweld.", note: "A figure for women next to the share." },
    { text: "Steeds meer mannen die slachtoffer zijn van huiselijk geweld, zoeken hulp bij Veilig Thuis.", note: "A relative clause; the sentence is about help." },
    { text: "Bij partnergeweld worden steeds meer vrouwen slachtoffer van digitale controle.", note: "Women as victims: the pattern's direction." },
    { text: "Een op de tien mannen en een op de vijf vrouwen wordt slachtoffer van partnergeweld.", note: "Both sexes counted." },
    { text: "Steeds meer mannen doen mee aan de cursus over opvoeden, naast de aanpak van huiselijk geweld.", note: "No victimhood." },
    // framing (eighth session): the men's partner as the perpetrator in their clause does not block the men's count.
    { text: "Bij partnergeweld wordt [[een op de vijf mannen door zijn vrouw mishandeld]].", note: "His wife in an agent phrase: the perpetrator, no figure for women." },
    { text: "Huiselijk geweld neemt toe: [[steeds meer mannen worden door hun echtgenote geslagen]].", note: "A growing count, the wives as agents." },
    { text: "[[Een derde]] van de slachtoffers van partnergeweld is een man die door zijn vrouw wordt bedreigd.", note: "A share of men, his wife the perpetrator." },
    { text: "Bij partnergeweld wordt een op de vijf mannen door zijn vrouw mishandeld en een op de drie vrouwen door haar man.", note: "The women counted in the sentence too." },
    { text: "Een op de vijf mannen wordt door zijn vrouw geslagen, terwijl vrouwen veel vaker slachtoffer van partnergeweld zijn.", note: "An asymmetry for the women in the sentence." },
    { text: "Een op de tien mannen wordt door zijn vrouw mishandeld. Van de vrouwen is 25 procent slachtoffer van partnergeweld.", note: "The women's figure in the next sentence." },
    // symm: doubt cast on the gender pattern, its figures inflated or a question whether it is always men.
    { text: "Over huiselijk geweld: de [[cijfers over mannen die hun partner mishandelen, worden flink overdreven]].", note: "The pattern's figures called inflated." },
    { text: "Volgens de column is [[het aantal mishandelde vrouwen overschat]] bij partnergeweld.", note: "Women as victims, the figure overestimated." },
    { text: "Jaarlijks zijn er tienduizenden meldingen van huiselijk geweld. Gaat het daarbij [[allemaal om mannen]] die hun vriendin slaan?", note: "A question doubting the pattern." },
    { text: "Bij partnergeweld: is de dader [[altijd een man]]?", note: "The whole of one sex in its usual role, in a question." },
    { text: "Het is niet zo dat [[alleen mannen]] hun partner slaan bij huiselijk geweld.", note: "A violent verb said of men, the exclusivity negated." },
    { text: "De cijfers over geweld tegen vrouwen zijn niet overdreven.", note: "Negated." },
    { text: "Het is een mythe dat de cijfers over mannen die hun vrouw mishandelen overdreven zijn.", note: "Refuted." },
    { text: "Sommige critici zeggen dat de cijfers over mishandelde vrouwen overdreven zijn.", note: "A reported view." },
    { text: "Bij huiselijk geweld zegt de buurman dat de vrouw het verhaal heeft aangedikt.", note: "No figures: the victim's account (victim-blaming)." },
    { text: "Zijn daders van partnergeweld altijd mannen? Meestal wel: negen op de tien daders is een man.", note: "Answered with the pattern." },
    { text: "Zijn bij huiselijk geweld de slachtoffers allemaal volwassen?", note: "No sex named." },
    { text: "Zijn daders van huiselijk geweld altijd vrouwen?", note: "The other sex's role: not the pattern doubted." },
    // symm: both sexes as the victims or perpetrators in general, by a reference back to the sentence before.
    { text: "Bij huiselijk geweld zijn veel plegers vroeger zelf slachtoffer geweest. Het zijn dan ook heel verschillende mensen, [[vrouwen en mannen]].", note: "The listing refers back to the perpetrators." },
    { text: "Wie zijn de slachtoffers van partnergeweld? Het gaat om [[vrouwen en mannen]] van alle leeftijden.", note: "A question about the victims, answered with both sexes." },
    { text: "Veel slachtoffers van huiselijk geweld zoeken geen hulp. Het gaat om mannen en vrouwen die zich schamen.", note: "A relative clause narrows the listing." },
    { text: "Bij Veilig Thuis werken veel professionals tegen huiselijk geweld. Dat zijn mannen en vrouwen met ervaring.", note: "The sentence before names no victims or perpetrators." },
    { text: "Bij partnergeweld zijn de meeste slachtoffers vrouw. Het gaat om vrouwen en mannen, maar vrouwen vaker en ernstiger.", note: "The sexes set apart." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const emit = (h: Hit, messageId: string) => {
          if (done.has(h.sentence)) return;
          done.add(h.sentence);
          reportAt(ctx, h, messageId, { term: termOf(ctx, h) }, REMEDIES_BY_MESSAGE[messageId]);
        };
        const own = (h: Hit) => ownWords(ctx, h) !== null && !countered(ctx, h.sentence) && !escalationDenied(ctx, h);
        const usable = (h: Hit) => own(h) && dvPassage(ctx, ctx.doc.sentences[h.sentence]);
        // "Partnergeweld verschilt van ruzie of relatieproblemen": the framing word set apart from the violence (fr-sym).
        for (const h of ctx.find(FRAMING)) if (usable(h) && !distinguishedBefore(ctx, h) && !outsideHome(ctx, ctx.doc.sentences[h.sentence])) emit(h, "default");
        // "Beide partners nemen een afkoelingsperiode": a cooling-off period offered to the couple; "na een huisverbod volgt een
        // afkoelingsperiode van tien dagen" is the legal term (framing, eighth session).
        for (const h of ctx.find(COOLING_OFF)) {
          if (has(ctx, h.sentence, PARTNERS) && !has(ctx, h.sentence, BARRING_ORDER) && usable(h) && !outsideHome(ctx, ctx.doc.sentences[h.sentence])) emit(h, "default");
        }
        for (const h of ctx.find(CLAIM)) {
          const s = ctx.doc.sentences[h.sentence];
          // "Ongeacht hun geslacht kunnen slachtoffers terecht bij ...": a sentence pointing to help is a service.
          if (usable(h) && !sexesSetApart(ctx, s) && !has(ctx, h.sentence, SERVICE)) emit(h, "claim");
        }
        // "Slachtoffers van huiselijk geweld zijn zowel mannen als vrouwen": both sexes as victims or perpetrators,
        // with no asymmetry between the sexes in the sentence or around it.
        for (const h of ctx.find(BOTH_SEXES)) {
          const i = h.sentence;
          if (!predicatedAsVictims(ctx, h) || has(ctx, i, PATTERN) || !usable(h)) continue;
          if (sexesSetApart(ctx, ctx.doc.sentences[i])) continue;
          // "Niet alleen vrouwen, maar ook kinderen zijn slachtoffer": the other group is the children, not men.
          // "… niet alleen vrouwen; ook ouderen worden slachtoffer": another group (fr-sym).
          if (has(ctx, i, [...CHILDREN, ...OTHER_GROUP]) && !(has(ctx, i, FEMALE) && has(ctx, i, MALE))) continue;
          emit(h, "claim");
        }
        for (const h of ctx.find(EQUAL)) {
          const s = ctx.doc.sentences[h.sentence];
          if (!equalComparison(ctx, h) || childOrElderOnly(ctx, h.sentence)) continue;
          if (!sexesSetApart(ctx, s) && !has(ctx, h.sentence, PATTERN) && usable(h)) emit(h, "claim");
        }
        // "ze sloegen elkaar", "beiden gebruikten geweld", "geweld naar elkaar toe": a reciprocal word right next to
        // violent behaviour; "het partnergeweld is wederzijds": a reciprocal adjective right next to violence.
        for (const [concepts, violence] of [[MUTUAL, BEHAVIOUR], [MUTUAL_ADJECTIVE, VIOLENCE]] as const) {
          for (const h of ctx.find(concepts)) {
            // "partners die elkaar fysiek of psychisch pijn doen": manner words may stand between, in one clause.
            const near = hitsInClauseOf(ctx, h, violence).some((v) => !denied(ctx, v) && tokensNear(v, h, MUTUAL_GAP));
            if (near && usable(h) && !has(ctx, h.sentence, PATTERN) && !outsideHome(ctx, ctx.doc.sentences[h.sentence])) emit(h, "default");
          }
        }
        // "lang niet altijd vrouwen": the negation belongs to the construction, so the own-words test skips it.
        for (const h of ctx.find(EXCLUSIVE)) {
          const s = ctx.doc.sentences[h.sentence];
          const span = negatedExclusivity(ctx, h);
          if (!span || s.blockType === "footnote" || countered(ctx, s.index) || !dvPassage(ctx, s)) continue;
          if (!has(ctx, s.index, [...PATTERN, ...SERVICE]) && !sexesSetApart(ctx, s)) emit(span, "claim");
        }
        // "De ouders gingen elkaar herhaaldelijk met woorden en vuisten te lijf": "elkaar" with a violent verb further
        // off in its clause, when no service word is in the clause ("helpen elkaar bij de aanpak van geweld").
        for (const h of ctx.find(RECIPROCAL)) {
          const verb = [...hitsInClauseOf(ctx, h, VIOLENT_VERB), ...acrossEnumeration(ctx, h, VIOLENT_VERB, RECIPROCAL_GAP)].some((v) => !denied(ctx, v) && tokensNear(v, h, RECIPROCAL_GAP));
          if (verb && !inClause(ctx, h, APPROACH) && usable(h) && !has(ctx, h.sentence, PATTERN) && !outsideHome(ctx, ctx.doc.sentences[h.sentence])) emit(h, "default");
        }
        // "Zes op de tien slachtoffers van partnergeweld is een man": a ratio of any size counts like the lexicon's fixed shares (symm).
        const ratios = [...new Set(ctx.find(RATIO_LINK).map((r) => r.sentence))].flatMap((i) => ratiosIn(ctx, i));
        for (const h of [...ctx.find(SHARE), ...ratios]) if (crossedShare(ctx, h) && usable(h) && !has(ctx, h.sentence, PATTERN)) emit(h, "claim");
        // "Eén op de tien mannen wordt slachtoffer", "steeds meer mannen melden zich als slachtoffer" (symm).
        for (const h of [...ctx.find([...SHARE, ...GROWING]), ...ratios]) {
          const span = countedOtherRole(ctx, h);
          if (span && usable(h) && !has(ctx, h.sentence, [...PATTERN, ...SERVICE])) emit(span, "claim");
        }
        // "Mannen worden vaker door hun partner geslagen dan vrouwen", "vrouwen gebruiken in relaties vaker geweld dan
        // mannen", "in de meeste gevallen van partnergeweld is de vrouw de dader": the pattern reversed (fr-sym). In a
        // sentence that names partner or domestic violence or the relationship, not set outside the home, about adults.
        const asymmetric = new Set(ctx.find([...ASYMMETRY, ...COMPARATIVE]).map((h) => h.sentence));
        for (const i of asymmetric) {
          const { reversed } = asymmetryDirections(ctx, i);
          const s = ctx.doc.sentences[i];
          if (!reversed || !has(ctx, i, [...DV_CORE, ...RELATIONSHIP]) || has(ctx, i, PATTERN) || childOrElderOnly(ctx, i)) continue;
          // "Mannen zijn vaker slachtoffer van geweld op straat, vrouwen van geweld thuis": the men's share is outside the home.
          if (inClause(ctx, reversed, OUTSIDE_HOME) || outsideHome(ctx, s) || has(ctx, i, SERVICE)) continue;
          if (usable(reversed)) emit(reversed, "claim");
        }
        // Symmetry by construction (issue 13, F2): a listing of both sexes as victims or perpetrators, an even division,
        // sex declared irrelevant, the reverse direction or the other sex's role made common, anyone as victim. Never
        // with the sexes set apart around it, the gender pattern named, or a sentence that points to help.
        const claim = (h: Hit) => usable(h) && !has(ctx, h.sentence, [...PATTERN, ...SERVICE]) && !sexesSetApart(ctx, ctx.doc.sentences[h.sentence]);
        // Only sentences with a word of each sex are read for a listing (the conjunctions are everywhere).
        const withMen = new Set(ctx.find(MALE).map((h) => h.sentence));
        for (const i of new Set(ctx.find(FEMALE).map((h) => h.sentence).filter((k) => withMen.has(k)))) {
          for (const h of sexListings(ctx, i)) if ((predicatedAsVictims(ctx, h) || listedAsReferent(ctx, h)) && claim(h)) emit(h, "claim");
          const among = occursAmongBoth(ctx, i);
          if (among && claim(among)) emit(among, "claim");
        }
        const constructions = [[EQUAL_STATE, evenDivision], [IRRELEVANCE, sexIrrelevant], [KNOWS_NO, knowsNoSex], [PREVALENCE, equalPrevalence], [REVERSAL, commonReversal], [ALSO, commonOtherRole], [ALSO, alsoOtherSex], [UNIVERSAL, anyoneVictim]] as const;
        for (const [concepts, build] of constructions) {
          for (const h of ctx.find(concepts)) {
            const span = build(ctx, h);
            if (span && claim(h)) emit(span, "claim");
          }
        }
        // Doubt cast on the gender pattern (symm): its figures called inflated, or a question whether it is always men.
        for (const h of ctx.find(INFLATED)) {
          const span = inflatedPattern(ctx, h);
          if (span && usable(h) && !has(ctx, h.sentence, PATTERN)) emit(span, "perception");
        }
        for (const h of ctx.find(WHOLE)) {
          const span = doubtingQuestion(ctx, h);
          if (span && usable(h) && !has(ctx, h.sentence, [...PATTERN, ...SERVICE])) emit(span, "perception");
        }
        // "Het is lastig te zeggen wie begon", "wie de schuldige is, valt niet te zeggen" (framing3): the negation belongs
        // to the construction, so the own-words test reads it without negation.
        for (const h of ctx.find(WHO_STARTED)) {
          const span = unclearWhoStarted(ctx, h);
          const s = ctx.doc.sentences[h.sentence];
          if (!span || !ownWords(ctx, h, { negation: false }) || countered(ctx, h.sentence) || !dvPassage(ctx, s)) continue;
          if (has(ctx, h.sentence, [...PATTERN, ...SERVICE]) || sexesSetApart(ctx, s) || outsideHome(ctx, s)) continue;
          emit(span, "roles");
        }
        // "Bij huiselijk geweld zijn er geen daders en slachtoffers, alleen mensen die hulp nodig hebben" (framing3): the
        // roles denied. The "geen" belongs to the construction; a negation before it in its clause denies the denial
        // ("het is niet zo dat er geen dader of slachtoffer is").
        for (const h of ctx.find(ROLE_DENIAL)) {
          const s = ownNegativePhrase(ctx, h);
          if (!s || !dvPassage(ctx, s) || has(ctx, h.sentence, PATTERN) || outsideHome(ctx, s)) continue;
          emit(h, "roles");
        }
        // "Slachtoffers kunnen ook pleger zijn": not when the perpetrator was a victim earlier (in childhood).
        for (const h of ctx.find(ROLE_MERGE)) if (usable(h) && !has(ctx, h.sentence, PAST)) emit(h, "roles");
        // "ruzies die uit de hand lopen", "spanningen in huis", "een uit de hand gelopen conflict in de relationele sfeer"
        // "een discussie tussen de man en zijn vriendin": a word that may be a debate counts with the relationship in the sentence.
        for (const h of ctx.find(RELATIONAL)) {
          if (!own(h) || !(has(ctx, h.sentence, PARTNERS) || turnsIntoViolence(ctx, h)) || !conflictAboutViolence(ctx, h) || contrasted(ctx, h)) continue;
          if (inClause(ctx, h, RISK_OR_SIGNAL) || has(ctx, h.sentence, PATTERN) || childOrElderOnly(ctx, h.sentence)) continue;
          if (outsideHome(ctx, ctx.doc.sentences[h.sentence])) continue;
          emit(h, "conflict");
        }
        for (const h of ctx.find([...CONFLICT, ...ESCALATION])) {
          if (!own(h) || !conflictAboutViolence(ctx, h) || contrasted(ctx, h) || childOrElderOnly(ctx, h.sentence)) continue;
          if (ESCALATION.includes(h.concept) && violenceEscalates(ctx, h)) continue;
          // "Het wijkteam let op signalen zoals oplopende spanningen": early detection, not the framing.
          if (inClause(ctx, h, RISK_OR_SIGNAL) || has(ctx, h.sentence, PATTERN)) continue;
          // "Andere oorzaken zoals uitgaansgeweld en uit de hand gelopen ruzies": a quarrel outside the home (fr-sym).
          if (outsideHome(ctx, ctx.doc.sentences[h.sentence])) continue;
          emit(h, "conflict");
        }
        // "Het is een misverstand dat alleen vrouwen slachtoffer zijn": the refutation is aimed at the gender pattern.
        // "De man steeds als dader aanwijzen is niet juist": a verdict on the pattern counts like a refutation word (fr-sym).
        for (const h of ctx.find([...COUNTER_CUE, ...VERDICT])) {
          const i = h.sentence;
          if (!refutesPattern(ctx, i) || ctx.attributed(h) || !dvPassage(ctx, ctx.doc.sentences[i])) continue;
          emit(h, "perception");
        }
        // "de neiging om vrouwen als slachtoffer en mannen als pleger te zien", "worden mannen aangemerkt als daders"
        for (const h of ctx.find(PERCEPTION)) {
          const i = h.sentence;
          if (has(ctx, i, FEMALE) && has(ctx, i, MALE) && has(ctx, i, ROLES_WORDS) && !genderedAsymmetry(ctx, i) && usable(h)) emit(h, "perception");
        }
        // "een klein gedeelte ... betreft intimate terrorism"
        for (const h of ctx.find(MINIMISER)) {
          if (hitsIn(ctx, h.sentence, GENDERED_FORM).length > 0 && usable(h)) emit(h, "minimised");
        }
      },
    };
  },
});
