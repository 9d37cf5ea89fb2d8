import { describe, expect, it } from "vitest";
import { ingest } from "../../rules/engine/index.js";
import { parseDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";
import { makeDocx, makeTablePdf } from "../helpers/files.js";

// Tables in every input format end as rows of cells (one block per row), as a Markdown pipe table is read: an
// action, budget or indicator table is policy text with a party, a date or an amount per row.
const engine = await fixtureEngine();
async function rowsOf(bytes: Uint8Array, filename: string): Promise<string[]> {
  const ing = await ingest(bytes, { filename });
  const doc = parseDocument(ing.text, { format: ing.format, cues: engine.cues });
  return doc.blocks.filter((b) => b.type === "tableRow").map((b) => doc.text.slice(b.start, b.end));
}
const ROWS = [
  ["Actie", "Trekker", "Budget"],
  ["Training meldcode", "GGD", "€ 20.000"],
  ["Extra crisisplekken", "Centrumgemeente", "€ 150.000"],
];

describe("tables from HTML, DOCX and PDF", () => {
  it("reads an HTML table as rows, the first row as the header when no cell is marked as one", async () => {
    const html = `<h1>Plan</h1><table>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
    const ing = await ingest(new TextEncoder().encode(html), { filename: "plan.html" });
    expect(ing.text).toMatch(/\| Actie +\| Trekker +\| Budget +\|\n\| -+/);
    expect(await rowsOf(new TextEncoder().encode(html), "plan.html")).toEqual(ROWS.map((r) => r.join(" | ")));
  });

  it("reads a Word table as rows", async () => {
    const docx = await makeDocx([{ heading: "Acties" }, { table: ROWS }, { text: "In 2027 evalueren we het plan." }]);
    expect(await rowsOf(docx, "plan.docx")).toEqual(ROWS.map((r) => r.join(" | ")));
  });

  it("reads a PDF table as rows: wide gaps between items are columns, word gaps stay spaces", async () => {
    const pdf = await makeTablePdf(["Uitvoeringsplan huiselijk geweld", "", ...ROWS, "", "In 2027 evalueren we het plan en rapporteren we aan de raad."], [50, 250, 420]);
    expect(await rowsOf(pdf, "plan.pdf")).toEqual(ROWS.map((r) => r.join(" | ")));
  });

  it("leaves a PDF of prose without tables", async () => {
    const pdf = await makeTablePdf(["Huiselijk geweld treft vooral vrouwen en kinderen.", "De regio werkt samen met Veilig Thuis en de politie.", "We trainen professionals in het werken met de meldcode."], [50]);
    expect(await rowsOf(pdf, "tekst.pdf")).toEqual([]);
  });

  it("does not take two columns of prose (a brochure's layout) for a table", async () => {
    const left = ["Huiselijk geweld komt in alle wijken voor", "en heeft grote gevolgen voor kinderen die", "opgroeien in een onveilige thuissituatie."];
    const right = ["Veilig Thuis is dag en nacht bereikbaar voor", "advies en meldingen; bellen is gratis en u", "kunt anoniem blijven als u dat wilt doen."];
    const pdf = await makeTablePdf(left.map((l, i) => [l, right[i]]), [50, 320]);
    expect(await rowsOf(pdf, "folder.pdf")).toEqual([]);
  });
});

describe("layout tables in old web pages", () => {
  it("reads a page laid out in a table as its content, headings kept, and the data table inside it as rows", async () => {
    const data = `<table>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
    const html = `<table><tr><td><ul><li><a href="/">Home</a></li></ul></td><td><h1>Aanpak huiselijk geweld</h1><p>De regio werkt samen met Veilig Thuis.</p><h2>Acties</h2>${data}</td></tr></table>`;
    const ing = await ingest(new TextEncoder().encode(html), { filename: "oud.html" });
    expect(ing.text).toContain("# Aanpak huiselijk geweld");
    expect(ing.text).toContain("## Acties");
    expect(await rowsOf(new TextEncoder().encode(html), "oud.html")).toEqual(ROWS.map((r) => r.join(" | ")));
  });
});
