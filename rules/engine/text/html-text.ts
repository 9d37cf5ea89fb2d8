import { decodeNamedCharacterReference } from "decode-named-character-reference";
import type { Piece } from "./blocks.js";

/**
 * The text of raw HTML inside a Markdown or plain text (`<b>Let op</b>`, `<p>…</p>`): the runs between
 * tags, with positions into the original, so the scan reads the words and findings point at them. Block
 * tags (p, div, li, headings, br, tr, …) end a block; other tags are dropped. Comments, script and style
 * contribute nothing. A tag is only what looks like one (`<` then a letter, `/` or `!`), so "a < b" stays.
 */
const BLOCK_TAG = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|hr|dd|dt|dl|header|footer|pre)$/i;
const TAG = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|<![^<>]*>/g;

/** Blocks of text pieces for an HTML chunk that starts at `offset` of the original. */
export function htmlBlocks(html: string, offset: number): Piece[][] {
  const blocks: Piece[][] = [];
  let current: Piece[] = [];
  const endBlock = () => {
    if (current.some((p) => p.to > p.from || p.text?.trim())) blocks.push(current);
    current = [];
  };
  let at = 0;
  for (const m of html.matchAll(TAG)) {
    textRun(html, at, m.index, offset, current);
    const name = m[2];
    if (name && BLOCK_TAG.test(name)) endBlock();
    at = m.index + m[0].length;
  }
  textRun(html, at, html.length, offset, current);
  endBlock();
  return blocks;
}

/**
 * The pieces of inline HTML inside a paragraph (usually one tag: `<b>`, `</b>`, `<br>`): its text, with a
 * space where a block tag separates words.
 */
export function htmlInline(html: string, offset: number): Piece[] {
  const out: Piece[] = [];
  const blocks = htmlBlocks(html, offset);
  for (const b of blocks) {
    if (out.length) out.push({ from: b[0].from, to: b[0].from, text: " " });
    for (const p of b) out.push(p);
  }
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html);
  if (out.length === 0 && tag && BLOCK_TAG.test(tag[1])) out.push({ from: offset, to: offset, text: " " });
  return out;
}

/** Text between tags, with character references replaced in place (their source span kept). */
function textRun(html: string, from: number, to: number, offset: number, out: Piece[]): void {
  let start = from;
  const ref = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
  ref.lastIndex = from;
  for (let m = ref.exec(html); m && m.index < to; m = ref.exec(html)) {
    if (m.index + m[0].length > to) break;
    const value = decode(m[1]);
    if (value === undefined) continue;
    if (m.index > start) out.push({ from: offset + start, to: offset + m.index });
    out.push({ from: offset + m.index, to: offset + m.index + m[0].length, text: value });
    start = m.index + m[0].length;
  }
  if (to > start) out.push({ from: offset + start, to: offset + to });
}

function decode(name: string): string | undefined {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  // The full HTML table, case-sensitive ("&euml;" in "financi&euml;le", "&Eacute;"); an unknown name stays text.
  return decodeNamedCharacterReference(name) || undefined;
}
