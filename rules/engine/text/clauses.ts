import type { TokenTable } from "./tokens.js";

/**
 * Clause boundaries within a sentence, one reading for every module: punctuation in the text between two tokens
 * (comma, semicolon, colon; optionally brackets and dashes; or the semicolon alone) and, optionally, a clause-breaking conjunction (the cue
 * lexicon "clause-breaker": "maar", "omdat", …) opens another clause. "Geen budget, maar wel een plan": "budget" and
 * "plan" stand in different clauses.
 */
export interface ClauseOptions {
  /** A comma breaks (default true). False for callers that treat commas themselves (enumerations). */
  commas?: boolean;
  /** A colon breaks (default true). */
  colons?: boolean;
  /** ( and ) break. */
  brackets?: boolean;
  /** – and — (en and em dash, not the hyphen) break. */
  dashes?: boolean;
  /** A clause-breaking conjunction from the cue lexicon breaks before itself. */
  breakers?: boolean;
}

/**
 * What the clause functions read of a parsed document (RuleContext.doc is one). Structural, so that the text layer
 * (cues.ts, which document.ts imports) can use this file without an import cycle.
 */
export interface ClauseText {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly cues: { readonly clauseBreakers: ReadonlySet<string> };
}

/**
 * The semicolon alone: the clauses of one sentence that each state something of their own (a motion's "overwegende dat
 * …; overwegende dat …", a reported clause and the author's own after it).
 */
export const SEMICOLON_CLAUSE: ClauseOptions = { commas: false, colons: false };

// One character class per combination of commas, colons, brackets and dashes (bit 0, 1, 2, 3); the semicolon always.
const PUNCTUATION: RegExp[] = Array.from(
  { length: 16 },
  (_, bits) => new RegExp(`[${bits & 1 ? "," : ""};${bits & 2 ? ":" : ""}${bits & 4 ? "()" : ""}${bits & 8 ? "–—" : ""}]`),
);

function punctuationOf(opts: ClauseOptions): RegExp {
  return PUNCTUATION[(opts.commas === false ? 0 : 1) | (opts.colons === false ? 0 : 2) | (opts.brackets ? 4 : 0) | (opts.dashes ? 8 : 0)];
}

/**
 * Punctuation of the set between the end of token `a` and the start of token `b` (a < b; all text between, also
 * that of the tokens in between). Engine-internal form of clauseBreak without breakers, for the text layer.
 */
export function punctuationBetween(text: string, tokens: TokenTable, a: number, b: number, opts: ClauseOptions = {}): boolean {
  return punctuationOf(opts).test(text.slice(tokens.end[a], tokens.start[b]));
}

/**
 * Does another clause begin between token `a` and token `b` (a < b)? True when the text from the end of `a` to
 * the start of `b` holds clause punctuation, or (with `breakers`) a token after `a` up to and including `b` is a
 * clause-breaking conjunction.
 */
export function clauseBreak(doc: ClauseText, a: number, b: number, opts: ClauseOptions = {}): boolean {
  if (punctuationBetween(doc.text, doc.tokens, a, b, opts)) return true;
  if (opts.breakers) for (let k = a + 1; k <= b; k++) if (doc.cues.clauseBreakers.has(doc.tokens.normAt(k))) return true;
  return false;
}

/** Token range [from, to) of the clause around token `tok`: its sentence, cut where clauseBreak finds a break between neighbours. */
export function clauseSpan(doc: ClauseText & { readonly sentences: ReadonlyArray<{ readonly tokenStart: number; readonly tokenEnd: number }> }, tok: number, opts: ClauseOptions = {}): [number, number] {
  const s = doc.sentences[doc.tokens.sentence[tok]];
  let from = tok;
  while (from > s.tokenStart && !clauseBreak(doc, from - 1, from, opts)) from--;
  let to = tok + 1;
  while (to < s.tokenEnd && !clauseBreak(doc, to - 1, to, opts)) to++;
  return [from, to];
}
