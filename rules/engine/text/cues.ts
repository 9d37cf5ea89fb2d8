import type { DocumentKind } from "../types.js";
import { NO_SECTION_CUES, type SectionCues } from "./sections.js";
import type { TokenTable } from "./tokens.js";

// Negation and reported-speech cues, available to every rule through the parsed document.

/**
 * Cue words, read from the corpus lexicon "cues" (concepts negation-cue, post-negation-cue,
 * negation-exception, clause-breaker, relative-pronoun, reporting-verb, author-voice). Folded lower case.
 */
export interface CueSets {
  negators: Set<string>;
  /** Cues that follow what they negate: "een gendertoets ontbreekt". */
  postNegators: Set<string>;
  /** Words after "niet" that undo the negation: "niet alleen … maar ook", "niet zelden". */
  notNegatingAfterNiet: Set<string>;
  /** Words that end the scope of a negation within a sentence. */
  clauseBreakers: Set<string>;
  /** Words that open a relative clause; a negation before one does not reach into it. */
  relativePronouns: Set<string>;
  reportingVerbs: Set<string>;
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
}

export const NO_CUES: CueSets = {
  negators: new Set(),
  postNegators: new Set(),
  notNegatingAfterNiet: new Set(),
  clauseBreakers: new Set(),
  relativePronouns: new Set(),
  reportingVerbs: new Set(),
  authorSubjects: new Set(),
  mannerAfterVolgens: new Set(),
  kindCues: [],
  genericHeading: null,
  sections: NO_SECTION_CUES,
};

/**
 * Is the token range [from, to) negated in its sentence? A negator before it in the same clause
 * (within six tokens), or a post-negator ("ontbreekt") after it in the same clause.
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
  for (let i = from - 1; i >= Math.max(sentenceStartTok, from - 6); i--) {
    if (clauseBreakBetween(tokens, text, i, i + 1)) break;
    const n = tokens.normAt(i);
    if (cues.clauseBreakers.has(n) || cues.relativePronouns.has(n)) break;
    if (cues.negators.has(n)) {
      if (n === "niet" && i + 1 < sentenceEndTok && cues.notNegatingAfterNiet.has(tokens.normAt(i + 1))) continue;
      return true;
    }
  }
  // "nog niet/geen" directly after a verb phrase that contains the match: "is nog niet vastgesteld"
  for (let i = to; i < Math.min(sentenceEndTok, to + 6); i++) {
    if (clauseBreakBetween(tokens, text, i - 1, i)) break;
    const n = tokens.normAt(i);
    if (cues.clauseBreakers.has(n)) break;
    if (cues.postNegators.has(n)) return true;
    if ((n === "niet" || n === "geen") && i > to && (tokens.normAt(i - 1) === "nog" || tokens.normAt(i - 1) === "zijn" || tokens.normAt(i - 1) === "is" || tokens.normAt(i - 1) === "worden" || tokens.normAt(i - 1) === "wordt")) {
      return true;
    }
  }
  return false;
}

function clauseBreakBetween(tokens: TokenTable, text: string, a: number, b: number): boolean {
  const gap = text.slice(tokens.end[a], tokens.start[b]);
  return /[,;:()–—]/.test(gap);
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

/** Verbs whose "het" is the object of an opinion: "vinden het normaal", "ervaren het als …". */
const OPINION_VERBS = new Set(["vinden", "vindt", "vind", "vond", "vonden", "achten", "acht", "ervaren", "ervaart", "beschouwen", "beschouwt", "accepteren", "accepteert", "noemen", "noemt"]);

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
    if (n === "volgens" && i + 1 < to) {
      // "volgens jongeren", "volgens de politie": someone else's view; "volgens ons", "volgens de meldcode": not.
      const next = tokens.normAt(i + 1) === "de" || tokens.normAt(i + 1) === "het" ? i + 2 : i + 1;
      if (next < to && !cues.authorSubjects.has(tokens.normAt(next)) && !cues.mannerAfterVolgens.has(tokens.normAt(next))) return true;
    }
    if (!cues.reportingVerbs.has(n)) continue;
    let authorVoice = false;
    for (let j = Math.max(from, i - 3); j < Math.min(to, i + 2); j++) if (cues.authorSubjects.has(tokens.normAt(j))) authorVoice = true;
    if (authorVoice) continue;
    // "zeggen dat", "geven aan dat": a verb with "dat" within three tokens. "vinden het normaal (dat …)": an
    // opinion verb with "het" as its object; other verbs take "het" as an article ("rapporteert het aantal").
    for (let j = i + 1; j < Math.min(to, i + 4); j++) {
      if (tokens.normAt(j) === "dat") return true;
      if (tokens.normAt(j) === "het" && (OPINION_VERBS.has(n) || followedBy(tokens, j + 1, Math.min(to, j + 6), ["dat", "om"]))) return true;
    }
  }
  return false;
}
