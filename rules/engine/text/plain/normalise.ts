import { BlockWriter, findDirectives, type BlockType, type NormalisedText, type Piece } from "../blocks.js";
import { LineIndex } from "../position-map.js";
import { markTableOfContents } from "./contents.js";
import { endsSentence, markHeadingsAndBullets, motionTitleLine, type MotionWords } from "./headings.js";
import { decideHyphen, documentVocabulary } from "./hyphenation.js";
import { NO_PLAIN_TEXT_CUES, type PlainTextCues } from "./layout-cues.js";
import { markTableRows } from "./tables.js";
import { content, DEFAULT_LINE_WIDTH, dropPageArtefacts, isSpace, keptEnd, markCaptionCredits, markFootnotes, splitLines, type Line } from "./lines.js";

/**
 * Plain text (typically extracted from PDF) → blocks of normalised text with a position map.
 * Repairs: page numbers and running headers dropped, footnote markers cut and footnote bodies
 * moved out of the sentence they interrupt, words rejoined across line-end hyphens, lines joined
 * into paragraphs (also across blank lines in double-spaced extractions), bullets as list items, the rows of a
 * table laid out with spaces or tabs as table rows.
 * `cues` are the layout words from the corpus (engine.cues.plainText); without them page labels, tables of contents,
 * keyword headings and abbreviations are not known, only their shapes. `motion`: the words of a motion's title and
 * parts (section vocabulary), so that its title line stays a block of its own.
 */
