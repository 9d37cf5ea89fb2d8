import type { Nodes, Parent, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { BlockWriter, findDirectives, type BlockType, type NormalisedText, type Piece } from "./blocks.js";
import { markdownChunks, tameInlineMarkup } from "./markdown-guard.js";
import { LineIndex } from "./position-map.js";
import { htmlBlocks, htmlInline } from "./html-text.js";

const parser = unified().use(remarkParse);

/** Markdown → blocks (headings, paragraphs, list items, quotes) with positions into the Markdown source. */
/**
 * Markdown → blocks. `motionPart` tells a paragraph that is a part of a council motion ("**Constaterende dat:**"),
 * a heading of its own (the section vocabulary decides; without it no paragraph is one).
 */
export function normaliseMarkdown(original: string, lineIndex = new LineIndex(original), chunk?: number, motionPart: (line: string) => boolean = () => false): NormalisedText {
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
          const pieces = inlinePieces(child);
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
      if (value[i] === src[j]) {
        if (runStart < 0) runStart = j;
        i++;
        j++;
      } else if (src[j] === "\\" && src[j + 1] === value[i]) {
        endRun();
        j++;
      } else if (src[j] === "&") {
        const semi = src.indexOf(";", j);
        endRun();
        if (semi > j && semi - j <= 32) {
          out.push({ from: from + j, to: from + semi + 1, text: value[i] });
          i++;
          j = semi + 1;
        } else {
          j++;
        }
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
