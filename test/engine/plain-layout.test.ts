import { describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// The layout words of plain text (lexicons plain-headings, page-furniture, footnotes; issue 14 point 3) reach the
// plain-text reader through the engine's cues. Each case is read twice: with the corpus's words it is recognised, with
// none (parseDocument without cues) only the shape is left and the same lines are ordinary text.

const engine = await fixtureEngine();
const withWords = (text: string) => parseDocument(text, { format: "text", cues: engine.cues });
const shapeOnly = (text: string) => parseDocument(text, { format: "text" });
const headings = (doc: ParsedDocument) => doc.blocks.filter((b) => b.type === "heading").map((b) => [doc.text.slice(b.start, b.end), b.level]);
const BODY = "De regio werkt samen met Veilig Thuis aan een snelle en passende aanpak van huiselijk geweld en kindermishandeling.";

describe("plain-text layout words from the corpus", () => {
  it("reads a part word and its number as a heading, a subpart word one level down", () => {
    const text = ["Hoofdstuk 3 Eerder en beter in beeld", "", BODY, "", "Paragraaf 3 Preventie", "", BODY].join("\n");
    expect(headings(withWords(text))).toEqual([
      ["Hoofdstuk 3 Eerder en beter in beeld", 1],
      ["Paragraaf 3 Preventie", 2],
    ]);
    // Without the words both are short capitalised lines: guessed headings one level below the last (level 0).
    expect(headings(shapeOnly(text))).toEqual([
      ["Hoofdstuk 3 Eerder en beter in beeld", 0],
      ["Paragraaf 3 Preventie", 0],
    ]);
  });

  it("reads a top-level heading word alone on its line as level 1", () => {
    const text = [BODY, "", "Samenvatting:", "", BODY].join("\n");
    expect(headings(withWords(text))).toEqual([["Samenvatting:", 1]]);
    // Without the words it is a short label: a guessed heading one level below the last.
    expect(headings(shapeOnly(text))).toEqual([["Samenvatting:", 0]]);
  });

  it("does not take a line ending in a function word, or a cross-reference, for a heading", () => {
    const runsOn = [BODY, "", "De regio werkt samen met", "Veilig Thuis.", "", BODY].join("\n");
    expect(headings(withWords(runsOn))).toEqual([]);
    expect(headings(shapeOnly(runsOn))).toEqual([["De regio werkt samen met", 0]]);
    const reference = [BODY, "", "Zie paragraaf 2.3", "", BODY].join("\n");
    expect(headings(withWords(reference))).toEqual([]);
    expect(headings(shapeOnly(reference))).toEqual([["Zie paragraaf 2.3", 0]]);
  });

  it("recognises a table of contents by its title and drops its page numbers", () => {
    const text = ["Inhoudsopgave", "Samenvatting 2", "Aard en omvang 8", "Acties 12", "", "Samenvatting", "", BODY].join("\n");
    const doc = withWords(text);
    expect(doc.blocks.filter((b) => b.type === "contents").map((b) => doc.text.slice(b.start, b.end))).toEqual(["Samenvatting", "Aard en omvang", "Acties"]);
    expect(shapeOnly(text).blocks.some((b) => b.type === "contents")).toBe(false);
  });

  it("drops an explicit page label wherever it stands", () => {
    const text = [BODY, "", "Pagina 3 van 40", "", BODY].join("\n");
    expect(withWords(text).text).not.toContain("Pagina");
    expect(shapeOnly(text).text).toContain("Pagina 3 van 40");
  });

  it("drops rising page numbers with an abbreviated page word", () => {
    const text = ["Eerste alinea over de aanpak.", "blz. 3", "Tweede alinea over de opvang.", "blz. 4", "Derde alinea over de monitor.", "blz. 5"].join("\n\n");
    expect(withWords(text).text).not.toContain("blz");
    expect(shapeOnly(text).text).toContain("blz. 3");
  });

  it("keeps a number after an abbreviation, and reads a numbered line with 'zie' or 'p.' as a footnote", () => {
    const article = "De gemeente werkt volgens artikel4 van de wet.";
    expect(withWords(article).text).toContain("artikel4");
    expect(shapeOnly(article).text).not.toContain("artikel4");
    for (const note of ["2 Zie de nota van de regio.", "2 Nota van de regio, p. 4."]) {
      const text = `De aanpak werkt goed.\n\n${note}`;
      expect(withWords(text).blocks.some((b) => b.type === "footnote"), note).toBe(true);
      expect(shapeOnly(text).blocks.some((b) => b.type === "footnote"), note).toBe(false);
    }
  });

  it("keeps the layout lexicons out of the matcher: no rule matches them", () => {
    const { hits } = engine.scanDetailed(`${BODY}\n\nZie de nota van de regio, p. 4.`, { assumeOnTopic: true });
    expect(hits.of(["plain-heading-function-end", "page-count-word", "citation-word", "hyphen-conjunction"])).toEqual([]);
    expect(engine.corpus.concepts.get("plain-heading-function-end")?.lexicon).toBe("plain-headings");
  });
});
