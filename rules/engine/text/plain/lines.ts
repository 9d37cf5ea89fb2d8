import { creditRanges } from "../captions.js";
import { NO_PLAIN_TEXT_CUES, type PlainTextCues } from "./layout-cues.js";

// Line model for plain text (often extracted from PDF): split, then classify page artefacts. The page, abbreviation
// and citation words are the corpus's (PlainTextCues); the shapes of numbers, dashes and addresses are here.

export type LineKind = "blank" | "text" | "heading" | "bullet" | "footnote" | "dropped" | "contents" | "tableRow";

export interface Line {
  index: number;
  /** Offsets of the line content in the original (end excludes the line break). */
  start: number;
  end: number;
  /** Start/end of the trimmed content. */
  contentStart: number;
  contentEnd: number;
  page: number;
  kind: LineKind;
  /** For bullets: where the item text starts (after the glyph). */
  itemStart?: number;
  /** For headings: level, or 0 for "one below the current numbered heading". */
  level?: number;
  /** Ranges inside the content to leave out (glued footnote markers). */
  cuts?: Array<[number, number]>;
  /** For table rows: the cells, [from, to) into the text. */
  cells?: Array<[number, number]>;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === 12 || c === -1) {
      // A form feed right after a line break only starts the next page (no empty line).
      if (!(c === 12 && start === i)) pushLine(lines, text, start, i, page);
      if (c === 12) page++;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function pushLine(lines: Line[], text: string, start: number, end: number, page: number): void {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  lines.push({
    index: lines.length,
    start,
    end,
    contentStart: a,
    contentEnd: b,
    page,
    kind: a === b ? "blank" : "text",
  });
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x200b || c === 0xfeff || c === 11;
}

export function content(text: string, line: Line): string {
  return text.slice(line.contentStart, line.contentEnd);
}

/** Bare page numbers needed before a rising sequence can be told from numbers in the text. */
const MIN_PAGE_NUMBERS = 3;
/** The step between successive page numbers: one, or a few where a page number was lost or a page left blank. */
const MAX_PAGE_STEP = 3;
/** Share of steps that must rise like page numbers; the rest are lost or misread numbers. */
const RISING_SHARE = 0.6;
/** Pages (form feeds) needed before a repeated line can be a running header or footer. */
const MIN_PAGES_FOR_RUNNING_LINES = 3;
/** Lines on a page before its edges can be told from its text. */
const MIN_LINES_ON_PAGE = 6;
/** Lines at the top and at the foot of a page that can be a running header or footer. */
const EDGE_LINES = 2;
/** A running line shorter than this (a bare "p. #") is left to the page-number rules. */
const MIN_RUNNING_LINE_LENGTH = 4;
/** Line width assumed when a text has no lines to measure. */
export const DEFAULT_LINE_WIDTH = 80;
/** Share of the pages a line must repeat on to be a running line, and the least number of pages. */
const RUNNING_LINE_SHARE = 0.4;
const MIN_RUNNING_LINE_PAGES = 3;
/** A running line is short: at most this many characters, or this share of the median line width if that is more. */
const MAX_RUNNING_LINE_WIDTH = 40;
const RUNNING_LINE_WIDTH_SHARE = 0.8;

/**
 * Drops page numbers and running headers/footers.
 * Explicit labels ("Pagina 3 van 40") go everywhere. Bare numbers go only when they form a rising
 * page sequence. Repeated lines go only when form feeds mark pages, because without page
 * boundaries a repeated short line is far more often a label ("Acties", "Ambitie") than a header.
 */
export function dropPageArtefacts(text: string, lines: Line[], cues: PlainTextCues = NO_PLAIN_TEXT_CUES): void {
  const nonBlank = lines.filter((l) => l.kind !== "blank");
  const explicit = cues.explicitPageLabel;
  if (explicit) for (const l of nonBlank) if (explicit.test(content(text, l))) l.kind = "dropped";

  // Bare numbers isolated by blank lines or page edges, forming a rising sequence.
  const candidates: Array<{ line: Line; value: number }> = [];
  for (const l of nonBlank) {
    if (l.kind !== "text") continue;
    const c = content(text, l);
    if (!cues.pageLabel.test(c)) continue;
    const prev = lines[l.index - 1];
    const next = lines[l.index + 1];
    const pageEdge = !prev || prev.page !== l.page || !next || next.page !== l.page;
    const isolated =
      pageEdge ||
      ((!prev || prev.kind === "blank" || prev.page !== l.page) && (!next || next.kind === "blank" || next.page !== l.page));
    if (isolated) candidates.push({ line: l, value: Number(c.match(/\d{1,4}/)![0]) });
  }
  if (candidates.length >= MIN_PAGE_NUMBERS) {
    let rising = 0;
    for (let i = 1; i < candidates.length; i++) {
      const d = candidates[i].value - candidates[i - 1].value;
      if (d >= 1 && d <= MAX_PAGE_STEP) rising++;
    }
    if (rising >= (candidates.length - 1) * RISING_SHARE) for (const c of candidates) c.line.kind = "dropped";
  }

  const pages = new Set(lines.map((l) => l.page)).size;
  if (pages < MIN_PAGES_FOR_RUNNING_LINES) return;
  const byPage = new Map<number, Line[]>();
  for (const l of nonBlank) {
    if (l.kind !== "text") continue;
    const list = byPage.get(l.page) ?? [];
    list.push(l);
    byPage.set(l.page, list);
  }
  const edgeKeys = new Map<string, { pages: Set<number>; lines: Line[] }>();
  for (const [page, list] of byPage) {
    if (list.length < MIN_LINES_ON_PAGE) continue; // too short a page to tell a header from the text
    const edges = [...list.slice(0, EDGE_LINES), ...list.slice(-EDGE_LINES)];
    for (const l of new Set(edges)) {
      const key = content(text, l).replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase();
      if (key.length < MIN_RUNNING_LINE_LENGTH) continue;
      const entry = edgeKeys.get(key) ?? { pages: new Set(), lines: [] };
      entry.pages.add(page);
      entry.lines.push(l);
      edgeKeys.set(key, entry);
    }
  }
  // Running headers and footers are short; full-width lines that repeat are text.
  const widths = nonBlank.map((l) => l.contentEnd - l.contentStart).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? DEFAULT_LINE_WIDTH;
  const threshold = Math.max(MIN_RUNNING_LINE_PAGES, Math.floor(pages * RUNNING_LINE_SHARE));
  for (const { pages: seen, lines: ls } of edgeKeys.values()) {
    const short = ls.every((l) => l.contentEnd - l.contentStart <= Math.max(MAX_RUNNING_LINE_WIDTH, median * RUNNING_LINE_WIDTH_SHARE));
    if (seen.size >= threshold && short) for (const l of ls) l.kind = "dropped";
  }
}

/**
 * Photo credits of a news page ("Foto: ANP", "(foto: Naam)", "… de politie. Foto: © Naam"): a line that is only
 * credits is dropped, a credit in a line is cut. Nothing else of the line moves.
 */
export function markCaptionCredits(text: string, lines: Line[], cues: PlainTextCues = NO_PLAIN_TEXT_CUES): void {
  if (!cues.captions.creditStart) return;
  for (const l of lines) {
    if (l.kind !== "text") continue;
    const c = content(text, l);
    const ranges = creditRanges(c, cues.captions);
    if (ranges.length === 0) continue;
    let kept = "";
    let at = 0;
    for (const [a, b] of ranges) {
      if (a > at) kept += c.slice(at, a);
      at = Math.max(at, b);
    }
    kept += c.slice(at);
    if (kept.trim() === "") l.kind = "dropped";
    else for (const [a, b] of ranges) (l.cuts ??= []).push([l.contentStart + a, l.contentStart + b]);
  }
}

/** The end of a line's content before a cut that runs to its end (a credit after the last sentence). */
export function keptEnd(text: string, line: Line): number {
  let end = line.contentEnd;
  for (const [a, b] of line.cuts ?? []) if (b >= end && a < end) end = a;
  while (end > line.contentStart && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

// A footnote marker glued to a word: "geweld11", "is3.", "daaromheen.’1", "helpen.1".
// The lookbehind needs only two letters: "{2,}" would walk back over the whole word at every position (quadratic on a
// long word), and two letters match exactly where more do.
const GLUED_MARKER = /(?<=\p{Ll}{2}|\p{Ll}[.,;:!?][’”"']?|\p{Ll}[’”"'])(\d{1,2})(?=[\s.,;:!?)’”"']|$)/gu;
/** Characters before a marker that can hold an abbreviation ("artikel." plus a quote) and the boundary before it. */
const ABBREVIATION_WINDOW = 12;
const FOOTNOTE_BODY = /^(\d{1,2})\s+[\p{Lu}‘'“"(\p{Ll}]/u;
/**
 * Longest line that can be (part of) a footnote body. A footnote is a few short lines at the foot of a page; a line of
 * many hundreds of characters is a page of running text in a web transcript of a PDF ("5 1. INLEIDING Veilig Thuis is
 * ..."), where a page number starts every page.
 */
const MAX_FOOTNOTE_LINE = 400;

/** A line that is only a web address: the tail of a footnote. */
const WEB_ADDRESS_LINE = /^(?:https?:\/\/|www\.)\S+$/;

const PAGE_PREFIX = /^(\d{1,3})\s+(?=\S)/;
/** Consecutive page numbers that make a run of prefixed lines the pages of a transcript. */
const TRANSCRIPT_MIN_PAGES = 3;
/** A footnote body runs on over at most this many lines after its first. */
const MAX_NOTE_CONTINUATION_LINES = 4;
/** Blank lines between a footnote line and its continuation (double-spaced extractions put one, rarely two). */
const MAX_NOTE_GAP_LINES = 2;
/** Distance standing for "no footnote open": larger than any allowed gap. */
const NO_NOTE = 99;

/**
 * Pages of a transcript from a document-sharing site: each page one line, set apart by blank lines, that starts
 * with its page number ("1 HALFJAARLIJKSE RAPPORTAGE …", "2 2", "3 INHOUDSOPGAVE …", "5 1. INLEIDING …"). The
 * numbers rise by one. Such a line is body text whose page number is cut, not a footnote body.
 */
function transcriptPages(text: string, lines: Line[]): Map<Line, number> {
  const candidates: Array<{ line: Line; value: number; length: number }> = [];
  for (const l of lines) {
    if (l.kind !== "text") continue;
    const m = content(text, l).match(PAGE_PREFIX);
    if (!m) continue;
    const prev = lines[l.index - 1];
    const next = lines[l.index + 1];
    if ((prev && prev.kind !== "blank") || (next && next.kind !== "blank")) continue;
    candidates.push({ line: l, value: Number(m[1]), length: m[1].length });
  }
  const pages = new Map<Line, number>();
  let run: typeof candidates = [];
  const close = () => {
    if (run.length >= TRANSCRIPT_MIN_PAGES) for (const c of run) pages.set(c.line, c.length);
  };
  for (const c of candidates) {
    if (run.length > 0 && c.value !== run[run.length - 1].value + 1) {
      close();
      run = [];
    }
    run.push(c);
  }
  close();
  return pages;
}

/**
 * Finds glued footnote markers (cut from the text) and footnote bodies (moved out of the flow).
 * A body line must start with a number seen before as a marker, or read like a citation. The page numbers
 * that open the pages of a transcript are cut; those lines stay text.
 */
export function markFootnotes(text: string, lines: Line[], cues: PlainTextCues = NO_PLAIN_TEXT_CUES): void {
  const pending = new Set<number>();
  const pages = transcriptPages(text, lines);
  for (const [l, length] of pages) (l.cuts ??= []).push([l.contentStart, l.contentStart + length]);
  let inNote: Line | null = null;
  let noteLines = 0;
  for (const l of lines) {
    if (l.kind === "blank" || l.kind === "dropped") continue;
    const c = content(text, l);
    const bodyMatch = pages.has(l) || c.length > MAX_FOOTNOTE_LINE ? null : c.match(FOOTNOTE_BODY);
    if (bodyMatch) {
      const n = Number(bodyMatch[1]);
      if (pending.has(n) || (cues.citationLike.test(c) && !/^\d{1,2}\s+\p{Lu}[^.]{0,60}$/u.test(c))) {
        pending.delete(n);
        l.kind = "footnote";
        inNote = l;
        noteLines = 0;
        continue;
      }
    }
    // Continuation of a footnote body: the next line, while the note has not reached a full stop.
    // A line indented by one space starts a new page in these extractions: body text again. After
    // one blank line (double-spaced extraction) only a lower-case start continues the note.
    const distance = inNote ? l.index - inNote.index - 1 : NO_NOTE;
    const gap = inNote && distance <= MAX_NOTE_GAP_LINES ? lines.slice(inNote.index + 1, l.index).filter((x) => x.kind === "blank").length : NO_NOTE;
    const adjacent = inNote !== null && l.index - inNote.index - 1 === gap && (gap === 0 || (gap === 1 && /^[\p{Ll}\d(]/u.test(c)));
    if (inNote && adjacent && noteLines < MAX_NOTE_CONTINUATION_LINES && c.length <= MAX_FOOTNOTE_LINE && !(text.charCodeAt(l.start) === 32 && l.contentStart === l.start + 1) && !/[.!?]["'’”]?$/.test(content(text, inNote))) {
      l.kind = "footnote";
      inNote = l;
      noteLines++;
      continue;
    }
    if (WEB_ADDRESS_LINE.test(c)) {
      l.kind = "footnote";
      continue;
    }
    inNote = null;
    GLUED_MARKER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GLUED_MARKER.exec(c))) {
      // Only the word before the marker matters (the longest abbreviation is short); the whole line before it would make
      // a line of many markers quadratic.
      const before = c.slice(Math.max(0, m.index - ABBREVIATION_WINDOW), m.index);
      if (cues.abbreviationBeforeNumber?.test(before.replace(/[’”"']$/, ""))) continue;
      const from = l.contentStart + m.index;
      (l.cuts ??= []).push([from, from + m[1].length]);
      pending.add(Number(m[1]));
    }
  }
}

const BULLET = /^(?:[•●▪■◦○·‣⁃➢►✓✔➤→\uf0b7\uf0a7\uf0d8\uf0fc*]|[-–—](?=\s)|o(?=\s))\s*/u;
const ENUMERATED = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;

export function bulletLength(c: string): number {
  const m = c.match(BULLET) ?? c.match(ENUMERATED);
  return m ? m[0].length : 0;
}
