import type { TermsOf } from "./sections.js";
import { wordAlternation } from "./word-pattern.js";

// Photo captions' credits on news pages ("(foto: Naam)", "Foto: ANP", "(Foto ter illustratie)"): page furniture, cut
// from the text that rules read. The words are the corpus's (lexicon "page-furniture"); where a credit may stand (in
// brackets, at the start of a line, after a sentence on its line) and how long it may be are here.

/** The credit vocabulary, compiled once per engine. Null where the corpus has no words: then nothing is a credit. */
export interface CaptionCues {
  /** A credit word and its colon ("Foto:", "Beeld ter illustratie:"), global. */
  creditStart: RegExp | null;
  /** A whole bracket that is a credit ("(foto: Naam)", "(Foto ter illustratie)"), global. */
  bracketed: RegExp | null;
  /** A whole line that says what the photo is without a name ("Foto ter illustratie"). */
  alone: RegExp | null;
}

/** A credit names a photographer or agency: a few words, never a sentence of its own. */
const MAX_CREDIT_WORDS = 6;
const MAX_CREDIT_LENGTH = 60;
/** What may stand in a bracket after a credit word: no bracket, no line break, a short run. */
const BRACKET_BODY = `[^()\\n]{1,${MAX_CREDIT_LENGTH}}`;

export function captionCues(termsOf: TermsOf): CaptionCues {
  const credit = wordAlternation(termsOf("caption-credit"));
  const illustration = wordAlternation(termsOf("caption-illustration"));
  if (!credit) return NO_CAPTION_CUES;
  const qualified = `(?:${credit})${illustration ? `(?:\\s+(?:${illustration}))?` : ""}`;
  return {
    creditStart: new RegExp(`${qualified}\\s*:`, "gi"),
    bracketed: new RegExp(`\\((?:${credit})(?:\\s*:${BRACKET_BODY}${illustration ? `|\\s+(?:${illustration})(?:[^()\\n]{0,${MAX_CREDIT_LENGTH}})` : ""})\\)`, "gi"),
    alone: illustration ? new RegExp(`^(?:${credit})\\s+(?:${illustration})\\.?$`, "i") : null,
  };
}

export const NO_CAPTION_CUES: CaptionCues = { creditStart: null, bracketed: null, alone: null };

/**
 * The credits in `s` (one line, or a paragraph whose lines are set apart by "\n") as ranges [from, to) of `s`, in
 * order: every bracketed credit, and per line the credits that run from the start of the line, or from after a
 * sentence on it, to its end ("… de politie. Foto: © Naam"; "Tekst: Naam. Foto: Naam" keeps its first, a byline of
 * no photo). A credit word elsewhere is the text's own ("in beeld: daarmee …").
 */
export function creditRanges(s: string, cues: CaptionCues): Array<[number, number]> {
  if (!cues.creditStart) return [];
  const out: Array<[number, number]> = [];
  if (cues.bracketed) for (const m of s.matchAll(cues.bracketed)) out.push([m.index, m.index + m[0].length]);
  let lineStart = 0;
  for (const line of s.split("\n")) {
    const trail = trailingCredit(line, cues);
    if (trail !== null) out.push([lineStart + trail, lineStart + line.trimEnd().length]);
    lineStart += line.length + 1;
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Where the run of credits that ends the line starts, or null. */
function trailingCredit(line: string, cues: CaptionCues): number | null {
  const end = line.trimEnd().length;
  const lead = line.length - line.trimStart().length;
  if (cues.alone?.test(line.trim())) return lead;
  const starts: Array<{ at: number; body: number }> = [];
  for (const m of line.matchAll(cues.creditStart!)) if (opensLine(line, m.index)) starts.push({ at: m.index, body: m.index + m[0].length });
  let from: number | null = null;
  for (let k = starts.length - 1; k >= 0; k--) {
    if (!isCreditBody(line.slice(starts[k].body, k === starts.length - 1 ? end : starts[k + 1].at))) break;
    from = starts[k].at;
  }
  return from;
}

/**
 * Does a credit at `at` stand at the start of the line or after a sentence on it? Read backwards from `at` over the
 * space before it (not a pattern over all of the line before: a line of many credit words made that quadratic).
 */
function opensLine(line: string, at: number): boolean {
  let k = at;
  while (k > 0 && /\s/.test(line[k - 1])) k--;
  if (k === 0) return true;
  if (k === at) return false;
  if (/["'’”)]/.test(line[k - 1])) k--;
  return k > 0 && /[.!?]/.test(line[k - 1]);
}

/** A name or agency: short, and no second sentence in it ("Naam. De wethouder …"). */
function isCreditBody(body: string): boolean {
  const b = body.trim();
  if (b.length === 0 || b.length > MAX_CREDIT_LENGTH) return false;
  if (b.split(/\s+/).length > MAX_CREDIT_WORDS) return false;
  return !/[.!?]\s+\S/.test(b.replace(/\b\p{Lu}\.\s+/gu, ""));
}
