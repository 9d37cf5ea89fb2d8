import { matchKey, fold } from "./stem.js";

/**
 * Tokens of the whole document as parallel arrays (a 16 MB document has millions of tokens, so
 * no object per token). Offsets are into the normalised text.
 */
export class TokenTable {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** Original surface form. */
  text: string[] = [];
  /** Lower case, diacritics folded, curly apostrophes straightened. */
  norm: string[] = [];
  /** Dutch match key (stem with plural and doubling repairs). */
  key: string[] = [];
  /** 1 = has an inner hyphen, 2 = all capitals (an abbreviation), 4 = number, 8 = has an inner slash. */
  flags: Uint8Array;

  constructor(capacity = 1024) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(text: string, start: number, end: number, sentence: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
    // The same word is one set of strings for every token of it: a 16 MB text has millions of tokens but tens of
    // thousands of words, so this keeps memory near the size of the vocabulary.
    const w = wordOf(text);
    this.text.push(w.text);
    this.norm.push(w.norm);
    this.key.push(w.key);
    this.flags[i] = w.flags;
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
    const se = new Int32Array(cap);
    se.set(this.sentence);
    this.sentence = se;
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
  }
}

export const FLAG_HYPHEN = 1;
export const FLAG_CAPS = 2;
export const FLAG_NUMBER = 4;
/** Parts joined by a slash: "Streefdoel/indicator", "en/of". */
export const FLAG_SLASH = 8;

interface Word {
  text: string;
  norm: string;
  key: string;
  flags: number;
}

/** Distinct words kept at most; past it the table starts afresh (sharing is lost, nothing else). */
const MAX_VOCABULARY = 200_000;
const vocabulary = new Map<string, Word>();

function wordOf(text: string): Word {
  let w = vocabulary.get(text);
  if (w === undefined) {
    const norm = fold(text);
    let flags = 0;
    if (text.includes("-")) flags |= FLAG_HYPHEN;
    if (text.includes("/")) flags |= FLAG_SLASH;
    if (/^\p{Lu}[\p{Lu}\d+&]+$/u.test(text)) flags |= FLAG_CAPS;
    if (/^\d/.test(text)) flags |= FLAG_NUMBER;
    // A copy of the word, not a slice that would keep the whole document alive through it.
    w = { text: flat(text), norm, key: matchKey(norm), flags };
    if (vocabulary.size >= MAX_VOCABULARY) vocabulary.clear();
    vocabulary.set(w.text, w);
  }
  return w;
}

/** A string that holds its own characters (V8 may keep a substring as a view into its parent). */
function flat(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

// Words with inner hyphens, apostrophes, slashes and ampersands ("ex-partner", "programma’s",
// "en/of", "GTV&HG"), abbreviations with trailing plus signs ("MDA++"), numbers with separators.
const TOKEN = /\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}\d]+(?:[-'’&\/][\p{L}\p{M}\d]+)*\+*/gu;

/** Tokenises text[from, to) into the table. */
export function tokenize(text: string, from: number, to: number, sentence: number, table: TokenTable): void {
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    table.push(text.slice(m.index, end), m.index, end, sentence);
  }
}
