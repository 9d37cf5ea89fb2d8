import type { DocumentKind, Location, Role } from "../types.js";
import type { Block, Directive } from "./blocks.js";
import { clauseSpan, SEMICOLON_CLAUSE } from "./clauses.js";
import { cancelledAfter, insideQuotes, isNegated, NO_CUES, reportsSpeech, type CueSets } from "./cues.js";
import { detectLanguage } from "./language.js";
import type { normaliseMarkdown as NormaliseMarkdown } from "./markdown.js";
import { isMotionTitle } from "./plain/headings.js";
import { normalisePlainText } from "./plain/normalise.js";
import { lowerBound } from "./lower-bound.js";
import { LineIndex, type PositionMap } from "./position-map.js";
import { buildSections, inlineMotionParts, isMotionPart, sectionAt, withInlineParts, type Section, type SectionCues } from "./sections.js";
import { splitSentences, type SemicolonEnds, type SentenceSpan } from "./sentences.js";
import { TokenTable, tokenCapacity, tokenize } from "./tokens.js";

export type TextFormat = "markdown" | "text";

let markdownReader: typeof NormaliseMarkdown | undefined;

/**
 * Loads what a format needs before a text of that format is parsed. Markdown needs unified and remark-parse (about
 * a hundred modules); plain text needs nothing, so a CLI run on a text file does not load them.
 */
export async function loadTextFormat(format: TextFormat): Promise<void> {
  if (format === "markdown") markdownReader ??= (await import("./markdown.js")).normaliseMarkdown;
}

export interface Sentence {
  index: number;
  /** Normalised offsets. */
  start: number;
  end: number;
  block: number;
  /**
   * Type of the block ("footnote" sentences are citations, not policy text). Under a motion's part that stands as a
   * heading ("Verzoekt het college om:"), a paragraph of lines ending in semicolons is a list: "listItem".
   */
  blockType: Block["type"];
  section: number;
  role: Role;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** In a block quote or entirely between quotation marks: someone else's words. */
  quoted: boolean;
  /** Reports what others say or think ("jongeren zeggen dat …"). */
  reported: boolean;
}

export interface ParsedDocument {
  original: string;
  format: TextFormat;
  /** Normalised text: blocks separated by blank lines, PDF artefacts repaired. */
  text: string;
  map: PositionMap;
  lines: LineIndex;
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
  tokens: TokenTable;
  directives: Directive[];
  language: string;
  title: string;
  kind: DocumentKind;
  cues: CueSets;
}

export interface ParseOptions {
  format?: TextFormat;
  title?: string;
  /** Negation and reported-speech cues (from the corpus); without them nothing counts as negated or reported. */
  cues?: CueSets;
}

