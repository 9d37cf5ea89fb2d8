import type { DocumentKind } from "../types.js";
import { punctuationBetween, type ClauseOptions } from "./clauses.js";
import { NO_PLAIN_TEXT_CUES, type PlainTextCues } from "./plain/layout-cues.js";
import { NO_SECTION_CUES, type SectionCues } from "./sections.js";
import type { TokenTable } from "./tokens.js";

// Negation and reported-speech cues, available to every rule through the parsed document.

/**
 * Cue words, read from the corpus lexicon "cues" (concepts negation-cue, negation-phrase-head, negation-adverb, negation-determiner,
 * negation-verb-lead, negation-copula, post-negation-cue, negation-exception, negation-comparative, clause-breaker, relative-pronoun, reporting-verb,
 * opinion-verb, according-to, attribution-marker, author-voice, manner-after-volgens). Folded lower case.
 */
export interface CueSets {
  /** Words that negate what follows them in their clause ("geen", "niet", "zonder"). */
  negators: Set<string>;
  /** Negators that open a phrase of their own ("zonder", "gebrek aan"): in the gap of a split phrase they negate only that. */
  phraseNegators: Set<string>;
  /** Negators whose negation the words of notNegatingAfterNiet cancel ("niet alleen"). */
  cancellableNegators: Set<string>;
  /** Negators that also negate a mention before them, after a verb ("is nog niet vastgesteld"). */
  trailingNegators: Set<string>;
  /** Words directly before such a trailing negator ("nog", "is", "worden"). */
  trailingNegationLead: Set<string>;
  /**
   * Trailing negators that are determiners ("geen"): after a copula and with a word after them in the clause they
   * negate that word, a predicate nominal ("Vrouwenmishandeling is geen privézaak"), not the mention before them
   * ("er zijn er nog geen", "is nog geen onderdeel", "is geen analyse gemaakt" stay negations).
   */
  trailingDeterminers: Set<string>;
  /** Copulas ("is", "zijn"): before "geen" and a noun they make a predicate nominal. */
  copulas: Set<string>;
  /** Cues that follow what they negate: "een gendertoets ontbreekt". */
  postNegators: Set<string>;
  /** Words after "niet" that undo the negation: "niet alleen … maar ook", "niet zelden". */
  notNegatingAfterNiet: Set<string>;
  /** Comparatives that undo the negation of "niet" when "dan" follows them: "niet langer dan twee weken" is a ceiling. */
  comparativesAfterNiet: Set<string>;
  /** Words that end the scope of a negation within a sentence. */
  clauseBreakers: Set<string>;
  /** Words that open a relative clause; a negation before one does not reach into it. */
  relativePronouns: Set<string>;
  reportingVerbs: Set<string>;
  /** Reporting verbs whose "het" is the object of an opinion ("vinden het normaal", "ervaren het als …"). */
  opinionVerbs: Set<string>;
  /** A reporting verb and its particle that make a promise ("zegt toe", "zeggen toe"), folded, one space between. */
  promiseVerbs: Set<string>;
  /** "volgens": ascribes what follows to a speaker. */
  accordingTo: Set<string>;
  /** "aldus": names the speaker after the words ("…, aldus de politie"). */
  attributionMarkers: Set<string>;
  /** Subjects that make a reporting verb the author's own voice: "wij vinden het belangrijk". */
  authorSubjects: Set<string>;
  /** Words after "volgens (de/het)" that name a way of working, not a speaker: "volgens de meldcode". */
  mannerAfterVolgens: Set<string>;
  /** The vocabulary of each document kind (lexicon "document"), in order of precedence; whole words, any case. */
  kindCues: Array<[DocumentKind, RegExp]>;
  /** Heading words that name a part, not the document ("Inleiding", "Bijlage 1"), anchored at the heading's start. */
  genericHeading: RegExp | null;
  /** Heading words and content words that give a section its role (lexicons "headings", "section-content"). */
  sections: SectionCues;
  /** Layout words of plain text: part and top-level heading words, contents titles, page, abbreviation and citation words. */
  plainText: PlainTextCues;
}

export const NO_CUES: CueSets = {
  negators: new Set(),
  phraseNegators: new Set(),
  cancellableNegators: new Set(),
  trailingNegators: new Set(),
  trailingNegationLead: new Set(),
  trailingDeterminers: new Set(),
  copulas: new Set(),
  opinionVerbs: new Set(),
  promiseVerbs: new Set(),
  accordingTo: new Set(),
  attributionMarkers: new Set(),
  postNegators: new Set(),
  notNegatingAfterNiet: new Set(),
  comparativesAfterNiet: new Set(),
  clauseBreakers: new Set(),
  relativePronouns: new Set(),
  reportingVerbs: new Set(),
  authorSubjects: new Set(),
  mannerAfterVolgens: new Set(),
  kindCues: [],
  genericHeading: null,
  sections: NO_SECTION_CUES,
  plainText: NO_PLAIN_TEXT_CUES,
};

