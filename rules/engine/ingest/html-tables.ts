import type { Element, Root, RootContent, ElementContent } from "hast";

// Word tables (DOCX through mammoth) and many web tables have no header cells: every row is <td>. hast-util-to-mdast
// then gives the Markdown table an empty header row above the real one. A table without any <th> takes its first row
// as the header, as Word users mean it (Actie | Trekker | Budget).

const isElement = (n: RootContent | ElementContent): n is Element => n.type === "element";

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

/** Makes the first row of each table without header cells its header (in place). */
export function promoteHeaderRows(node: Root | Element): void {
  for (const c of node.children) {
    if (!isElement(c)) continue;
    if (c.tagName === "table") {
      const rows = rowsOf(c);
      if (rows.length > 1 && !hasHeaderCell(rows)) for (const cell of rows[0].children) if (isElement(cell) && cell.tagName === "td") cell.tagName = "th";
    }
    promoteHeaderRows(c);
  }
}