/** Parses a text into blocks, sections with roles, sentences and tokens, keeping a map to the original. */
export function parseDocument(original: string, options: ParseOptions = {}): ParsedDocument {
  // Markdown nested dozens of levels deep makes the Markdown parser slow beyond reason (hostile
  // input); such a text is read as plain text, which keeps every word and position.
  const requested = options.format ?? sniffFormat(original);
  const format = requested === "markdown" && nestedTooDeep(original) ? "text" : requested;
  const cues = options.cues ?? NO_CUES;
  const lines = new LineIndex(original);
  if (format === "markdown" && !markdownReader) throw new Error("The Markdown reader is not loaded: await loadTextFormat(\"markdown\") first.");
  const motionPart = (line: string) => isMotionPart(cues.sections, line);
  const motionWords = { title: cues.sections.motionTitle, opener: cues.sections.motionOpener };
  const motionTitle = (first: string, next: string) => isMotionTitle(first, next, motionWords, cues.plainText);
  const normalised =
    format === "markdown"
      ? markdownReader!(original, lines, undefined, motionPart, cues.plainText.captions, motionTitle)
      : normalisePlainText(original, lines, motionPart, cues.plainText, motionWords);
  const { text, map, blocks, directives } = normalised;
  const lineOfNorm = (pos: number) => lines.lineOf(map.toOriginal(pos));
  // A motion's part ("Verzoekt het college om:", "En draagt het college op:") names a part, not the document.
  const partHeading = (h: string) => !!cues.genericHeading?.test(h) || isMotionPart(cues.sections, h);
  const title = options.title?.trim() || guessTitle(text, blocks, partHeading, lineOfNorm);
  const headed = buildSections(text, blocks, lineOfNorm, title, cues.sections);
  // A motion's parts inside its paragraphs are sections too, so that the motion reads the same in either layout.
  const inlineParts = inlineMotionParts(cues.sections, text, blocks, headed);
  const sections = withInlineParts(headed, inlineParts, lineOfNorm);
  const partStarts = inlineParts.map((p) => p.start);

  const tokens = new TokenTable(tokenCapacity(text.length));
  const sentences: Sentence[] = [];
  const partEnds = motionPartEnds(text, cues.sections, lineOfNorm, false);
  const itemEnds = motionPartEnds(text, cues.sections, lineOfNorm, true);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const blockSection = sectionAt(sections, block.start);
    const underPart = blockSection.headingBlock >= 0 && isMotionPart(cues.sections, blockSection.title);
    const semicolonEnds = underPart ? itemEnds : partEnds;
    const spans = block.type === "heading" || block.type === "contents" ? [{ start: block.start, end: block.end }] : cutAt(text, splitSentences(text, block.start, block.end, semicolonEnds), partStarts);
    // Lines ending in a semicolon under a part that stands as a heading are its items, as a Markdown list under it
    // would be: the paragraph that holds them is read as a list.
    const items = underPart && block.type === "paragraph" && spans.some((sp) => text[sp.end - 1] === ";" && sp.end < block.end);
    const blockType = items ? "listItem" : block.type;
    for (const span of spans) {
      const section = sectionAt(sections, span.start);
      const index = sentences.length;
      const tokenStart = tokens.count;
      tokenize(text, span.start, span.end, index, tokens);
      const sentenceText = text.slice(span.start, span.end);
      sentences.push({
        index,
        start: span.start,
        end: span.end,
        block: b,
        blockType,
        section: section.index,
        role: section.role,
        tokenStart,
        tokenEnd: tokens.count,
        quoted: block.type === "quote" || whollyQuoted(sentenceText),
        reported: reportsSpeech(cues, tokens, tokenStart, tokens.count),
      });
    }
  }
  tokens.fit();
  return {
    original,
    format,
    text,
    map,
    lines,
    blocks,
    sections,
    sentences,
    tokens,
    directives,
    language: detectLanguage(tokens),
    title,
    kind: guessKind(title, text, cues.kindCues),
    cues,
  };
}

/** How much text after a line break is read for a motion's part word ("van mening zijnde", "verzoekt het college"). */
const MOTION_OPENER_WINDOW = 40;

/**
 * When a semicolon ends a sentence: at the end of a line (in the original) before the next part of a council motion
 * ("overwegende dat …;" then "verzoekt het college …"), which reflowed plain text and a Markdown paragraph would
 * otherwise glue into one sentence. `everyLine`: under a motion part that stands as a heading of its own
 * ("Overwegende dat:"), each line ending in a semicolon is one item of it; the part's words are in the heading, so
 * no item loses them. Elsewhere a semicolon at a line end leaves the sentence whole: a list of items inside one
 * sentence of a policy plan ("de gemeente zorgt voor:" … ";" … ";") reads as one.
 */
function motionPartEnds(text: string, cues: SectionCues, lineOfNorm: (pos: number) => number, everyLine: boolean): SemicolonEnds | undefined {
  const opener = cues.motionOpener;
  if (!opener && !everyLine) return undefined;
  return (at, next) => {
    if (next >= text.length || lineOfNorm(at) === lineOfNorm(next)) return false;
    return everyLine || opener!.test(text.slice(next, next + MOTION_OPENER_WINDOW));
  };
}

/**
 * Sentences cut where a motion's part opens inside them (`starts`, sorted): the part's words begin a sentence, and
 * what stood before ("De raad, in vergadering bijeen,") keeps its own. Whitespace at a cut is left out.
 */
function cutAt(text: string, spans: SentenceSpan[], starts: readonly number[]): SentenceSpan[] {
  if (starts.length === 0 || spans.length === 0) return spans;
  const out: SentenceSpan[] = [];
  // Only the starts inside this block's spans, found by binary search: a walk over every start per span was quadratic
  // on a long text with many parts.
  let k = lowerBound(starts.length, (i) => starts[i] <= spans[0].start);
  for (const span of spans) {
    let from = span.start;
    for (; k < starts.length && starts[k] < span.end; k++) {
      const at = starts[k];
      if (at <= from) continue;
      let end = at;
      while (end > from && /\s/.test(text[end - 1])) end--;
      if (end > from) out.push({ start: from, end });
      from = at;
    }
    out.push({ start: from, end: span.end });
  }
  return out;
}

