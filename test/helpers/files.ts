import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

export interface Part {
  heading?: string;
  text?: string;
  /** A table: rows of cells, the first row as Word users write a header (plain cells). */
  table?: string[][];
}

/** A real DOCX (Word) file with headings and paragraphs. */
export async function makeDocx(parts: Part[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: parts.map((p) =>
          p.table
            ? new Table({ rows: p.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ text: c })] })) })) })
            : p.heading
              ? new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_1 })
              : new Paragraph({ text: p.text ?? "" }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A real PDF with a text layer: one line per entry, a new page every `perPage` lines, a running header. */
export async function makePdf(lines: string[], options: { perPage?: number; header?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const perPage = options.perPage ?? 30;
  for (let p = 0; p * perPage < lines.length; p++) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    if (options.header) {
      page.drawText(options.header, { x: 50, y, size: 9, font });
      y -= 30;
    }
    for (const line of lines.slice(p * perPage, (p + 1) * perPage)) {
      page.drawText(line, { x: 50, y, size: 11, font });
      y -= 16;
    }
    page.drawText(String(p + 1), { x: 290, y: 30, size: 9, font });
  }
  return Buffer.from(await pdf.save());
}

/** A one-page PDF whose lines are rows of cells drawn at the given x positions (a table), or plain lines of text. */
export async function makeTablePdf(lines: Array<string | string[]>, columns: number[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (typeof line === "string") page.drawText(line, { x: 50, y, size: 11, font });
    else line.forEach((cell, i) => page.drawText(cell, { x: columns[i], y, size: 11, font }));
    y -= 16;
  }
  return Buffer.from(await pdf.save());
}

/** A PDF without any text (as a scanned page would be). */
export async function makeImageOnlyPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
  return Buffer.from(await pdf.save());
}
