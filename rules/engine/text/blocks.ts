import { PositionMapBuilder, type PositionMap } from "./position-map.js";

/** "contents": an entry of a table of contents, naming a chapter the document has. */
export type BlockType = "heading" | "paragraph" | "listItem" | "quote" | "footnote" | "code" | "tableRow" | "contents";

/** A block of normalised text: [start, end) into the normalised document text. */
export interface Block {
  type: BlockType;
  /** Heading level; 0 = one below the last explicit heading (plain-text guess). */
  level?: number;
  start: number;
  end: number;
}

/** An inline suppression directive found in the input. */
export interface Directive {
  kind: "disable-next-line" | "disable";
  ruleId: string;
  reason: string;
  /** Original line the directive applies to (next-line) or its own line (disable). */
  line: number;
}

export interface NormalisedText {
  text: string;
  map: PositionMap;
  blocks: Block[];
  directives: Directive[];
}

/** A piece of original text: original[from, to), or synthetic `text` standing in for it (a decoded entity; from = to for a joiner). */
export type Piece = { from: number; to: number; text?: string };

/**
 * Collects blocks into one normalised text: blocks separated by a blank line, pieces within a
 * block joined by `joiners` (" " for a line break, "" for a word rejoined across a hyphen).
 */
export class BlockWriter {
  private readonly b = new PositionMapBuilder();
  readonly blocks: Block[] = [];

  constructor(private readonly original: string) {}

  write(type: BlockType, pieces: Piece[], joiners: string[] = [], level?: number): void {
    const nonEmpty = pieces.filter((p) => p.to > p.from || p.text);
    if (nonEmpty.length === 0) return;
    if (this.blocks.length > 0) this.b.insert("\n\n", this.b.size === 0 ? 0 : nonEmpty[0].from);
    const start = this.b.size;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (i > 0 && joiners[i - 1]) this.b.insert(joiners[i - 1], p.from);
      if (p.text !== undefined) this.b.insert(p.text, p.from, p.to - p.from);
      else this.copyClean(p.from, p.to);
    }
    const end = this.b.size;
    if (end > start) this.blocks.push(level === undefined ? { type, start, end } : { type, start, end, level });
  }

  /** Copies text, turning tabs, odd spaces and line breaks into plain spaces (same length). */
  private copyClean(from: number, to: number): void {
    const s = this.original.slice(from, to);
    if (!/[\t\r\n\f\u00a0\u2007\u202f\u200b\ufeff\u000b]/.test(s)) {
      this.b.copy(this.original, from, to);
      return;
    }
    this.b.copyAs(s.replace(/[\t\r\n\f\u00a0\u2007\u202f\u200b\ufeff\u000b]/g, " "), from);
  }

  finish(directives: Directive[]): NormalisedText {
    const { text, map } = this.b.build();
    return { text, map, blocks: this.blocks, directives };
  }
}

// Rule id and reason are bounded (200 and 500 characters): an unbounded lazy reason ran to the end of the text from
// every unclosed comment, quadratic in a text of many of them.
const DIRECTIVE = /<!--\s*genderscan-(disable-next-line|disable)\s+([\w@/.-]{1,200})\s*(?:--\s*([\s\S]{0,500}?))?\s*-->/g;

/** Finds `<!-- genderscan-disable-next-line rule -- reason -->` comments (Markdown and plain text). */
export function findDirectives(original: string, lineOf: (offset: number) => number): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(original))) {
    const endLine = lineOf(m.index + m[0].length);
    const kind = m[1] as Directive["kind"];
    let line = lineOf(m.index);
    if (kind === "disable-next-line") {
      // The next line with text after the comment.
      // Scanned in place: a copy of the rest of the text per directive was quadratic.
      let i = original.indexOf("\n", m.index + m[0].length);
      if (i < 0) line = endLine + 1;
      else {
        line = endLine + 1;
        for (;;) {
          let j = i + 1;
          while (original.charCodeAt(j) === 32 || original.charCodeAt(j) === 9) j++;
          if (original.charCodeAt(j) !== 10) break;
          line++;
          i = j;
        }
      }
    }
    out.push({ kind, ruleId: m[2], reason: (m[3] ?? "").trim(), line });
  }
  return out;
}
