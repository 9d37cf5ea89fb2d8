import { describe, expect, it } from "vitest";
import { locate, parseDocument, quoteOf, type ParsedDocument } from "../../rules/engine/text/document.js";
import { normalisePlainText } from "../../rules/engine/text/plain/normalise.js";
import { decideHyphen } from "../../rules/engine/text/plain/hyphenation.js";
import { seed, SEEDS, sameModuloRepair } from "../helpers/text.js";
import { fixtureEngine } from "../helpers/engines.js";

const engine = await fixtureEngine();
const engineCues = () => engine.cues;

/** Finds `needle` in the normalised text and returns the original text at its mapped location. */
function originalAt(doc: ParsedDocument, needle: string): { loc: ReturnType<typeof locate>; original: string } {
  const at = doc.text.indexOf(needle);
  expect(at, `"${needle}" in the normalised text`).toBeGreaterThanOrEqual(0);
  const loc = locate(doc, at, at + needle.length);
  return { loc, original: doc.original.slice(loc.offset, loc.offset + loc.length) };
}

describe("PDF text repair on the seeds", () => {
  const s000 = parseDocument(seed("000"), { cues: engine.cues });
  const s001 = parseDocument(seed("001"), { cues: engine.cues });
  const s002 = parseDocument(seed("002"), { cues: engine.cues });
  const s003 = parseDocument(seed("003"), { cues: engine.cues });
  const s004 = parseDocument(seed("004"), { cues: engine.cues });

  it("joins a word hyphenated across a (double-spaced) line break and maps it back", () => {
    const { loc, original } = originalAt(s000, "de gevallen van moord");
    expect(loc.line).toBe(3);
    expect(loc.endLine).toBe(5);
    expect(original).toBe("de geval-\n\nlen van moord");
    expect(s001.text).toContain("onderzoeks- en adviesbureau INTRAVAL");
    expect(s001.text).toContain("Documentatiecentrum (WODC)");
  });

  it("keeps real hyphens: compounds, ranges, suspended compounds", () => {
    expect(s003.text).toContain("VNG-werkgroep");
    expect(s003.text).toContain("LVB-problematiek");
    expect(s003.text).toContain("(augustus-september 2019)");
    expect(s003.text).toContain("(juni-december 2019)");
    expect(s003.text).toContain("zorg- en veiligheidspartners");
    expect(s003.text).toContain("zak- en kleedgeld");
    expect(s000.text).toContain("slechts 10-12% van de incidenten");
    expect(s000.text).toContain("ACB-Kenniscentrum");
    expect(s003.text).toMatch(/MDA\+\+/);
  });

  it("separates glued footnote markers and moves footnote bodies out of the sentence", () => {
    expect(s003.text).toContain("Eergerelateerd geweld (EGG)");
    expect(s003.text).toContain("te maken heeft gehad.");
    expect(s003.text).toContain("sprake van stereotype rolpatronen.");
    const note = s003.blocks.find((b) => b.type === "footnote" && s003.text.slice(b.start, b.end).startsWith("5 Schellingerhout"));
    expect(note).toBeDefined();
    expect(s002.text).toContain("slachtoffers adequaat te helpen. Over hoe dit komt");
    expect(s002.blocks.some((b) => b.type === "footnote" && s002.text.slice(b.start, b.end).startsWith("1 Deze handreiking"))).toBe(true);
  });

  it("reads the long page lines of a web transcript of a PDF as text, not as footnotes", () => {
    // Each page on one line after its page number; the title line reads like a citation (a year), and the
    // page lines after it must not be swallowed as its continuation.
    const page = "Veilig Thuis is er voor iedereen, jong en oud, die te maken heeft met huiselijk geweld, kindermishandeling of ouderenmishandeling. ";
    const text = [
      "1 HALFJAARLIJKSE RAPPORTAGE VEILIG THUIS JANUARI T/M JUNI 2018 Veilig Thuis 19 oktober",
      "",
      "2 2",
      "",
      `3 INHOUDSOPGAVE 1. INLEIDING TERUGBLIK EN VOORUITBLIK ${"Aantal adviezen Aanleiding voor de adviezen ".repeat(12)}`,
      "",
      `4 1. INLEIDING ${page.repeat(4)}`,
    ].join("\n");
    const doc = parseDocument(text);
    const notes = doc.blocks.filter((b) => b.type === "footnote").map((b) => doc.text.slice(b.start, b.end));
    expect(notes.some((n) => n.includes("ouderenmishandeling"))).toBe(false);
    expect(notes.some((n) => n.includes("INHOUDSOPGAVE"))).toBe(false);
  });

  it("turns bullet glyphs into list items", () => {
    const items = s002.blocks.filter((b) => b.type === "listItem").map((b) => s002.text.slice(b.start, b.end));
    expect(items).toContain("VNG, Factsheet. Het verdrag van Istanbul;");
    expect(items.some((t) => t.startsWith("•"))).toBe(false);
  });

  it("joins the lines of a paragraph in the double-spaced seed 004", () => {
    expect(s004.text).toContain(
      "De samenwerkingsafspraken tussen Veilig Thuis en lokale teams, Veilig Thuis en Jeugdbescherming en Veilig Thuis en de Blijf Groep zijn vastgelegd.",
    );
  });

  it("maps every token of all five seeds back to the same text in the original", () => {
    for (const id of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
      const doc = parseDocument(seed(id));
      const t = doc.tokens;
      // Footnote bodies are moved out of the sentence they interrupt; a word split around them
      // spans them in the original, so leave their text out of the comparison.
      const notes = doc.blocks.filter((b) => b.type === "footnote").map((b) => doc.map.spanToOriginal(b.start, b.end));
      const withoutNotes = (from: number, to: number) => {
        let out = "";
        let at = from;
        for (const [a, b] of notes) {
          if (b <= at || a >= to || (a <= from && to <= b)) continue;
          out += doc.original.slice(at, Math.max(at, a));
          at = Math.max(at, b);
        }
        return out + doc.original.slice(at, to);
      };
      let bad = 0;
      for (let i = 0; i < t.count; i++) {
        const loc = locate(doc, t.start[i], t.end[i]);
        const original = withoutNotes(loc.offset, loc.offset + loc.length);
        if (!sameModuloRepair(t.textAt(i), original)) bad++;
        if (bad > 0) expect.fail(`seed ${id}: token "${t.textAt(i)}" maps to "${original}" (line ${loc.line})`);
      }
      expect(t.count).toBeGreaterThan(500);
    }
  });

  it("maps sentences to lines of the original and quotes them faithfully", () => {
    const s = s003.sentences.find((x) => s003.text.slice(x.start, x.end).startsWith("Jongeren tot 25 jaar zeggen"))!;
    const loc = locate(s003, s.start, s.end);
    expect([loc.line, loc.endLine]).toEqual([1667, 1671]);
    expect(sameModuloRepair(quoteOf(s003, s.start, s.end), s003.original.slice(loc.offset, loc.offset + loc.length))).toBe(true);
  });
});

