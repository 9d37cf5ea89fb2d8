import { matchKey, fold } from "./stem.js";

/**
 * Tokens of the whole document as parallel typed arrays (a 16 MB document has millions of tokens, so no object
 * and no string reference per token: each token holds the id of its word, and the table holds each distinct
 * word's strings once). Offsets are into the normalised text.
 */
export class TokenTable {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** Index into this table's words. */
  word: Int32Array;
  /** 1 = has an inner hyphen, 2 = all capitals (an abbreviation), 4 = number, 8 = has an inner slash. */
  flags: Uint8Array;
  private readonly words: Word[] = [];
  private readonly wordIds = new Map<string, number>();

  constructor(capacity = 1024) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.word = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Original surface form of token i. */
  textAt(i: number): string {
    return i >= 0 && i < this.count ? this.words[this.word[i]].text : "";
  }

  /** Token i in lower case, diacritics folded, curly apostrophes straightened. */
  normAt(i: number): string {
    return i >= 0 && i < this.count ? this.words[this.word[i]].norm : "";
  }

  /** Dutch match key of token i (stem with plural and doubling repairs). */
  keyAt(i: number): string {
    return i >= 0 && i < this.count ? this.words[this.word[i]].key : "";
  }

  /** The first token in [from, count) whose normal form is `norm`, or -1. */
  indexOfNorm(norm: string, from = 0): number {
    for (let i = from; i < this.count; i++) if (this.words[this.word[i]].norm === norm) return i;
    return -1;
  }

  push(text: string, start: number, end: number, sentence: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
    let id = this.wordIds.get(text);
    if (id === undefined) {
      const w = wordOf(text);
      id = this.words.length;
      this.words.push(w);
      this.wordIds.set(w.text, id);
    }
    this.word[i] = id;
    this.flags[i] = this.words[id].flags;
  }

  /**
   * Drops the rows reserved but not used (the table is sized from the text's length before tokenising; for a 16 MB
   * text about a sixth of the rows stay empty, 7 MB held for the whole scan).
   */
  fit(): void {
    if (this.start.length - this.count < 4096) return;
    this.start = this.start.slice(0, this.count);
    this.end = this.end.slice(0, this.count);
    this.sentence = this.sentence.slice(0, this.count);
    this.word = this.word.slice(0, this.count);
    this.flags = this.flags.slice(0, this.count);
  }

  // Growth by half, not doubling: at a few million tokens a doubled table would hold megabytes of unused rows.
  private grow(): void {
    const cap = Math.ceil(this.start.length * 1.5) + 1024;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.start = widen(this.start, new Int32Array(cap));
    this.end = widen(this.end, new Int32Array(cap));
    this.sentence = widen(this.sentence, new Int32Array(cap));
    this.word = widen(this.word, new Int32Array(cap));
    this.flags = widen(this.flags, new Uint8Array(cap));
  }
}

/**
 * Rows to reserve for a text of this length: Dutch policy text averages about seven characters per token
 * (word and its space), so a sixth of the length seldom needs to grow.
 */
export function tokenCapacity(textLength: number): number {
  return Math.max(1024, Math.ceil(textLength / CHARS_PER_TOKEN_RESERVED));
}
const CHARS_PER_TOKEN_RESERVED = 6;

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

/** Distinct words whose forms are kept between documents (stemming is the costly part); past it the cache starts afresh. */
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