/** A quotation: “…” on its own, or followed by a short attribution (“…,” aldus een inwoner). */
function whollyQuoted(s: string): boolean {
  if (!/^[“„"«‘]/.test(s) || s.length < 3) return false;
  const close = Math.max(s.lastIndexOf("”"), s.lastIndexOf('"'), s.lastIndexOf("»"), s.lastIndexOf("’"));
  if (close <= 0) return false;
  return s.slice(close + 1).split(/\s+/).filter(Boolean).length <= MAX_ATTRIBUTION_WORDS;
}

/** An attribution after a quote (", aldus een inwoner van Zuid") is a short phrase; more words are prose of our own. */
const MAX_ATTRIBUTION_WORDS = 6;

const MAX_NESTING = 32;
/** A tab indents as far as four spaces (the Markdown convention). */
const TAB_WIDTH = 4;
/** Digits in a list number ("123."); the CommonMark limit, longer runs are no list marker. */
const MAX_LIST_NUMBER_DIGITS = 9;

/**
 * True when some line is indented, quoted or listed deeper than any real policy text (lists 32 levels deep…): the
 * Markdown parser nests that deep, and so would our walk over its tree. One pass over each line's opening.
 */
export function nestedTooDeep(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let containers = 0;
    let indent = 0;
    // The line's opening: spaces, tabs, quote markers and list markers ("-", "*", "+", "1." or "1)" before a space).
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += TAB_WIDTH;
      else if (c === 62) containers++;
      else if ((c === 45 || c === 42 || c === 43) && isBlank(text.charCodeAt(i + 1))) containers++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < MAX_LIST_NUMBER_DIGITS && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if (!((d === 46 || d === 41) && isBlank(text.charCodeAt(j + 1)))) break;
        containers++;
        i = j;
      } else break;
      if (containers > MAX_NESTING || indent > MAX_NESTING * 2) return true;
      i++;
    }
    const eol = text.indexOf("\n", i);
    if (eol < 0) break;
    i = eol + 1;
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** How much of the text the format sniff reads: the opening pages show the syntax; reading all of a big text costs time. */
const FORMAT_SNIFF_CHARS = 20000;
/** Two link or fence markers, not one: a single "](" or "```" turns up in plain text too. */
const MIN_MARKDOWN_MARKS = 2;

/** The delimiter row under a pipe table's header ("|---|---|", "| :-- | --: |"): a line of dashes and pipes, one pipe at least. */
const TABLE_DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\|?[ \t]*$/m;

/** Markdown when it uses Markdown block syntax (ATX headings, fenced code, link syntax, a pipe table's delimiter row). */
export function sniffFormat(text: string): TextFormat {
  const head = text.slice(0, FORMAT_SNIFF_CHARS);
  const atx = head.match(/^#{1,6} \S/gm)?.length ?? 0;
  const mdLinks = head.match(/\]\([^)]+\)/g)?.length ?? 0;
  const fences = head.match(/^```/gm)?.length ?? 0;
  const table = TABLE_DELIMITER_ROW.test(head);
  return atx >= 1 || mdLinks >= MIN_MARKDOWN_MARKS || fences >= MIN_MARKDOWN_MARKS || table ? "markdown" : "text";
}

/** A title longer than this is cut (with an ellipsis): it is shown in one line of a report. */
const MAX_TITLE_LENGTH = 120;

/**
 * The title: the first top-level heading that is not a generic one (cues.genericHeading) nor a motion's part, else the first line of the
 * first block. Plain text joins lines that run on across blank lines (PDF extraction doubles line breaks), so a
 * motion's "Motie …" line and its "De raad van de gemeente …," stand in one block; the first original line is the title.
 */
function guessTitle(text: string, blocks: Block[], generic: (heading: string) => boolean, lineOfNorm: (pos: number) => number): string {
  const heading = blocks.find((b) => b.type === "heading" && (b.level ?? 0) <= 1 && !generic(text.slice(b.start, b.end).trim()));
  const first = heading ?? blocks[0];
  if (!first) return "";
  let end = first.end;
  if (!heading) {
    const line = lineOfNorm(first.start);
    // Only the stretch a title can show is read (a block may be a whole page).
    for (let p = first.start + 1; p < Math.min(first.end, first.start + MAX_TITLE_LENGTH); p++) {
      if (lineOfNorm(p) !== line) {
        end = p;
        break;
      }
    }
  }
  const t = text.slice(first.start, end).replace(/\s+/g, " ").trim();
  return t.length > MAX_TITLE_LENGTH ? `${t.slice(0, MAX_TITLE_LENGTH - 3)}…` : t;
}

/** How much of the text the kind guess reads: the opening pages (title page, summary) say what kind of document it is. */
const KIND_SNIFF_CHARS = 30000;

/**
 * The document kind from its title first, then from the vocabulary of its opening pages (cues.kindCues, from the
 * corpus lexicon "document"; global regular expressions, in order of precedence).
 */
export function guessKind(title: string, text: string, kindCues: Array<[DocumentKind, RegExp]>): DocumentKind {
  for (const [kind, re] of kindCues) if (new RegExp(re.source, "i").test(title)) return kind;
  const head = text.slice(0, KIND_SNIFF_CHARS);
  let best: DocumentKind = "other";
  let bestCount = 0;
  for (const [kind, re] of kindCues) {
    const count = head.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

// ---- helpers on a parsed document (positions, quotes, cues) ----

/** Original location of the normalised span [start, end). */
export function locate(doc: ParsedDocument, start: number, end: number): Location {
  const [a, b] = doc.map.spanToOriginal(start, end);
  return doc.lines.location(a, b);
}

/** The quote for a normalised span: its repaired text with whitespace collapsed. */
export function quoteOf(doc: ParsedDocument, start: number, end: number): string {
  return doc.text.slice(start, end).replace(/\s+/g, " ").trim();
}

export function sentenceText(doc: ParsedDocument, s: Sentence): string {
  return doc.text.slice(s.start, s.end);
}

/**
 * Is the token range negated ("er is nog geen …", "… ontbreekt")? `lookFrom`: the first token a negation before the
 * range may stand on (the sentence's first by default).
 */
export function negated(doc: ParsedDocument, s: Sentence, fromTok: number, toTok: number, lookFrom = s.tokenStart): boolean {
  return isNegated(doc.cues, doc.tokens, doc.text, Math.max(s.tokenStart, Math.min(lookFrom, fromTok)), s.tokenEnd, fromTok, toTok);
}

/**
 * Is there a negation word between the first and the last word of the range ("lokt het geweld niet uit", "leidt
 * vaak niet tot") that is not one of the phrase's own words (`gapWord` says, the caller knows the phrase)? "niet
 * alleen" is no negation ("leidt niet alleen tot"), nor a negation that opens a phrase of its own ("bieden vrouwen
 * zonder verblijfsvergunning opvang").
 */
export function negatedInGap(doc: ParsedDocument, fromTok: number, toTok: number, gapWord: (k: number) => boolean): boolean {
  const { tokens, cues } = doc;
  for (let k = fromTok + 1; k < toTok - 1; k++) {
    const n = tokens.normAt(k);
    if (!cues.negators.has(n) || cues.phraseNegators.has(n)) continue;
    if (cancelledAfter(cues, tokens, k, tokens.count)) continue;
    if (gapWord(k)) return true;
  }
  return false;
}

/** Are these tokens someone else's words (quoted, in a block quote, or reported speech)? */
export function attributedToOthers(doc: ParsedDocument, s: Sentence, fromTok: number): boolean {
  if (s.quoted || (s.reported && reportedClause(doc, s, fromTok))) return true;
  return insideQuotes(sentenceText(doc, s), doc.tokens.start[fromTok] - s.start);
}

/**
 * A semicolon closes a clause: "Volgens het CBS zijn vrouwen vaker slachtoffer; de gemeente richt de voorlichting
 * daarom op vrouwen" reports the first clause, the second is the author's (issue 13 point 2, helper status). In a
 * reported sentence with semicolons only the clause of the token is read for the report.
 */
function reportedClause(doc: ParsedDocument, s: Sentence, tok: number): boolean {
  const [from, to] = clauseSpan(doc, tok, SEMICOLON_CLAUSE);
  if (from === s.tokenStart && to === s.tokenEnd) return true;
  return reportsSpeech(doc.cues, doc.tokens, from, to);
}
