import { NO_PLAIN_TEXT_CUES, type PlainTextCues } from "./layout-cues.js";
import { bulletLength, content, keptEnd, type Line } from "./lines.js";

// Heading detection for plain text. Levels: numbered "2.1" → 2, a part word and number ("Hoofdstuk 3", "Bijlage 2")
// → 1 (a subpart word, "Paragraaf 3", → 2), top-level heading words and ALL-CAPS lines → 1, other short capitalised
// lines → 0 (one level below the last numbered or keyword heading; resolved by the section builder). The words are
// the corpus's (PlainTextCues); without them only numbers, capitals and shape count.

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/;
const SINGLE_NUMBER = /^(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
/** An enumerated item: "1." or "1)" and a space, the number captured. */
const ENUMERATED_ITEM = /^(\d{1,2})[.)]\s/;
const DOT_LEADER = /(?:\.{3,}|…+)\s*\d{1,3}$/;
const TITLE_THEN_PAGE = /\p{L}[)]?\s+\d{1,3}$/u;
const SENTENCE_END = /[.!?]["'’”)]*$/;

/** Lines further apart than this are not one enumeration ("1." then "2."): they are chapters. */
const ENUMERATION_REACH = 40;
/** An enumerated item this short, standing apart, is a short title ("1. Inleiding"). */
const MAX_TITLE_ITEM_WORDS = 7;
/** Gap standing for "no line before" (the first line): more than any real gap. */
const NO_LINE_BEFORE = 99;
/** A heading is at most this long; longer lines are prose. Shorter than the minimum is a stray character. */
const MAX_HEADING_LENGTH = 110;
const MIN_HEADING_LENGTH = 2;
/** Words in a keyword or numbered heading ("Hoofdstuk 3 …", "2.1 …"); long section titles in policy texts run to this. */
const MAX_NUMBERED_HEADING_WORDS = 14;
/** Words in a heading with a single number ("3 Aanpak") or in ALL CAPS: shorter, as such lines are also list items and emphasis. */
const MAX_SHORT_HEADING_WORDS = 8;
/** Blank lines that set a line apart from the text before it even after an unfinished sentence. */
const SEPARATING_BLANKS = 3;
/** Letters needed for an ALL-CAPS line to be a heading (not an acronym such as "GGD"). */
const MIN_CAPS_LETTERS = 4;
/** An unnumbered heading (a short capitalised line on its own): at most this long and this many words. */
const MAX_PLAIN_HEADING_LENGTH = 70;
const MAX_PLAIN_HEADING_WORDS = 9;
/** A label ending in a colon is a heading up to this many words; longer, it introduces a list. */
const MAX_LABEL_WORDS = 3;

export function wordsOf(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

/** Marks heading lines (kind "heading" with a level). Bullets are marked first so they are not headings. */
export function markHeadingsAndBullets(
  text: string,
  lines: Line[],
  motionPart: (line: string) => boolean = () => false,
  cues: PlainTextCues = NO_PLAIN_TEXT_CUES,
): void {
  const textLines = lines.filter((l) => l.kind === "text");
  // Enumerated items "1." "2." close together are a list, not chapter headings, unless both are short titles that
  // stand apart from the text under them, as in a short report or letter: a blank line after the title ("1.
  // Inleiding", blank line, paragraph), or prose right under it that opens a sentence of its own and ends one before
  // the next item (text extracted from a PDF often drops the blank line). A list item whose text runs on opens its
  // next line in lower case.
  const enumerated = new Set<number>();
  const isItem = (k: number) => ENUMERATED_ITEM.test(content(text, textLines[k]));
  const proseUnder = (k: number) => {
    if (!/^\p{Lu}/u.test(content(text, textLines[k + 1]))) return false;
    for (let m = k + 1; m < textLines.length && !isItem(m); m++) if (endsSentence(content(text, textLines[m]))) return true;
    return false;
  };
  // A title over a table: the next line that is not blank is a table row (tables.ts marks them first).
  // Computed once, from the end: a search per item would be quadratic in a long numbered list.
  const rowNext: boolean[] = new Array(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) rowNext[i] = lines[i].kind === "blank" ? rowNext[i + 1] : lines[i].kind === "tableRow";
  const tableUnder = (k: number) => rowNext[textLines[k].index + 1];
  const titleLike = (k: number) => {
    const c = content(text, textLines[k]);
    const after = textLines[k + 1];
    if (wordsOf(c) > MAX_TITLE_ITEM_WORDS || /[.;,:!?]$/.test(c)) return false;
    if (tableUnder(k)) return true;
    if (after === undefined || isItem(k + 1)) return false;
    return after.index > textLines[k].index + 1 || proseUnder(k);
  };
  for (let i = 0; i < textLines.length; i++) {
    const m = content(text, textLines[i]).match(ENUMERATED_ITEM);
    if (!m) continue;
    const n = Number(m[1]);
    for (let j = i + 1; j < Math.min(textLines.length, i + ENUMERATION_REACH); j++) {
      const m2 = content(text, textLines[j]).match(ENUMERATED_ITEM);
      if (m2 && Number(m2[1]) === n + 1) {
        if (titleLike(i) && titleLike(j)) break;
        enumerated.add(textLines[i].index);
        enumerated.add(textLines[j].index);
        break;
      }
    }
  }

  let prevContent: string | null = null;
  let prevKind: Line["kind"] | null = null;
  for (let i = 0; i < textLines.length; i++) {
    const l = textLines[i];
    // Read without what is cut at the line's end: a headline with its photo credit ("… in de regio (foto: ANP)") is
    // a headline, as the reflow already reads it.
    const c = keptContent(text, l);
    const next = textLines[i + 1] ? keptContent(text, textLines[i + 1]) : null;
    const gapBefore = i > 0 ? l.index - textLines[i - 1].index - 1 : NO_LINE_BEFORE;
    const level = headingLevel(c, {
      prev: prevContent,
      prevKind,
      next,
      gapBefore,
      enumerated: enumerated.has(l.index),
      motionPart,
      cues,
    });
    if (level !== null) {
      l.kind = "heading";
      l.level = level;
    } else if (!isSingleNumberHeading(c) || enumerated.has(l.index)) {
      const b = bulletLength(c);
      if (b > 0 && b < c.length && (enumerated.has(l.index) || !/^\d/.test(c))) {
        l.kind = "bullet";
        l.itemStart = l.contentStart + b;
      }
    }
    prevContent = c;
    prevKind = l.kind;
  }
}

/** The line's content less the cuts that end it (a photo credit, a glued footnote marker). */
function keptContent(text: string, l: Line): string {
  return l.cuts ? text.slice(l.contentStart, keptEnd(text, l)) : content(text, l);
}

/** "2.1 Vroeg signalering ........ 12" or "Hoofdstuk 3 Eerder en beter in beeld 17". */
function isTocEntry(c: string, cues: PlainTextCues): boolean {
  if (DOT_LEADER.test(c)) return true;
  if (!TITLE_THEN_PAGE.test(c)) return false;
  const m = (cues.partPrefix && c.match(cues.partPrefix)) || c.match(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/);
  return m !== null && wordsOf(c.slice(m[0].length)) >= 2;
}

function isSingleNumberHeading(c: string): boolean {
  return SINGLE_NUMBER.test(c);
}

interface Context {
  prev: string | null;
  prevKind: Line["kind"] | null;
  next: string | null;
  gapBefore: number;
  enumerated: boolean;
  /** Is the line a part of a council motion (section vocabulary)? */
  motionPart?: (line: string) => boolean;
  /** The layout words (part, top-level heading, function and cross-reference words); none when left out. */
  cues?: PlainTextCues;
}

export function headingLevel(c: string, ctx: Context): number | null {
  if (c.length > MAX_HEADING_LENGTH || c.length < MIN_HEADING_LENGTH) return null;
  const cues = ctx.cues ?? NO_PLAIN_TEXT_CUES;
  if (isTocEntry(c, cues)) return null;
  if (ctx.motionPart?.(c)) return 0;
  const prevEnds = ctx.prev === null || ctx.prevKind === "heading" || endsSentence(ctx.prev) || ctx.gapBefore >= SEPARATING_BLANKS;
  const nextContinues = ctx.next !== null && /^\p{Ll}/u.test(ctx.next);

  if (cues.partHeading?.test(c) && !/[,;]$/.test(c) && !nextContinues && wordsOf(c) <= MAX_NUMBERED_HEADING_WORDS) {
    return cues.subpart?.test(c) ? 2 : 1;
  }
  const numbered = c.match(NUMBERED);
  if (numbered) {
    const rest = numbered[2];
    if (/^\p{L}/u.test(rest) && wordsOf(rest) <= MAX_NUMBERED_HEADING_WORDS && !/[.;,]$/.test(c) && !nextContinues) {
      return numbered[1].split(".").length;
    }
    return null;
  }
  if (cues.topHeading?.test(c)) return 1;
  const single = c.match(SINGLE_NUMBER);
  if (single) {
    if (ctx.enumerated || wordsOf(single[2]) > MAX_SHORT_HEADING_WORDS || /[.;,:]$/.test(c) || !prevEnds || nextContinues) return null;
    return 1;
  }
  if (bulletLength(c) > 0) return null;
  const letters = c.replace(/[^\p{L}]/gu, "");
  if (letters.length >= MIN_CAPS_LETTERS && letters === letters.toUpperCase() && wordsOf(c) <= MAX_SHORT_HEADING_WORDS && !/[.,;]$/.test(c) && prevEnds) {
    return 1;
  }
  // Short capitalised line standing on its own.
  if (
    c.length <= MAX_PLAIN_HEADING_LENGTH &&
    wordsOf(c) <= MAX_PLAIN_HEADING_WORDS &&
    /^\p{Lu}/u.test(c) &&
    !/[.,;]$/.test(c) &&
    !(c.endsWith(":") && wordsOf(c) > MAX_LABEL_WORDS) &&
    !cues.functionWordEnd?.test(c) &&
    prevEnds &&
    ctx.next !== null &&
    !nextContinues &&
    !cues.crossReference?.test(c) &&
    !/\S:\s+\S/.test(c)
  ) {
    return 0;
  }
  return null;
}

/** The words of a council motion's title and parts (section vocabulary); null where the corpus has none. */
export interface MotionWords {
  /** The motion's own name at the start of a line ("Motie …"). */
  title: RegExp | null;
  /** A motion's part at the start of a line ("constaterende dat …", "verzoekt het college …"). */
  opener: RegExp | null;
}

/**
 * The first line of a council motion when it is its title: it opens with the motion's name, is short and ends without
 * punctuation. Reflow would join it with the paragraph under it when no blank line stands between, or when that
 * paragraph opens in lower case ("constaterende dat …"); the title is a block of its own. A title that runs on over
 * the next line (it ends in a function word, or the next line continues it in lower case and opens no part) is left
 * to the reflow.
 */
export function motionTitleLine(text: string, lines: Line[], motion: MotionWords, cues: PlainTextCues = NO_PLAIN_TEXT_CUES): Line | null {
  const first = lines.find((l) => l.kind !== "blank" && l.kind !== "dropped");
  if (!first || first.kind !== "text") return null;
  const next = lines.find((l) => l.index > first.index && l.kind !== "blank" && l.kind !== "dropped");
  if (!next) return null;
  return isMotionTitle(content(text, first), content(text, next), motion, cues) ? first : null;
}

/**
 * Is `first` (a text's first line) a motion's title before the line `next`: it opens with the motion's name, is short,
 * ends without punctuation and does not run on (no function word at its end; a next line in lower case opens a part)?
 * Plain text and Markdown read it alike.
 */
export function isMotionTitle(first: string, next: string, motion: MotionWords, cues: PlainTextCues = NO_PLAIN_TEXT_CUES): boolean {
  const c = first.trim();
  const n = next.trim();
  if (!motion.title || c.length > MAX_HEADING_LENGTH || !motion.title.test(c) || /[.,;:!?]$/.test(c) || cues.functionWordEnd?.test(c)) return false;
  return !(/^\p{Ll}/u.test(n) && !motion.opener?.test(n));
}