/** Tokens a negation reaches: a negator at most this far before a mention, or after it ("is nog niet vastgesteld"). */
export const NEGATION_REACH = 6;

/**
 * Is the token range [from, to) negated in its sentence? A negator before it in the same clause
 * (within NEGATION_REACH tokens), or a post-negator ("ontbreekt") after it in the same clause.
 */
export function isNegated(
  cues: CueSets,
  tokens: TokenTable,
  text: string,
  sentenceStartTok: number,
  sentenceEndTok: number,
  from: number,
  to: number,
): boolean {
  for (let i = from - 1; i >= Math.max(sentenceStartTok, from - NEGATION_REACH); i--) {
    if (clauseBreakBetween(tokens, text, i, i + 1)) break;
    const n = tokens.normAt(i);
    if (cues.clauseBreakers.has(n) || cues.relativePronouns.has(n)) break;
    if (cues.negators.has(n)) {
      if (cancelledAfter(cues, tokens, i, sentenceEndTok)) continue;
      return true;
    }
  }
  // "nog niet/geen" directly after a verb phrase that contains the match: "is nog niet vastgesteld"
  for (let i = to; i < Math.min(sentenceEndTok, to + NEGATION_REACH); i++) {
    if (clauseBreakBetween(tokens, text, i - 1, i)) break;
    const n = tokens.normAt(i);
    if (cues.clauseBreakers.has(n)) break;
    if (cues.postNegators.has(n)) return true;
    if (cues.trailingNegators.has(n) && i > to && cues.trailingNegationLead.has(tokens.normAt(i - 1))) {
      if (cues.trailingDeterminers.has(n) && predicateNominal(cues, tokens, text, i, sentenceEndTok)) continue;
      return true;
    }
  }
  return false;
}

/**
 * The shape of a Dutch past participle (ge…d/t, ge…en, be/ver/ont/her…d/t): morphology, not a word list. After
 * "is geen …" it makes a passive of absence ("is geen analyse gemaakt", "is geen vervolg gegeven").
 */
const PARTICIPLE_SHAPE = /^(?:[a-z]{0,5}ge[a-z]{2,}(?:d|t|en)|(?:be|ver|ont|her)[a-z]{3,}(?:d|t))$/;

/**
 * Is the determiner negator at token i the start of a predicate nominal: a copula right before it, a word after it
 * in its clause, and no participle closing the clause?
 */
function predicateNominal(cues: CueSets, tokens: TokenTable, text: string, i: number, sentenceEndTok: number): boolean {
  if (!cues.copulas.has(tokens.normAt(i - 1))) return false;
  if (i + 1 >= sentenceEndTok || clauseBreakBetween(tokens, text, i, i + 1)) return false;
  for (let k = i + 1; k < sentenceEndTok; k++) {
    if (k > i + 1 && clauseBreakBetween(tokens, text, k - 1, k)) break;
    const n = tokens.normAt(k);
    if (cues.clauseBreakers.has(n)) return k > i + 1;
    if (PARTICIPLE_SHAPE.test(n)) return false;
  }
  return true;
}

/** The comparison word of a bound ("niet langer dan", "niet meer dan"): no cue word, a word of the pattern. */
const THAN = "dan";

/**
 * Is the negator at token i a cancelled "niet": "niet alleen", "niet zelden", or a comparative and "dan" after it ("niet
 * langer dan twee weken", a ceiling, not "no longer"; also with a copula between: "niet langer is dan")?
 */
export function cancelledAfter(cues: CueSets, tokens: TokenTable, i: number, endTok: number): boolean {
  if (!cues.cancellableNegators.has(tokens.normAt(i)) || i + 1 >= endTok) return false;
  const next = tokens.normAt(i + 1);
  if (cues.notNegatingAfterNiet.has(next)) return true;
  if (!cues.comparativesAfterNiet.has(next)) return false;
  // "niet langer dan", and split by its copula in a subordinate clause: "dat de wachttijd niet langer is dan twee weken".
  const than = i + 2 < endTok && cues.copulas.has(tokens.normAt(i + 2)) ? i + 3 : i + 2;
  return than < endTok && tokens.normAt(than) === THAN;
}

const NEGATION_CLAUSE: ClauseOptions = { brackets: true, dashes: true };

function clauseBreakBetween(tokens: TokenTable, text: string, a: number, b: number): boolean {
  return punctuationBetween(text, tokens, a, b, NEGATION_CLAUSE);
}

/**
 * Is position `pos` of the sentence text inside quotation marks? Straight double quotes pair up;
 * curly quotes open and close. Single quotes are ignored: ’ is also the Dutch apostrophe.
 */
