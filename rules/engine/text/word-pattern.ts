/** What a pattern needs of a lexicon term (the TermSpec of the matcher, which this file does not import: the matcher reads text). */
export interface WordTerm {
  text: string;
  compound?: "none" | "head" | "modifier" | "both";
}

/**
 * A lexicon term as a regular-expression source over raw text: whole words, except where its * lets it run on
 * ("samenvatting*" also matches "samenvattingen"; "*opvang" also ends a longer word). The term's text is literal.
 */
export function wordPattern(t: WordTerm): string {
  const text = literalPattern(t);
  const runsBefore = t.compound === "head" || t.compound === "both";
  const runsOn = t.compound === "modifier" || t.compound === "both";
  return `${runsBefore ? "" : "\\b"}${text}${runsOn ? "" : "\\b"}`;
}

/** Terms as one alternation of word patterns, in the lexicon's order; null when there are none. */
export function wordAlternation(terms: readonly WordTerm[]): string | null {
  return terms.length ? terms.map(wordPattern).join("|") : null;
}

/** An ellipsis in a term ("wat gaan … doen"), with the spaces around it: some words may stand there. */
export const GAP_MARK = /\s*(?:…|\.\.\.)\s*/;
/**
 * How many words may stand at an ellipsis, in the matcher and in the heading patterns alike ("wat gaan we daarvoor
 * doen" for "wat gaan … doen").
 */
export const MAX_GAP_WORDS = 3;
/** The ellipsis as a pattern: up to MAX_GAP_WORDS words, each without a sentence's punctuation, or none. */
const GAP = String.raw`\s+(?:[^\s.;:?!]+\s+){0,${MAX_GAP_WORDS}}`;

/**
 * A term's text as a literal regular-expression source (no word boundaries: the caller decides its ending). An ellipsis
 * stands for up to MAX_GAP_WORDS whole words, or none ("wat gaan … doen" is also "wat gaan doen").
 */
export function literalPattern(t: WordTerm): string {
  return t.text
    .split(GAP_MARK)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(GAP);
}

/** Terms as one alternation of literal texts, in the lexicon's order; null when there are none. */
export function literalAlternation(terms: readonly WordTerm[]): string | null {
  return terms.length ? terms.map(literalPattern).join("|") : null;
}