describe("page artefacts", () => {
  const filler = (n: number) =>
    [
      `De gemeente werkt in deel ${n} samen met Veilig Thuis, de politie en het wijkteam.`,
      `Zij maken afspraken over signalering, melding en opvolging in deel ${n}.`,
      `Iedere partner benoemt een aandachtsfunctionaris voor deel ${n}.`,
      `De regio bespreekt de voortgang van deel ${n} twee keer per jaar.`,
    ].join("\n");
  const page = (n: number, body: string) => `Regiovisie huiselijk geweld Utrecht 2024-2028\n\n${filler(n)}\n${body}\n\nPagina ${n} van 3`;
  const text = [
    page(1, "Gemeenten werken samen in de aanpak van huiselijk\ngeweld en kindermishandeling."),
    page(2, "De vrouwenopvang biedt veilige plekken aan vrou-\nwen en kinderen."),
    page(3, "Veilig Thuis is dag en nacht bereikbaar."),
  ].join("\n\f");

  it("drops repeated headers, footers and page numbers and joins text across pages", () => {
    const doc = parseDocument(text, { format: "text" });
    expect(doc.text).not.toContain("Regiovisie huiselijk geweld Utrecht");
    expect(doc.text).not.toContain("Pagina");
    expect(doc.text).toContain("aanpak van huiselijk geweld en kindermishandeling.");
    expect(doc.text).toContain("veilige plekken aan vrouwen en kinderen.");
  });

  it("drops a rising sequence of bare page numbers", () => {
    const body = ["Eerste alinea over de aanpak.", "3", "Tweede alinea over de opvang.", "4", "Derde alinea over de monitor.", "5"].join("\n\n");
    const doc = parseDocument(body, { format: "text" });
    expect(doc.text).not.toMatch(/\b[345]\b/);
  });

  it("reads the pages of a transcript, each a line that opens with its page number, as text", () => {
    const body = [
      "Transcriptie",
      "1 HALFJAARLIJKSE RAPPORTAGE VEILIG THUIS JANUARI T/M JUNI 2018 Veilig Thuis 19 oktober",
      "2 2",
      "3 INHOUDSOPGAVE 1. INLEIDING Aantal adviezen Aantal meldingen",
      "4 1. INLEIDING Veilig Thuis is het advies- en meldpunt huiselijk geweld en kindermishandeling.",
    ].join("\n\n");
    const doc = parseDocument(body, { format: "text" });
    expect(doc.blocks.filter((b) => b.type === "footnote")).toHaveLength(0);
    expect(doc.text).toContain("Veilig Thuis is het advies- en meldpunt");
    expect(doc.text).not.toMatch(/(?:^|\n)\s*4 1\. INLEIDING/);
    // A footnote whose number happens to follow one other number is still a footnote.
    const notes = parseDocument("De aanpak werkt.3\n\n3 Zie Verwey-Jonker 2018.", { format: "text" });
    expect(notes.blocks.some((b) => b.type === "footnote")).toBe(true);
  });

  it("keeps table cells spread over lines in one sentence", () => {
    const doc = parseDocument("Trekker: projectleider GHNT en\n\n\n\n\npolitie, uiterlijk in juni 2020.\n", { format: "text" });
    expect(doc.sentences).toHaveLength(1);
    expect(doc.text).toContain("projectleider GHNT en politie, uiterlijk in juni 2020.");
  });
});

