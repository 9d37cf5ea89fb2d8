import { describe, expect, it } from "vitest";
import { locate, parseDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

const engine = await fixtureEngine();
const parse = (text: string) => parseDocument(text, { cues: engine.cues });
const rowsOf = (text: string) => {
  const doc = parse(text);
  return doc.blocks.filter((b) => b.type === "tableRow").map((b) => doc.text.slice(b.start, b.end));
};

const ACTIONS = [
  "2. Acties",
  "Actie                          Trekker        Planning",
  "Training signaleren            GGD            Q2 2025",
  "Uitbreiding crisisopvang       Zwolle         2025",
  "Voorlichting statushouders     Vluchtelingenwerk   najaar",
].join("\n");

describe("tables in plain text (PDF layout, word processor)", () => {
  it("reads a table laid out with spaces as rows of cells, each row its own block", () => {
    expect(rowsOf(`Uitvoeringsplan\n\n${ACTIONS}\n\nWe rapporteren jaarlijks aan de raad.\n`)).toEqual([
      "Actie | Trekker | Planning",
      "Training signaleren | GGD | Q2 2025",
      "Uitbreiding crisisopvang | Zwolle | 2025",
      "Voorlichting statushouders | Vluchtelingenwerk | najaar",
    ]);
  });

  it("reads a table with tabs between the cells", () => {
    const text = "Begroting\n\nPost\tBedrag\nOpvang\t€ 250.000\nPreventie\t€ 40.000\n\nDe raad stelt de begroting vast.\n";
    expect(rowsOf(text)).toEqual(["Post | Bedrag", "Opvang | € 250.000", "Preventie | € 40.000"]);
  });

  it("leaves prose with stray wide spaces alone when nothing lines up", () => {
    const text = [
      "Huiselijk geweld   treft vooral vrouwen en kinderen in onze regio.",
      "De meeste plegers zijn mannen;   dat vraagt een aanpak die daar rekening mee houdt.",
      "Wij werken samen met de politie en Veilig Thuis.   Dat doen we al jaren.",
    ].join("\n");
    expect(rowsOf(text)).toEqual([]);
  });

  it("keeps a numbered title over a table a heading, so the table gets its own section", () => {
    const doc = parse(`1. Inleiding\nIn dit plan werken we de visie uit.\n\n${ACTIONS}\n\n3. Monitoring\nWe rapporteren jaarlijks.\n`);
    expect(doc.sections.map((s) => s.title)).toEqual(expect.arrayContaining(["1. Inleiding", "2. Acties", "3. Monitoring"]));
  });

  it("maps a cell back to its place in the original", () => {
    const text = `Uitvoeringsplan\n\n${ACTIONS}\n`;
    const doc = parse(text);
    const at = doc.text.indexOf("Q2 2025");
    const loc = locate(doc, at, at + "Q2 2025".length);
    expect(text.slice(loc.offset, loc.offset + loc.length)).toBe("Q2 2025");
    expect(loc.line).toBe(5);
  });
});

describe("a pasted pipe table makes the text Markdown", () => {
  it("reads a text whose only Markdown is a pipe table with its delimiter row as Markdown, the rows as table rows", async () => {
    const { sniffFormat } = await import("../../rules/engine/text/document.js");
    const text = "Paragraaf veiligheid thuis\n\nWe zetten de aanpak voort.\n\n| Onderdeel | Begroting 2027 |\n|---|---|\n| Veilig Thuis | 1.510.000 |\n| Plegerhulp | 215.000 |\n";
    expect(sniffFormat(text)).toBe("markdown");
    expect(sniffFormat("Kosten --- baten\nDe regio - en de gemeente | samen.\n")).toBe("text");
    const doc = parseDocument(text, { cues: engine.cues });
    expect(doc.blocks.filter((b) => b.type === "tableRow").map((b) => doc.text.slice(b.start, b.end))).toEqual(["Onderdeel | Begroting 2027", "Veilig Thuis | 1.510.000", "Plegerhulp | 215.000"]);
  });
});
