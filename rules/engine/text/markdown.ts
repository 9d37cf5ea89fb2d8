import type { Nodes, Parent, Root, RootContent } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { BlockWriter, findDirectives, type BlockType, type NormalisedText, type Piece } from "./blocks.js";
import { creditRanges, NO_CAPTION_CUES, type CaptionCues } from "./captions.js";
import { markdownChunks, tameInlineMarkup } from "./markdown-guard.js";
import { LineIndex } from "./position-map.js";
import { htmlBlocks, htmlInline } from "./html-text.js";

/**
 * Pipe tables (GFM) only, as remark-gfm adds them: budget and indicator tables are policy text, one row a sentence.
 * The rest of GFM (footnote definitions, autolinks, strikethrough) would change how other text reads, for nothing.
 */
function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkTables);

/**
 * Markdown → blocks (headings, paragraphs, list items, quotes) with positions into the Markdown source. `motionPart`
 * tells a paragraph that is a part of a council motion ("**Constaterende dat:**"), a heading of its own (the section
 * vocabulary decides; without it no paragraph is one). `captions`: the photo credits of a news page ("_Foto: ANP_"),
 * cut from paragraphs as in plain text. `motionTitle`: is the text's first line a motion's title before the line under
 * it ("Motie …" then "De raad van …")? Then it is a paragraph of its own, as in plain text, though the format joins
 * consecutive lines into one paragraph.
 */
