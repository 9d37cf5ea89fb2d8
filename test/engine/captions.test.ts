import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { creditRanges, NO_CAPTION_CUES } from "../../rules/engine/text/captions.js";
import { loadTextFormat, parseDocument, sentenceText, type ParsedDocument, type TextFormat } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// Photo credits of news pages are page furniture (lexicon page-furniture, concepts caption-credit and
// caption-illustration): cut from the text that rules read, in plain text and Markdown; every other word keeps its
// place in the original. The news items here are made up for the test.

const engine = await fixtureEngine();
await loadTextFormat("markdown");
const parse = (text: string, format: TextFormat = "text") => parseDocument(text, { format, cues: engine.cues });
const sentences = (doc: ParsedDocument) => doc.sentences.map((s) => sentenceText(doc, s));
const words = (doc: ParsedDocument) => Array.from({ length: doc.tokens.count }, (_, i) => doc.tokens.normAt(i));

/** Every sentence reads, through the position map, the same words in the original. */
function keepsPositions(doc: ParsedDocument, original: string): void {
  for (const s of doc.sentences) {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const [a, b] = doc.map.spanToOriginal(doc.tokens.start[t], doc.tokens.end[t]);
      expect(original.slice(a, b)).toBe(doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]));
    }
  }
}

const NEWS = [
  "Wethouder opent nieuwe opvang in Heidedorp",
  "(foto: Karin de Wit)",
  "",
  "De opvang voor slachtoffers is dinsdag geopend. De wethouder knipte het lint door. Foto: ANP",
  "Er zijn twaalf plekken (Foto ter illustratie) voor vrouwen en kinderen.",
  "Beeld: Jan Jansen / Studio Noord",
  "Foto ter illustratie",
  "",
  "Tekst: Piet Smit. Foto: Gemeente Heidedorp",
].join("\n");

describe("photo credits", () => {
  for (const format of ["text", "markdown"] as const) {
    it(`are cut from the text rules read, the rest keeps its place (${format})`, () => {
      const doc = parse(NEWS, format);
      const w = words(doc);
      for (const credit of ["foto", "beeld", "illustratie", "anp", "karin", "jansen", "studio"]) expect(w).not.toContain(credit);
      expect(sentences(doc)).toContain("De wethouder knipte het lint door.");
      expect(sentences(doc)).toContain("Er zijn twaalf plekken voor vrouwen en kinderen.");
      // A byline before the credit stays: it names no photo.
      expect(sentences(doc)).toContain("Tekst: Piet Smit.");
      keepsPositions(doc, NEWS);
    });
  }

  it("in Markdown, also in emphasis", () => {
    const md = "# Opvang geopend\n\nDe opvang is geopend. _Foto: ANP_\n\n*Beeld: Jan Jansen*\n\nEr zijn plekken (foto: Karin de Wit) voor vrouwen en kinderen.\n";
    const doc = parse(md, "markdown");
    expect(sentences(doc)).toEqual(["Opvang geopend", "De opvang is geopend.", "Er zijn plekken voor vrouwen en kinderen."]);
    keepsPositions(doc, md);
  });

  it("leave the text's own use of the words alone", () => {
    for (const text of [
      "Het college wil de wachtlijst in beeld: daarmee wordt zij korter.",
      "Meldingen van smaad (foto/filmpje internet) namen toe.",
      "Beeld: de gemeente wil het aantal meldingen in 2027 halveren en de opvang uitbreiden.",
      "De foto: een moeder met twee kinderen in de opvang.",
    ]) {
      expect(sentences(parse(text)), text).toEqual([text]);
    }
  });

  it("leave a headline that ends in a credit a heading of its own", () => {
    // The headline stands on its own line above the body; its credit is cut, and so is the colon that kept it prose.
    for (const credit of ["(foto: ANP)", "(Foto: Karin de Wit)", "(beeld: Studio Noord)", "(Foto ter illustratie)"]) {
      const news = `Meer meldingen van partnergeweld in de regio ${credit}\nHet aantal meldingen bij Veilig Thuis steeg vorig jaar. De wethouder wil meer opvangplekken.\n`;
      const doc = parse(news);
      expect(doc.blocks[0].type, credit).toBe("heading");
      expect(doc.text.slice(doc.blocks[0].start, doc.blocks[0].end)).toBe("Meer meldingen van partnergeweld in de regio");
      expect(doc.sections.map((s) => s.title)).toContain("Meer meldingen van partnergeweld in de regio");
      keepsPositions(doc, news);
    }
    // Also across a blank line, and where a glued footnote marker ends the sentence before it.
    const report = "De opvang zit vol.3\n\nWachtlijsten in de opvang (foto: ANP)\n\nDe wachttijd liep op tot zes weken.\n";
    const doc = parse(report);
    expect(doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)])).toEqual([
      ["paragraph", "De opvang zit vol."],
      ["heading", "Wachtlijsten in de opvang"],
      ["paragraph", "De wachttijd liep op tot zes weken."],
    ]);
  });

  it("make no heading of a sentence that ends in a credit, nor of a line the next one continues", () => {
    for (const text of [
      "Er komen meer plekken in de opvang. (foto: ANP)\nDe wethouder is tevreden.",
      "Meer meldingen van partnergeweld in de regio (foto: ANP)\nomdat slachtoffers sneller aan de bel trekken.",
      "Het college wil dat de wachttijd voor de opvang in de hele regio flink omlaag gaat (foto: ANP)\nDe raad stemde in.",
    ]) {
      const doc = parse(text);
      expect(doc.blocks.filter((b) => b.type === "heading"), text).toEqual([]);
    }
  });

  it("are no credits without the corpus's words", () => {
    expect(creditRanges("Foto: ANP", NO_CAPTION_CUES)).toEqual([]);
    expect(parseDocument("Opvang geopend.\nFoto: ANP", { format: "text" }).text).toContain("Foto: ANP");
  });

  it("do not put an off-topic page on topic", async () => {
    const real = await defaultEngine(process.cwd());
    const page = "Nieuwe speeltuin in de wijk\n\nDe gemeente opent zaterdag een speeltuin aan de Dorpsstraat. Kinderen kunnen er klimmen en schommelen.\n(foto: Veilig Thuis Heidedorp)\nDe wethouder is blij met het resultaat.\n";
    expect(real.scan(page, { format: "text" }).document.onTopic).toBe(false);
  });
});