describe("hyphen decisions", async () => {
  // Months, prefixes and conjunctions are the corpus's (lexicon "hyphenation"), through the engine's cues.
  const words = (await fixtureEngine()).cues.plainText.hyphenation;
  const vocab = new Set(["gevallen", "ex-partner"]);
  it.each([
    ["geval", "len", "drop"],
    ["VNG", "werkgroep", "keep"],
    ["2019", "2023", "keep"],
    ["augustus", "september", "keep"],
    ["zorg", "en", "space"],
    ["ex", "partner", "keep"],
    ["oud", "wethouder", "keep"],
    ["Noord", "Holland", "keep"],
    ["politie", "inzet", "keep"],
    ["hulpverle", "ning", "drop"],
  ])("%s-|%s → %s", (left, right, expected) => {
    expect(decideHyphen(left, right, vocab, words)).toBe(expected);
  });

  it("without the corpus's words decides by shape and the document's own words only", () => {
    expect(decideHyphen("augustus", "september", vocab)).toBe("drop");
    expect(decideHyphen("zorg", "en", vocab)).toBe("drop");
    expect(decideHyphen("oud", "wethouder", vocab)).toBe("drop");
    expect(decideHyphen("ex", "partner", vocab)).toBe("keep");
    expect(decideHyphen("VNG", "werkgroep", vocab)).toBe("keep");
  });

  it("reads a suspended compound in a plain text with the engine's words", () => {
    const text = "De regio werkt aan betere zorg-\nen veiligheidshuizen voor iedereen in de regio.";
    expect(parseDocument(text, { format: "text", cues: engineCues() }).text).toContain("zorg- en veiligheidshuizen");
    expect(parseDocument(text, { format: "text" }).text).toContain("zorgen veiligheidshuizen");
  });
});

describe("normalisePlainText", () => {
  it("produces blocks whose text maps into the original", () => {
    const original = "Kop\n\nEen zin die door-\nloopt.\n";
    const n = normalisePlainText(original);
    expect(n.text).toContain("doorloopt.");
  });
});
