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

/** A term's text as a literal regular-expression source (no word boundaries: the caller decides its ending). */
export function literalPattern(t: WordTerm): string {
  return t.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Terms as one alternation of literal texts, in the lexicon's order; null when there are none. */
export function literalAlternation(terms: readonly WordTerm[]): string | null {
  return terms.length ? terms.map(literalPattern).join("|") : null;
}
