import { InputError } from "../errors.js";
import type { Ingested } from "./ingested.js";

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/**
 * PDF → plain text with pdf.js: items grouped into lines by their baseline, pages separated by a
 * form feed so the normaliser can drop running headers, footers and page numbers.
 */
export async function ingestPdf(bytes: Uint8Array): Promise<Ingested> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") {
      throw new InputError("ENCRYPTED_DOCUMENT", "De PDF is met een wachtwoord beveiligd. / The PDF is password-protected.");
    }
    throw new InputError("MALFORMED_DOCUMENT", `De PDF is beschadigd of onleesbaar (${(e as Error).message}). / The PDF is damaged or unreadable.`);
  }
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items as TextItem[]).join("\n"));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.join("\n\f");
  if (text.replace(/\s/g, "").length < 20) {
    throw new InputError(
      "NEEDS_OCR",
      "De PDF bevat geen tekstlaag (waarschijnlijk een scan). Maak er eerst met OCR een doorzoekbare PDF van. / The PDF has no text layer (probably a scan). Run OCR first.",
    );
  }
  return { text, format: "text", source: "pdf", notes: [] };
}

/** Font size assumed for an item without a height. */
const DEFAULT_FONT_SIZE = 10;
/** A horizontal gap of this many font sizes between two items on a line separates table columns, not words. */
const COLUMN_GAP_EM = 1.5;

function linesOf(items: TextItem[]): string[] {
  const rows: Array<{ y: number; parts: Array<{ x: number; end: number; str: string; size: number }> }> = [];
  for (const it of items) {
    // pdf.js gives the gap between two items as a blank item of its width: the gap is measured between the words.
    if (!("str" in it) || it.str.trim() === "") continue;
    const x = it.transform[4];
    const y = it.transform[5];
    const tolerance = Math.max(2, (it.height || DEFAULT_FONT_SIZE) * 0.4);
    let row = rows.find((r) => Math.abs(r.y - y) <= tolerance);
    if (!row) {
      row = { y, parts: [] };
      rows.push(row);
    }
    row.parts.push({ x, end: x + it.width, str: it.str, size: it.height || DEFAULT_FONT_SIZE });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    let line = "";
    let lastEnd = -Infinity;
    for (const part of r.parts) {
      // A gap wider than words ever stand apart is a column of a table: a tab, which the plain-text reader takes as a
      // cell boundary (text/plain/tables.ts); a word gap is a space.
      if (line && part.x - lastEnd > COLUMN_GAP_EM * part.size) line = line.replace(/ +$/, "") + "\t";
      else if (line && part.x - lastEnd > 1 && !line.endsWith(" ") && !part.str.startsWith(" ")) line += " ";
      line += part.str;
      lastEnd = part.end;
    }
    return line.replace(/\s+$/, "");
  });
}
