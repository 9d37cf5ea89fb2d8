// Keeps the Markdown parser linear on hostile input, without changing any offset.
//
// micromark keeps the events of the whole document in one array and splices it while it resolves each paragraph, so
// its time grows with (paragraphs × document); 200 KB of tiny paragraphs took seconds, 100k headings minutes. The text
// is therefore parsed in chunks of about CHUNK characters, cut only where a new top-level block starts (see
// markdownChunks), which gives the same blocks as one parse.
//
// micromark (under remark-parse) resolves emphasis and links by looking back over every open marker of the paragraph,
// so a paragraph of thousands of unmatched `*_`, `[` or backslashes costs time quadratic in its markers (200 KB of `*_`
// took about 12 minutes). Policy text never has that many markers in one paragraph. In a paragraph that does, the
// inline markers are shown to the parser as plain letters: the parser then sees ordinary words, and because the
// stand-in has the same length, every offset it reports is an offset into the original, whose text (markers and all)
// is what the reader copies. Block syntax at the start of a line (quote, list marker, heading, fence) stays as it is.

/** Inline markers per paragraph above which they are read as text; a long policy paragraph has a few dozen. */
export const MAX_INLINE_MARKERS = 400;

const STAND_IN = "x";
const INLINE_MARKERS = /[*_[\]`\\<!&~]/g;

function isInlineMarker(c: number): boolean {
  // * _ [ ] ` \ < ! & ~
  return c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 92 || c === 60 || c === 33 || c === 38 || c === 126;
}

/** The text the Markdown parser should see: `original` itself, or a copy of the same length with tamed paragraphs. */
export function tameInlineMarkup(original: string): string {
  const n = original.length;
  let parts: string[] | null = null;
  let copied = 0;
  let blockStart = 0;
  let markers = 0;
  let blank = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      // A blank line (or the end) closes the paragraph.
      if (blank || i === n) {
        if (markers > MAX_INLINE_MARKERS) {
          parts ??= [];
          parts.push(original.slice(copied, blockStart), tame(original, blockStart, i));
          copied = i;
        }
        blockStart = i + 1;
        markers = 0;
      }
      blank = true;
      continue;
    }
    if (c !== 32 && c !== 9) blank = false;
    if (isInlineMarker(c)) markers++;
  }
  if (!parts) return original;
  parts.push(original.slice(copied));
  return parts.join("");
}

const BLOCK_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)?(?:#{1,6}(?=[ \t]|$))?/;
const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:`{3,}|~{3,})/;

/** original[from, to) with the inline markers after each line's block syntax replaced by a letter. */
function tame(original: string, from: number, to: number): string {
  const lines = original.slice(from, to).split(/(\r\n|\r|\n)/);
  let out = "";
  for (const line of lines) {
    if (line === "\n" || line === "\r" || line === "\r\n" || FENCE.test(line)) {
      out += line;
      continue;
    }
    const keep = BLOCK_PREFIX.exec(line)![0].length;
    out += line.slice(0, keep) + line.slice(keep).replace(INLINE_MARKERS, STAND_IN);
  }
  return out;
}

/** Characters of Markdown parsed at once; a chunk ends at the first safe cut after this many. */
export const CHUNK = 16 * 1024;

const HTML_BLOCK_END: Array<[RegExp, string]> = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, ""],
  [/^<!--/, "-->"],
  [/^<\?/, "?>"],
  [/^<![A-Za-z]/, ">"],
  [/^<!\[CDATA\[/, "]]>"],
];

/**
 * Offsets where `source` can be cut into parts that parse to the same blocks as the whole: the start of a line that is
 * not indented and follows a blank line (it opens a new top-level block: nothing continues a list item, quote,
 * paragraph or indented code over a blank line onto an unindented line), outside a fenced code block and outside an
 * HTML block that runs to an end marker (comment, <pre>, <script>…). Link references defined in another chunk stay
 * literal text, which the scan reads the same way. Returns the chunk starts, the first being 0.
 */
export function markdownChunks(source: string, chunk = CHUNK): number[] {
  const starts = [0];
  const n = source.length;
  let fence = ""; // the open fence's marker run, or ""
  let htmlEnd = ""; // the end marker of an open HTML block, or ""
  let afterBlank = false;
  let i = 0;
  while (i < n) {
    let eol = source.indexOf("\n", i);
    if (eol < 0) eol = n;
    const line = source.slice(i, eol);
    const blank = !/\S/.test(line);
    if (htmlEnd) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = "";
    } else if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t\r]*$/.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = "";
    } else if (!blank) {
      const c = line.charCodeAt(0);
      if (afterBlank && c !== 32 && c !== 9 && i - starts[starts.length - 1] >= chunk) starts.push(i);
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open && !(open[1][0] === "`" && line.slice(open[0].length).includes("`"))) fence = open[1];
      else {
        const html = line.replace(/^ {0,3}/, "");
        for (const [re, end] of HTML_BLOCK_END) {
          if (!re.test(html)) continue;
          const closing = end || `</${/^<(\w+)/.exec(html)![1].toLowerCase()}>`;
          // The end marker may sit on the opening line itself (after the opener).
          if (!html.toLowerCase().includes(closing, end === "" ? 1 : re.exec(html)![0].length)) htmlEnd = closing;
          break;
        }
      }
    }
    afterBlank = blank;
    i = eol + 1;
  }
  return starts;
}