export function normaliseMarkdown(
  original: string,
  lineIndex = new LineIndex(original),
  chunk?: number,
  motionPart: (line: string) => boolean = () => false,
  captions: CaptionCues = NO_CAPTION_CUES,
  motionTitle: (first: string, next: string) => boolean = () => false,
): NormalisedText {
  // What the parser reads: the original, or the same length with hostile runs of inline markers as letters.
  const source = tameInlineMarkup(original);
  const writer = new BlockWriter(original);
  let depth = 0;
  // Offset of the chunk being walked: the parser's offsets are relative to it.
  let base = 0;
  const starts = markdownChunks(source, chunk);
  for (let c = 0; c < starts.length; c++) {
    base = starts[c];
    walkBlocks(parser.parse(source.slice(base, starts[c + 1] ?? source.length)) as Root, "paragraph");
  }
  return writer.finish(findDirectives(original, (o) => lineIndex.lineOf(o)));

  function walkBlocks(node: Parent, context: BlockType): void {
    for (const child of node.children as RootContent[]) {
      switch (child.type) {
        case "heading":
          depth = child.depth;
          writer.write("heading", inlinePieces(child), [], child.depth);
          break;
        case "paragraph": {
          // "**Constaterende dat:**" in a motion is a part of its own, one level below the last heading.
          let pieces = withoutCredits(inlinePieces(child));
          // The text's first paragraph may open with a motion's title line: a block of its own.
          if (node.type === "root" && writer.blocks.length === 0 && child.position) {
            const split = titleLine(pieces, base + child.position.start.offset!, base + child.position.end.offset!);
            if (split) {
              writer.write("paragraph", split[0]);
              pieces = split[1];
            }
          }
          const isPart = context === "paragraph" && motionPart(pieces.map((p) => p.text ?? original.slice(p.from, p.to)).join("").trim());
          writer.write(isPart ? "heading" : context, pieces, [], isPart ? depth + 1 : undefined);
          break;
        }
        case "list":
          for (const item of child.children) walkBlocks(item, "listItem");
          break;
        case "listItem":
          walkBlocks(child, "listItem");
          break;
        case "blockquote":
          walkBlocks(child, "quote");
          break;
        case "table":
          for (const row of child.children) writer.write("tableRow", inlinePieces(row, " | "));
          break;
        case "html":
          // Raw HTML (`<p><b>Let op</b>: …</p>`) keeps its text; positions stay in the original.
          if (child.position) {
            const from = base + child.position.start.offset!;
            for (const pieces of htmlBlocks(original.slice(from, base + child.position.end.offset!), from)) writer.write(context, pieces);
          }
          break;
        default:
          break; // code, thematic breaks, definitions: not policy text
      }
    }
  }

  function inlinePieces(node: Nodes, cellJoiner = " "): Piece[] {
    const pieces: Piece[] = [];
    const visit = (n: Nodes) => {
      switch (n.type) {
        case "text":
        case "inlineCode":
          alignValue(n.value, at(n.position?.start.offset), at(n.position?.end.offset), pieces);
          break;
        case "html":
          if (n.position) for (const p of htmlInline(original.slice(base + n.position.start.offset!, base + n.position.end.offset!), base + n.position.start.offset!)) pieces.push(p);
          break;
        case "break":
          if (n.position) pieces.push({ from: base + n.position.start.offset!, to: base + n.position.start.offset!, text: " " });
          break;
        case "tableCell":
          if (pieces.length && n.position) pieces.push({ from: base + n.position.start.offset!, to: base + n.position.start.offset!, text: cellJoiner });
          for (const c of n.children) visit(c);
          break;
        default:
          if ("children" in n) for (const c of (n as Parent).children) visit(c as Nodes);
      }
    };
    visit(node);
    return pieces;
  }

  /**
   * The pieces of a paragraph [from, to) split at its first line break when that first line is a motion's title, or
   * null. The line break and the indentation around it belong to neither part; every piece keeps its offsets.
   */
  function titleLine(pieces: Piece[], from: number, to: number): [Piece[], Piece[]] | null {
    const nl = original.indexOf("\n", from);
    if (nl < 0 || nl >= to) return null;
    const head: Piece[] = [];
    const rest: Piece[] = [];
    for (const p of pieces) {
      if (p.from < nl && p.to <= nl) head.push(p);
      else if (p.from > nl || p.text !== undefined) rest.push(p);
      else {
        let a = nl;
        while (a > p.from && /\s/.test(original[a - 1])) a--;
        let b = nl + 1;
        while (b < p.to && /\s/.test(original[b])) b++;
        if (a > p.from) head.push({ from: p.from, to: a });
        if (b < p.to) rest.push({ from: b, to: p.to });
      }
    }
    // A hard break's stand-in (" ") at the end of the title line is no part of it.
    while (head.length && head[head.length - 1].text !== undefined && !head[head.length - 1].text!.trim()) head.pop();
    const textOf = (ps: Piece[]) => ps.map((p) => p.text ?? original.slice(p.from, p.to)).join("").replace(/\s+/g, " ").trim();
    const first = textOf(head);
    const next = textOf(rest);
    return first && next && motionTitle(first, next) ? [head, rest] : null;
  }

  /** The pieces less the photo credits in their text; every other piece keeps its place in the original. */
  function withoutCredits(pieces: Piece[]): Piece[] {
    if (!captions.creditStart) return pieces;
    const texts = pieces.map((p) => p.text ?? original.slice(p.from, p.to));
    const ranges = creditRanges(texts.join(""), captions);
    if (ranges.length === 0) return pieces;
    const out: Piece[] = [];
    let offset = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      const from = offset;
      const to = offset + texts[i].length;
      offset = to;
      if (p.text !== undefined) {
        // A stand-in (an entity) goes with a credit that holds it whole.
        if (!ranges.some(([a, b]) => a <= from && b >= to)) out.push(p);
        continue;
      }
      let at = from;
      for (const [a, b] of ranges) {
        if (b <= at || a >= to) continue;
        // The space before a credit goes with it ("plekken (foto: Naam) voor").
        let end = p.from + (a - from);
        while (end > p.from + (at - from) && /\s/.test(original[end - 1])) end--;
        if (end > p.from + (at - from)) out.push({ from: p.from + (at - from), to: end });
        at = Math.max(at, b);
      }
      if (at < to) out.push({ from: p.from + (at - from), to: p.to });
    }
    // The space before a credit in a piece of its own ("… geopend. _Foto: ANP_") is no part of the paragraph.
    const last = out[out.length - 1];
    if (last && last.text === undefined) while (last.to > last.from && /\s/.test(original[last.to - 1])) last.to--;
    return out;
  }

  function at(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : base + offset;
  }

  /** Aligns a node's value with its source slice (escapes, entities and indentation differ). */
  function alignValue(value: string, from: number | undefined, to: number | undefined, out: Piece[]): void {
    if (from === undefined || to === undefined) return;
    const src = source.slice(from, to);
    if (src === value) {
      out.push({ from, to });
      return;
    }
    let i = 0;
    let j = 0;
    let runStart = -1;
    const endRun = () => {
      if (runStart >= 0) out.push({ from: from + runStart, to: from + j });
      runStart = -1;
    };
    while (i < value.length && j < src.length) {
      // A character reference ("&amp;", "&#x1F600;") is decoded in the value: its "&" must not pass for a literal one,
      // or the words after it lose their place. An unknown name ("&foo;") stays literal in the value as in the source.
      const ref = src[j] === "&" ? CHARACTER_REFERENCE.exec(src.slice(j, j + MAX_REFERENCE)) : null;
      if (ref && !value.startsWith(ref[0], i)) {
        endRun();
        const decoded = String.fromCodePoint(value.codePointAt(i)!);
        out.push({ from: from + j, to: from + j + ref[0].length, text: decoded });
        i += decoded.length;
        j += ref[0].length;
      } else if (value[i] === src[j]) {
        if (runStart < 0) runStart = j;
        i++;
        j++;
      } else if (src[j] === "\\" && src[j + 1] === value[i]) {
        endRun();
        j++;
      } else if (/\s/.test(src[j])) {
        endRun();
        j++;
      } else {
        endRun();
        out.push({ from: from + j, to: from + j, text: value.slice(i) });
        return;
      }
    }
    endRun();
    if (i < value.length) out.push({ from: to, to, text: value.slice(i) });
  }
}

/** A character reference of CommonMark: named, decimal or hexadecimal, at most 32 characters with "&" and ";". */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const MAX_REFERENCE = 34;
