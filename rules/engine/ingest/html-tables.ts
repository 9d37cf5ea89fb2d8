import type { Element, Root, RootContent, ElementContent } from "hast";
import { isElement, textLength } from "./html-tree.js";

// Word tables (DOCX through mammoth) and many web tables have no header cells: every row is <td>. hast-util-to-mdast
// then gives the Markdown table an empty header row above the real one. A table without any <th> takes its first row
// as the header, as Word users mean it (Actie | Trekker | Budget).
// Older sites lay out the whole page in a table: a cell holds headings, lists, another table or a long text. As a
// Markdown table its headings would be lost and a page would be one row, so such a table is unwrapped: its cells'
// content in reading order.

const isCell = (n: RootContent | ElementContent): n is Element => isElement(n) && (n.tagName === "td" || n.tagName === "th");

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.tagName === "tr") rows.push(c);
    else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot") for (const r of c.children) if (isElement(r) && r.tagName === "tr") rows.push(r);
  }
  return rows;
}

function hasHeaderCell(rows: Element[]): boolean {
  return rows.some((r) => r.children.some((c) => isElement(c) && c.tagName === "th"));
}

/** Elements that only page layout puts in a table cell. */
const LAYOUT_CONTENT = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "article", "section", "main"]);
/** A cell with more text than this is a page's column, not a table's cell. */
const MAX_CELL_TEXT = 500;

function hasLayoutContent(n: Element): boolean {
  return n.children.some((c) => isElement(c) && (LAYOUT_CONTENT.has(c.tagName) || hasLayoutContent(c)));
}

function isLayoutTable(table: Element): boolean {
  return rowsOf(table).some((r) => r.children.some((c) => isCell(c) && (hasLayoutContent(c) || textLength(c.children) > MAX_CELL_TEXT)));
}

/** A layout table's content: each cell's children, row by row. */
function unwrap(table: Element): ElementContent[] {
  const out: ElementContent[] = [];
  for (const r of rowsOf(table)) for (const c of r.children) if (isCell(c)) out.push({ type: "element", tagName: "div", properties: {}, children: c.children });
  return out;
}

/** Unwraps layout tables and makes the first row of each data table without header cells its header (in place). */
export function prepareTables(node: Root | Element): void {
  const kept: Array<RootContent | ElementContent> = [];
  collect(node.children, kept);
  node.children = kept as typeof node.children;
}

function collect(list: ReadonlyArray<RootContent | ElementContent>, kept: Array<RootContent | ElementContent>): void {
  for (const c of list) {
    if (!isElement(c)) {
      kept.push(c);
      continue;
    }
    // A layout table's content is read again: it may hold a data table.
    if (c.tagName === "table" && isLayoutTable(c)) {
      collect(unwrap(c), kept);
      continue;
    }
    if (c.tagName === "table") {
      const rows = rowsOf(c);
      if (rows.length > 1 && !hasHeaderCell(rows)) for (const cell of rows[0].children) if (isElement(cell) && cell.tagName === "td") cell.tagName = "th";
    }
    prepareTables(c);
    kept.push(c);
  }
}