export function normalisePlainText(
  original: string,
  lineIndex = new LineIndex(original),
  motionPart: (line: string) => boolean = () => false,
  cues: PlainTextCues = NO_PLAIN_TEXT_CUES,
  motion?: MotionWords,
): NormalisedText {
  const lines = splitLines(original);
  dropPageArtefacts(original, lines, cues);
  markCaptionCredits(original, lines, cues);
  markFootnotes(original, lines, cues);
  // Credits and footnote markers are cut in one pass over the line: in order.
  for (const l of lines) l.cuts?.sort((a, b) => a[0] - b[0]);
  markTableOfContents(original, lines, cues);
  markTableRows(original, lines);
  markHeadingsAndBullets(original, lines, motionPart, cues);
  const titleLine = motion ? motionTitleLine(original, lines, motion, cues) : null;
  const vocabulary = documentVocabulary(original);
  const fields = fieldLines(original, lines);
  const doubleSpaced = isDoubleSpaced(lines);
  const typicalWidth = medianWidth(original, lines);

  const writer = new BlockWriter(original);
  const notes: Array<{ pieces: Piece[]; joiners: string[] }> = [];

  let open: { type: BlockType; pieces: Piece[]; joiners: string[]; last: Line } | null = null;
  let openNote: { pieces: Piece[]; joiners: string[]; last: Line } | null = null;
  let blankRun = 0;

  const close = () => {
    if (open) writer.write(open.type, open.pieces, open.joiners);
    open = null;
  };
  const flushNotes = () => {
    for (const n of notes) writer.write("footnote", n.pieces, n.joiners);
    notes.length = 0;
  };

  for (const line of lines) {
    if (line.kind === "blank") {
      blankRun++;
      openNote = null;
      continue;
    }
    if (line.kind === "dropped") continue;
    if (line.kind === "footnote") {
      const pieces = linePieces(original, line);
      if (openNote && openNote.last.index === line.index - 1) {
        appendLine(openNote, pieces, original, vocabulary, line, cues);
      } else {
        openNote = { pieces, joiners: innerJoiners(pieces), last: line };
        notes.push(openNote);
      }
      openNote.last = line;
      blankRun = 0;
      continue;
    }
    openNote = null;
    const pieces = line.kind === "bullet" ? linePieces(original, line, line.itemStart) : linePieces(original, line);
    if (line.kind === "heading") {
      close();
      flushNotes();
      writer.write("heading", pieces, [], line.level ?? 0);
    } else if (line.kind === "tableRow") {
      close();
      const cells = line.cells!.map(([from, to]) => ({ from, to }));
      writer.write("tableRow", cells, cells.slice(1).map(() => " | "));
    } else if (line.kind === "contents") {
      close();
      writer.write("contents", pieces);
    } else if (line.kind === "bullet") {
      close();
      open = { type: "listItem", pieces, joiners: innerJoiners(pieces), last: line };
    } else if (open && continues(open.last, line, blankRun)) {
      appendLine(open, pieces, original, vocabulary, line, cues);
    } else {
      close();
      if (blankRun > 0) flushNotes();
      open = { type: "paragraph", pieces, joiners: innerJoiners(pieces), last: line };
    }
    blankRun = 0;
  }
  close();
  flushNotes();
  return writer.finish(findDirectives(original, (o) => lineIndex.lineOf(o)));

  /** Should `line` continue the open block (ending with `last`) after `blanks` blank lines? */
  function continues(last: Line, line: Line, blanks: number): boolean {
    if (last === titleLine) return false;
    // A letterhead's fields ("Onderwerp: …", "Datum: …", "Portefeuillehouder: …") are one block each; a field's value
    // may wrap onto a line that opens in lower case.
    if (fields.has(line.index) || (fields.has(last.index) && !/^\p{Ll}/u.test(content(original, line)))) return false;
    // Without a credit that ends the line: "… de politie. Foto: Naam" ends with its sentence.
    const prev = original.slice(last.contentStart, keptEnd(original, last));
    const next = content(original, line);
    if (/[\p{L}\d]-$/u.test(prev) && last.contentEnd === last.end) return true; // hyphen at line end
    const hardBreak = blanks >= (doubleSpaced ? 2 : 1);
    const startsLower = /^[\p{Ll}(\d]/u.test(next);
    if (!endsSentence(stripMarkers(prev))) {
      // A sentence running on; across a hard break only when the next line clearly continues it.
      return !hardBreak || startsLower;
    }
    if (hardBreak) return false;
    // Full stop at the end of a short line: the paragraph ends here.
    const width = last.contentEnd - last.contentStart;
    return width >= typicalWidth * FULL_LINE_SHARE || startsLower;
  }
}

/** Pieces of one line (split only around a cut marker) join without anything between them. */
function innerJoiners(pieces: Piece[]): string[] {
  return pieces.slice(1).map(() => "");
}

function stripMarkers(s: string): string {
  return s.replace(/(\p{L}[.,;:!?]?[’”"']?)\d{1,2}$/u, "$1");
}

/** The line's content as pieces, leaving out cut ranges (glued footnote markers, photo credits). */
function linePieces(original: string, line: Line, from = line.contentStart): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  for (const [a, b] of line.cuts ?? []) {
    if (b <= at) continue;
    // The space before a cut credit goes with it ("twaalf plekken (foto: Naam) voor"); a glued marker has none.
    let end = a;
    while (end > at && isSpace(original.charCodeAt(end - 1))) end--;
    if (end > at) pieces.push({ from: at, to: end });
    at = b;
  }
  if (at < line.contentEnd) pieces.push({ from: at, to: line.contentEnd });
  return pieces;
}

function appendLine(
  block: { pieces: Piece[]; joiners: string[]; last: Line },
  pieces: Piece[],
  original: string,
  vocabulary: Set<string>,
  line: Line,
  cues: PlainTextCues,
): void {
  if (pieces.length === 0) return;
  const lastPiece = block.pieces[block.pieces.length - 1];
  const prevText = original.slice(lastPiece.from, lastPiece.to);
  let joiner = " ";
  if (/[\p{L}\d]-$/u.test(prevText) && block.last.contentEnd === block.last.end) {
    const left = prevText.match(/([\p{L}\d]+)-$/u)![1];
    const right = original.slice(pieces[0].from, pieces[0].to).match(/^[\p{L}\d]*/u)![0];
    const decision = decideHyphen(left, right, vocabulary, cues.hyphenation);
    if (decision === "drop") {
      lastPiece.to -= 1; // leave the soft hyphen out
      joiner = "";
    } else if (decision === "keep") {
      joiner = "";
    } // "space": a suspended compound ("zorg- en"), keep the line break as a space

  }
  block.joiners.push(joiner);
  // Inner pieces of the same line are joined directly (they were split only by a cut marker).
  block.pieces.push(pieces[0]);
  for (let i = 1; i < pieces.length; i++) {
    block.joiners.push("");
    block.pieces.push(pieces[i]);
  }
  block.last = line;
}

/** A field line: a short capitalised label of at most three words, a colon and a value ("Datum: 14 oktober 2026"). */
const FIELD_LINE = /^\p{Lu}[\p{L}.-]*(?: [\p{L}.-]+){0,2}:\s+\S/u;
/** A field line is at most this long: longer, the label opens prose ("Doel: in deze nota beschrijven we …"). */
const MAX_FIELD_LINE = 100;

/**
 * Indices of the lines of a letterhead or a form: two or more field lines in a row (blank lines between allowed).
 * One "Label: value" line alone stays in its paragraph.
 */
function fieldLines(original: string, lines: Line[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) for (const i of run) out.add(i);
    run = [];
  };
  for (const l of lines) {
    if (l.kind === "blank") continue;
    const c = content(original, l);
    if (l.kind === "text" && c.length <= MAX_FIELD_LINE && FIELD_LINE.test(c)) run.push(l.index);
    else if (!(run.length > 0 && /^\p{Ll}/u.test(c))) flush(); // a value wrapping onto the next line keeps the run
  }
  flush();
  return out;
}

/** Text lines needed before the spacing of a text can be judged. */
const MIN_LINES_FOR_SPACING = 4;
/** Share of text lines followed by a single blank line that makes an extraction double-spaced. */
const DOUBLE_SPACED_SHARE = 0.5;
/** A line of this share of the typical width or more is full: a full stop there does not end the paragraph. */
const FULL_LINE_SHARE = 0.75;
/** Lines this short or shorter (headings, labels) are left out of the typical width. */
const MIN_MEASURED_WIDTH = 20;

function isDoubleSpaced(lines: Line[]): boolean {
  let textLines = 0;
  let followedBySingleBlank = 0;
  for (let i = 0; i < lines.length - 2; i++) {
    if (lines[i].kind === "blank") continue;
    textLines++;
    if (lines[i + 1].kind === "blank" && lines[i + 2].kind !== "blank") followedBySingleBlank++;
  }
  return textLines > MIN_LINES_FOR_SPACING && followedBySingleBlank / textLines > DOUBLE_SPACED_SHARE;
}

function medianWidth(original: string, lines: Line[]): number {
  const widths = lines
    .filter((l) => l.kind === "text")
    .map((l) => l.contentEnd - l.contentStart)
    .filter((w) => w > MIN_MEASURED_WIDTH)
    .sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length / 2)] : DEFAULT_LINE_WIDTH;
}
