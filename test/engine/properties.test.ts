import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locate, parseDocument } from "../../rules/engine/text/document.js";
import { splitSentences } from "../../rules/engine/text/sentences.js";
import { fixtureEngine } from "../helpers/engines.js";
import { sameModuloRepair } from "../helpers/text.js";

// Property tests: for any text the position map leads back to the original, sentences tile their
// block, and fingerprints survive edits elsewhere in the document.

const WORDS = [
  "huiselijk", "geweld", "vrouwenopvang", "geval-", "len", "VNG-", "werkgroep", "o.a.", "bijv.", "de", "het", "gemeente",
  "Partnergeweld", "relatieproblemen", "2019-", "2023", "MDA++", "geweld11", "•", "1.", "Hoofdstuk", "3", "Bijlage", "zorg-",
  "en", "kinderen.", "Veilig", "Thuis.", "cliënt", "’s", "“citaat”", "(ex-)partner", "t/m", "12%", "€", "ca.",
];
const SEPARATORS = [" ", " ", " ", "\n", "\n\n", " \n", "\n \n", "\f", "\t", "  "];

const pdfText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 120 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("position map (property)", () => {
  it("maps every token of any PDF-like text to the same text in the original", () => {
    fc.assert(
      fc.property(pdfText, fc.boolean(), (text, markdown) => {
        const doc = parseDocument(text, { format: markdown ? "markdown" : "text" });
        const notes = doc.blocks.filter((b) => b.type === "footnote").map((b) => doc.map.spanToOriginal(b.start, b.end));
        for (let i = 0; i < doc.tokens.count; i++) {
          const loc = locate(doc, doc.tokens.start[i], doc.tokens.end[i]);
          expect(loc.offset).toBeGreaterThanOrEqual(0);
          expect(loc.offset + loc.length).toBeLessThanOrEqual(text.length);
          let original = text.slice(loc.offset, loc.offset + loc.length);
          for (const [a, b] of notes) if (a > loc.offset && b < loc.offset + loc.length) original = original.replace(text.slice(a, b), "");
          if (!sameModuloRepair(doc.tokens.textAt(i), original)) {
            throw new Error(`token "${doc.tokens.textAt(i)}" maps to "${original}"`);
          }
          const line = text.split(/\r\n|\r|\n/)[loc.line - 1] ?? "";
          expect(line.length).toBeGreaterThanOrEqual(loc.column - 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("position map with character references (property)", () => {
  const REFERENCES = ["&amp;", "&#38;", "&eacute;", "&#x1F600;", "&nbsp;", "&onbekend;", "&", "&;"];
  const DECODED = /[&é\u{1F600}\u00a0]/u;
  it("maps every Markdown token that holds no reference to the same text in the original", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS, ...REFERENCES), fc.constantFrom(" ", " ", "\n", "\n\n")), { minLength: 1, maxLength: 80 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join("");
        const doc = parseDocument(text, { format: "markdown" });
        for (let i = 0; i < doc.tokens.count; i++) {
          const loc = locate(doc, doc.tokens.start[i], doc.tokens.end[i]);
          const original = text.slice(loc.offset, loc.offset + loc.length);
          const token = doc.tokens.textAt(i);
          // A token with a decoded reference maps to its source, the reference included ("&eacute;" for "é").
          if (DECODED.test(token) || original.includes("&")) {
            if (!original.includes("&") || original.length < token.length) throw new Error(`token "${token}" maps to "${original}"`);
            continue;
          }
          if (!sameModuloRepair(token, original)) throw new Error(`token "${token}" maps to "${original}"`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("sentence splitting (property)", () => {
  it("returns ordered, non-overlapping, trimmed sentences inside the span that keep every word", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, "Zij", "Dit.", "Wat?", "Ja!", "..."), { maxLength: 80 }), (words) => {
        const text = `xx ${words.join(" ")} yy`;
        const from = 3;
        const to = text.length - 3;
        const spans = splitSentences(text, from, to);
        let last = from;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(to);
          expect(/^\s|\s$/.test(text.slice(s.start, s.end))).toBe(false);
          last = s.end;
        }
        const joined = spans.map((s) => text.slice(s.start, s.end)).join(" ").split(/\s+/).filter(Boolean);
        expect(joined).toEqual(text.slice(from, to).split(/\s+/).filter(Boolean));
      }),
      { numRuns: 500 },
    );
  });
});

describe("fingerprints (property)", async () => {
  const engine = await fixtureEngine();
  const base = [
    "# Visie",
    "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.",
    "Partnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.",
    "# Maatregelen",
    "We zetten in op betere samenwerking.",
  ];
  const filler = fc.constantFrom(
    "De regio telt negen gemeenten.",
    "In 2024 is het plan vastgesteld.",
    "Zij werken samen met de wijkteams.",
    "Deze tekst gaat over samenwerking met scholen.",
    "Veilig Thuis is bereikbaar.",
  );

  it("keep a finding's fingerprint when other paragraphs are inserted or removed", () => {
    const original = engine.scan(base.join("\n\n"));
    const fps = (r: typeof original) => new Set(r.findings.filter((f) => f.location).map((f) => f.fingerprint));
    const before = fps(original);
    expect(before.size).toBeGreaterThan(2);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: base.length }), filler), { maxLength: 6 }), (inserts) => {
        const lines = [...base];
        for (const [at, text] of [...inserts].sort((a, b) => b[0] - a[0])) lines.splice(at, 0, text);
        const after = fps(engine.scan(lines.join("\n\n")));
        for (const fp of before) expect(after.has(fp), fp).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