export function insideQuotes(sentenceText: string, offsetInSentence: number): boolean {
  const before = sentenceText.slice(0, offsetInSentence);
  const opens = (before.match(/[“„«]/g)?.length ?? 0) - (before.match(/[”»]/g)?.length ?? 0);
  if (opens > 0) return true;
  const straight = before.match(/"/g)?.length ?? 0;
  return straight % 2 === 1 && sentenceText.indexOf('"', offsetInSentence) >= 0;
}

/** Single quotation marks: straight, curly and low. ’ doubles as the apostrophe, so position decides. */
const SINGLE_QUOTES = "'‘’‚";
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A single quote opens where it follows the start, a space or an opening bracket and a word character follows it ("'familiedrama"). */
function opensSingle(t: string, i: number): boolean {
  return SINGLE_QUOTES.includes(t[i]) && (i === 0 || /[\s(\[„“"—–]/.test(t[i - 1])) && WORD_CHAR.test(t[i + 1] ?? "");
}
/** A single quote closes where a word or a full stop stands before it and no word character after it ("drama's'"). */
function closesSingle(t: string, i: number): boolean {
  return SINGLE_QUOTES.includes(t[i]) && i > 0 && /[\p{L}\p{N}.!?…]/u.test(t[i - 1]) && !WORD_CHAR.test(t[i + 1] ?? "");
}

/**
 * Does the stretch [start, end) of the sentence text stand inside quotation marks, double (insideQuotes) or single
 * ('familiedrama', ‘uit de hand gelopen ruzie’)? A single quote counts only where it stands as a quotation mark: an
 * apostrophe inside a word ("drama's", "zo'n") or before one ("'s avonds" without a closing mark) does not pair up.
 */
export function quotedAt(sentenceText: string, start: number, end: number): boolean {
  if (insideQuotes(sentenceText, start)) return true;
  let open = -1;
  for (let i = start - 1; i >= 0 && open < 0; i--) {
    if (closesSingle(sentenceText, i)) return false;
    if (opensSingle(sentenceText, i)) open = i;
  }
  if (open < 0) return false;
  for (let i = end; i < sentenceText.length; i++) {
    if (closesSingle(sentenceText, i)) return true;
    if (opensSingle(sentenceText, i)) return false;
  }
  return false;
}

// The grammar of reported speech, closed-class function words that make up the pattern rather than vocabulary: the
// articles that may stand between "volgens" and the speaker, the conjunction of a that-clause, "het" as the object
// of an opinion verb (or an article elsewhere), and the "om" of an infinitive clause.
const ARTICLES = ["de", "het"];
const THAT = "dat";
const IT = "het";
const CLAUSE_OPENERS = [THAT, "om"];
/** Tokens around a reporting verb in which the author as subject makes it the author's own voice (3 before, 1 after). */
const AUTHOR_BEFORE = 3;
const AUTHOR_AFTER = 1;
/** Tokens after a reporting verb within which its "dat" (or opinion "het") must follow: "zeggen vaker dat". */
const CLAUSE_REACH = 3;
/** Tokens after "het" within which a "dat" or "om" clause makes any reporting verb an opinion: "geven het aan dat". */
const IT_CLAUSE_REACH = 5;

function followedBy(tokens: TokenTable, from: number, to: number, words: string[]): boolean {
  for (let k = from; k < to; k++) if (words.includes(tokens.normAt(k))) return true;
  return false;
}

/**
 * Does the sentence report what others say or think ("jongeren zeggen dat …", "volgens …")?
 * The author's own voice ("wij vinden het belangrijk dat …") is not reported speech.
 */
export function reportsSpeech(cues: CueSets, tokens: TokenTable, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const n = tokens.normAt(i);
    if (cues.accordingTo.has(n) && i + 1 < to) {
      // "volgens jongeren", "volgens de politie": someone else's view; "volgens ons", "volgens de meldcode": not.
      const next = ARTICLES.includes(tokens.normAt(i + 1)) ? i + 2 : i + 1;
      if (next < to && !cues.authorSubjects.has(tokens.normAt(next)) && !cues.mannerAfterVolgens.has(tokens.normAt(next))) return true;
    }
    if (!cues.reportingVerbs.has(n)) continue;
    // "De partners zeggen toe dat …": a promise of the subject itself, not someone else's words.
    if (i + 1 < to && cues.promiseVerbs.has(`${n} ${tokens.normAt(i + 1)}`)) continue;
    let authorVoice = false;
    for (let j = Math.max(from, i - AUTHOR_BEFORE); j < Math.min(to, i + AUTHOR_AFTER + 1); j++) if (cues.authorSubjects.has(tokens.normAt(j))) authorVoice = true;
    if (authorVoice) continue;
    // "zeggen dat", "geven aan dat": a verb with "dat" within three tokens. "vinden het normaal (dat …)": an
    // opinion verb with "het" as its object; other verbs take "het" as an article ("rapporteert het aantal").
    for (let j = i + 1; j < Math.min(to, i + CLAUSE_REACH + 1); j++) {
      if (tokens.normAt(j) === THAT) return true;
      if (tokens.normAt(j) === IT && (cues.opinionVerbs.has(n) || followedBy(tokens, j + 1, Math.min(to, j + IT_CLAUSE_REACH + 1), CLAUSE_OPENERS))) return true;
    }
  }
  return false;
}
