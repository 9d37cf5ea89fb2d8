// Dutch sentence splitting inside one block. Blocks never share a sentence (a list item is its own
// block, so "1." never splits), and abbreviations, initials and numbers do not end a sentence.

/** Abbreviations that never end a sentence, even before a capital ("o.a. Veilig Thuis"). */
const NEVER_FINAL = new Set(
  [
    "o.a", "oa", "bijv", "bv", "b.v", "m.b.t", "mbt", "t.a.v", "tav", "i.v.m", "ivm", "d.w.z", "dwz", "m.n", "mn", "nl", "incl", "excl",
    "ca", "art", "artt", "blz", "nr", "nrs", "dr", "drs", "prof", "mr", "ir", "ing", "mevr", "dhr", "mw", "st", "sr", "jr", "resp", "vs",
    "z.g", "zgn", "i.s.m", "ism", "a.d.h.v", "adhv", "t.b.v", "tbv", "o.b.v", "obv", "i.o.m", "iom", "m.u.v", "muv", "p", "pag", "e.g",
    "i.e", "vgl", "zie", "min", "max", "gem", "jl", "a.s", "t.z.t", "tzt", "evt", "excl", "o.l.v", "olv", "v.w.b", "vwb", "z.s.m", "zsm",
    "cf", "fig", "hfst", "par", "lid", "bijl", "tel", "mln", "mld", "ong", "e.v", "ev", "kamerstuk", "stb", "stcrt",
  ].map((a) => a.toLowerCase()),
);
/** Abbreviations that may end a sentence; they do when a capital follows. */
const MAYBE_FINAL = new Set(["etc", "enz", "e.d", "ed", "e.a", "ea", "e.v.a", "t/m", "c.q", "cq"]);

export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Does the semicolon at `at` end a sentence, the next sentence starting at `next`? The caller knows the layout (a line
 * break in the original) and the document (a motion's parts); without it a semicolon never ends a sentence.
 */
export type SemicolonEnds = (at: number, next: number) => boolean;

/** Splits text[from, to) into sentences; returns absolute spans with trimmed whitespace. */
export function splitSentences(text: string, from: number, to: number, semicolonEnds?: SemicolonEnds): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = from;
  // Search the block only: a regex run on the whole text would scan past the block end.
  const block = text.slice(from, to);
  const re = semicolonEnds ? /[.!?…]+["'’”)\]]*(?=\s)|;(?=\s)/g : /[.!?…]+["'’”)\]]*(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block))) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (end >= to) break;
    if (m[0] === ";" ? !semicolonEnds!(at, nextNonSpace(text, end, to)) : !isBoundary(text, at, m[0], end, to)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, to);
  return out;
}

/**
 * Longest sentence, in characters. A longer run without a sentence end (a table or list flattened by a PDF extraction,
 * or hostile input) is cut at a space before this length: rules look at the hits of a sentence together, so one
 * sentence of a whole document made their work quadratic. Real sentences stay far below it.
 */
export const MAX_SENTENCE = 2000;

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    // Cut at the last whitespace before the limit (in the second half), else hard at the limit.
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !/\s/.test(text[cut])) cut--;
    if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
    let e = cut;
    while (e > start && /\s/.test(text[e - 1])) e--;
    out.push({ start, end: e });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
}

function nextNonSpace(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && /\s/.test(text[k])) k++;
  return k;
}

function isBoundary(text: string, at: number, punct: string, end: number, limit: number): boolean {
  // What follows: skip whitespace, look at the first character.
  let k = end;
  while (k < limit && /\s/.test(text[k])) k++;
  if (k >= limit) return false;
  const next = text[k];
  // Dutch news often opens a quotation with two commas (",,Zo") or a low quote ("„Zo").
  const nextIsUpper = /[\p{Lu}\d"'‘“„(\[•●▪–-]/u.test(next) || (next === "," && text[k + 1] === ",");
  if (punct[0] !== ".") return nextIsUpper || /\p{Ll}/u.test(next) === false;
  if (punct.startsWith("...") || punct.startsWith("…")) return nextIsUpper;
  // The word before the full stop.
  let w = at;
  while (w > 0 && /[\p{L}\d.\/]/u.test(text[w - 1])) w--;
  const word = text.slice(w, at);
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (NEVER_FINAL.has(lower)) return false;
  if (MAYBE_FINAL.has(lower)) return /\p{Lu}/u.test(next);
  // Initials: "S. van Arum", "H.J. de Vries".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
  // Dotted abbreviations such as "m.b.v" not in the lists.
  if (/^(?:\p{L}\.){1,4}\p{L}$/u.test(word) && !/\p{Lu}/u.test(next)) return false;
  // Ordinals and numbers followed by lower case: "op 1. januari", "3. de ...".
  if (/^\d+$/.test(word) && !/[\p{Lu}"“‘(]/u.test(next)) return false;
  return nextIsUpper;
}
