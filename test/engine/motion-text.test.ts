import { describe, expect, it } from "vitest";
import { parseDocument, sentenceText, type ParsedDocument, type TextFormat } from "../../rules/engine/text/document.js";
import { loadTextFormat } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// The text layer of a council motion (issue 13, seventh session): its parts end a sentence at a semicolon and a line
// break, whatever the format joined into one block. Texts here are made up for the test.

const engine = await fixtureEngine();
await loadTextFormat("markdown");
const parse = (text: string, format: TextFormat = "text") => parseDocument(text, { format, cues: engine.cues });
const sentences = (doc: ParsedDocument) => doc.sentences.map((s) => sentenceText(doc, s));

/** A motion whose parts run on in lines of one block, each ending in a semicolon. */
const INLINE_MOTION = [
  "De raad van de gemeente Heidedorp, in vergadering bijeen op 12 mei 2026,",
  "constaterende dat de wachtlijst voor de opvang groeit;",
  "overwegende dat meer vrouwen dan mannen zich melden;",
  "overwegende dat het plan daar niets over zegt;",
  "van mening zijnde dat de gemeente moet bijsturen;",
  "verzoekt het college de cijfers naar sekse uit te splitsen;",
  "draagt het college op de raad voor de zomer te informeren,",
  "en gaat over tot de orde van de dag.",
].join("\n");

describe("a motion's parts in one block", () => {
  for (const format of ["text", "markdown"] as const) {
    it(`end a sentence at a semicolon before a line that opens the next part (${format})`, () => {
      const doc = parse(INLINE_MOTION, format);
      expect(doc.blocks).toHaveLength(1);
      const s = sentences(doc);
      expect(s).toHaveLength(7);
      // The council's opening words stand apart from its first part, as they do before a part that is a heading.
      expect(s[0]).toBe("De raad van de gemeente Heidedorp, in vergadering bijeen op 12 mei 2026,");
      expect(s[1]).toBe("constaterende dat de wachtlijst voor de opvang groeit;");
      expect(s[2]).toBe("overwegende dat meer vrouwen dan mannen zich melden;");
      expect(s[3]).toBe("overwegende dat het plan daar niets over zegt;");
      expect(s[5]).toBe("verzoekt het college de cijfers naar sekse uit te splitsen;");
      // The last part runs on after its comma: one sentence to the full stop.
      expect(s[6]).toMatch(/^draagt het college op .* orde van de dag\.$/);
    });
  }

  it("keeps offsets into the original text", () => {
    const doc = parse(INLINE_MOTION);
    for (const s of doc.sentences) {
      const [a, b] = doc.map.spanToOriginal(s.start, s.end);
      expect(INLINE_MOTION.slice(a, b).replace(/\s+/g, " ")).toBe(sentenceText(doc, s));
    }
  });

  it("splits within a line too, at a semicolon or a comma before a part", () => {
    const doc = parse("De raad, overwegende dat de opvang vol is; overwegende dat de wachttijd stijgt, verzoekt het college meer plekken te regelen.");
    expect(sentences(doc)).toEqual(["De raad,", "overwegende dat de opvang vol is;", "overwegende dat de wachttijd stijgt,", "verzoekt het college meer plekken te regelen."]);
    // Each part is a section of its own, titled with its opening words, with the role its heading would give.
    expect(doc.sections.filter((s) => s.inline).map((s) => [s.title, s.role])).toEqual([
      ["overwegende", "problem-analysis"],
      ["overwegende", "problem-analysis"],
      ["verzoekt", "measures"],
    ]);
    expect(doc.sentences.map((s) => s.role)).toEqual(["other", "problem-analysis", "problem-analysis", "measures"]);
  });

  it("does not split a paragraph whose parts only consider or only ask: no motion", () => {
    const doc = parse("Het college besluit, gelet op de drukte in de opvang, extra plekken in te kopen; overwegende dat de wachttijd stijgt.");
    expect(sentences(doc)).toHaveLength(1);
    expect(doc.sections).toHaveLength(1);
  });
});

describe("items under a motion part that stands as a heading", () => {
  const MOTION = ["Motie opvang dichtbij", "", "Overwegende dat:", "de opvang in de regio vol zit;", "vrouwen met kinderen ver weg worden geplaatst;", "", "Verzoekt het college:", "een plek in de eigen gemeente te zoeken;", "de raad te informeren."].join("\n");

  it("end a sentence each at a semicolon and a line break", () => {
    const s = sentences(parse(MOTION));
    expect(s).toContain("de opvang in de regio vol zit;");
    expect(s).toContain("vrouwen met kinderen ver weg worden geplaatst;");
    expect(s).toContain("een plek in de eigen gemeente te zoeken;");
    expect(s).toContain("de raad te informeren.");
  });
});

describe("outside a motion", () => {
  it("a list of items ending in semicolons stays one sentence", () => {
    const plan = ["Acties", "", "De gemeente zorgt in 2026 voor:", "meer plekken in de opvang;", "een training voor wijkteams;", "een campagne op scholen."].join("\n");
    const doc = parse(plan);
    expect(sentences(doc).filter((s) => s.includes(";"))).toEqual(["De gemeente zorgt in 2026 voor: meer plekken in de opvang; een training voor wijkteams; een campagne op scholen."]);
  });

  it("a regulation's preamble ends a sentence before 'gelet op' and 'besluit' as a motion's does", () => {
    const preamble = ["Het college van de gemeente Heidedorp,", "overwegende dat de opvang een subsidie nodig heeft;", "gelet op de subsidieverordening;", "besluit de volgende regeling vast te stellen."].join("\n");
    const s = sentences(parse(preamble));
    expect(s).toEqual([
      "Het college van de gemeente Heidedorp,",
      "overwegende dat de opvang een subsidie nodig heeft;",
      "gelet op de subsidieverordening;",
      "besluit de volgende regeling vast te stellen.",
    ]);
  });
});

describe("a plain-text motion's title line", () => {
  const blocks = (text: string) => {
    const doc = parse(text);
    return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
  };

  it("is a block of its own before a paragraph without a blank line", () => {
    const text = "Motie vreemd aan de orde van de dag: hulp dichtbij\nDe raad van de gemeente Heidedorp, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;\nen gaat over tot de orde van de dag.";
    const doc = parse(text);
    expect(blocks(text)[0]).toBe("Motie vreemd aan de orde van de dag: hulp dichtbij");
    expect(doc.title).toBe("Motie vreemd aan de orde van de dag: hulp dichtbij");
    const [a, b] = doc.map.spanToOriginal(doc.blocks[1].start, doc.blocks[1].end);
    expect(text.slice(a, b)).toMatch(/^De raad van de gemeente Heidedorp,[\s\S]*dag\.$/);
  });

  it("is a block of its own before a part in lower case, also across a blank line", () => {
    expect(blocks("Motie hulp dichtbij voor iedereen\n\nconstaterende dat de wachtlijst groeit;\n\nen gaat over tot de orde van de dag.")[0]).toBe("Motie hulp dichtbij voor iedereen");
    expect(blocks("Motie hulp dichtbij voor iedereen\nconstaterende dat de wachtlijst groeit;\nverzoekt het college plekken te regelen.")[0]).toBe("Motie hulp dichtbij voor iedereen");
  });

  it("runs on where the title continues on the next line", () => {
    expect(blocks("Motie hulp dichtbij voor\nvrouwen en kinderen\n\nDe raad, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;")[0]).toBe("Motie hulp dichtbij voor vrouwen en kinderen");
    expect(blocks("Motie hulp dichtbij\nvoor vrouwen en kinderen\n\nDe raad, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;")[0]).toBe("Motie hulp dichtbij voor vrouwen en kinderen");
  });

  it("leaves a first line that is no motion's title to the reflow", () => {
    expect(blocks("Over de motie van vorige week\nschreef de wethouder een brief aan de raad.")).toEqual(["Over de motie van vorige week schreef de wethouder een brief aan de raad."]);
    expect(blocks("Motie hulp dichtbij werd aangenomen.\nDe raad stemde unaniem voor.")).toHaveLength(1);
  });
});

describe("a Markdown motion's title line", () => {
  const blocks = (text: string) => {
    const doc = parse(text, "markdown");
    return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
  };
  /** Every block reads, through the position map, the same text in the original. */
  const keepsPositions = (text: string) => {
    const doc = parse(text, "markdown");
    for (const b of doc.blocks) {
      const [x, y] = doc.map.spanToOriginal(b.start, b.end);
      expect(text.slice(x, y).replace(/\s+/g, " ")).toBe(doc.text.slice(b.start, b.end).replace(/\s+/g, " "));
    }
    for (let t = 0; t < doc.tokens.count; t++) {
      const [x, y] = doc.map.spanToOriginal(doc.tokens.start[t], doc.tokens.end[t]);
      expect(text.slice(x, y)).toBe(doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]));
    }
  };

  it("is a paragraph of its own, though the lines under it follow without a blank line", () => {
    const text = "Motie: Opvang voor iedereen dichtbij\nDe raad van de gemeente Heidedorp, in vergadering bijeen op 4 juni 2026,\nconstaterende dat de wachtlijst groeit;\nverzoekt het college plekken te regelen,\nen gaat over tot de orde van de dag.";
    const doc = parse(text, "markdown");
    expect(blocks(text)[0]).toBe("Motie: Opvang voor iedereen dichtbij");
    expect(doc.blocks[0].type).toBe("paragraph");
    expect(doc.title).toBe("Motie: Opvang voor iedereen dichtbij");
    // The council's opening words begin the next paragraph, as in plain text.
    expect(sentences(doc)[1]).toBe("De raad van de gemeente Heidedorp, in vergadering bijeen op 4 juni 2026,");
    expect(doc.sections.filter((s) => s.inline).map((s) => s.role)).toEqual(["problem-analysis", "measures"]);
    keepsPositions(text);
  });

  it("reads the same in emphasis, before an indented line, with a hard break and with Windows line ends", () => {
    for (const text of [
      "**Motie vreemd aan de orde van de dag: opvang dichtbij**\nDe raad, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;",
      "_Motie opvang dichtbij_\n   De raad, in vergadering bijeen,\n   constaterende dat de wachtlijst groeit;",
      "Motie opvang dichtbij  \nDe raad, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;",
      "Motie opvang dichtbij\\\nDe raad, in vergadering bijeen,\nconstaterende dat de wachtlijst groeit;",
      "Motie opvang dichtbij\r\nDe raad, in vergadering bijeen,\r\nconstaterende dat de wachtlijst groeit;",
      "Motie opvang dichtbij\nconstaterende dat de wachtlijst groeit;\nverzoekt het college plekken te regelen.",
    ]) {
      const b = blocks(text);
      expect(b[0], text).toMatch(/^Motie [^\n]*dichtbij$/);
      expect(b[1], text).toMatch(/^(De raad|constaterende)/);
      keepsPositions(text);
    }
  });

  it("leaves ordinary paragraphs whole", () => {
    for (const text of [
      // A sentence, not a title.
      "Motie opvang dichtbij werd aangenomen.\nDe raad stemde unaniem voor.",
      // The title runs on over the next line.
      "Motie opvang dichtbij voor\nvrouwen en kinderen\n\nDe raad, in vergadering bijeen,",
      "Motie opvang dichtbij\nvoor vrouwen en kinderen\n\nDe raad, in vergadering bijeen,",
      // No motion's name.
      "Opvang dichtbij voor iedereen\nDe gemeente opent een nieuwe opvang.",
      "Over de motie van vorige week\nschreef de wethouder een brief aan de raad.",
    ]) {
      expect(blocks(text)[0], text).toContain(text.split("\n")[1]);
    }
    // Only the text's first paragraph: a motion named further on stays in its paragraph.
    const later = "# Nieuws uit de raad\n\nMotie opvang dichtbij\nDe raad nam dinsdag een motie aan over de opvang.";
    expect(blocks(later)).toEqual(["Nieuws uit de raad", "Motie opvang dichtbij De raad nam dinsdag een motie aan over de opvang."]);
  });
});

describe("a motion's part after 'en'", () => {
  const inline = (doc: ParsedDocument) => doc.sections.filter((s) => s.inline).map((s) => [s.title.toLowerCase(), s.role]);

  it("starts at 'en' when it runs on after a semicolon or a comma", () => {
    for (const [joint, verb] of [
      ["; en", "verzoekt het college"],
      [", en", "verzoekt het college"],
      ["; en", "draagt het college op"],
      [", en", "draagt het burgerlijk college op"],
      ["; en", "vraagt het college"],
    ]) {
      const text = `De raad, constaterende dat de opvang vol zit${joint} ${verb} om meer plekken te regelen.`;
      const doc = parse(text);
      expect(sentences(doc), text).toEqual(["De raad,", `constaterende dat de opvang vol zit${joint[0]}`, `en ${verb} om meer plekken te regelen.`]);
      expect(doc.sentences.map((s) => s.role), text).toEqual(["other", "problem-analysis", "measures"]);
      expect(inline(doc)[1], text).toEqual([`en ${verb.split(" ")[0]}`, "measures"]);
    }
  });

  for (const format of ["text", "markdown"] as const) {
    it(`starts at 'en' at the start of a line in one block (${format})`, () => {
      const text = ["De raad van de gemeente Heidedorp, in vergadering bijeen,", "constaterende dat de wachtlijst voor de opvang groeit;", "overwegende dat vrouwen langer wachten;", "en verzoekt het college de wachtlijst voor de opvang binnen een jaar te halveren,", "en gaat over tot de orde van de dag."].join("\n");
      const doc = parse(text, format);
      const s = sentences(doc);
      expect(s[2]).toBe("overwegende dat vrouwen langer wachten;");
      expect(s[3]).toBe("en verzoekt het college de wachtlijst voor de opvang binnen een jaar te halveren, en gaat over tot de orde van de dag.");
      expect(doc.sentences[3].role).toBe("measures");
      for (const x of doc.sentences) {
        const [a, b] = doc.map.spanToOriginal(x.start, x.end);
        expect(text.slice(a, b).replace(/\s+/g, " ")).toBe(sentenceText(doc, x));
      }
    });
  }

  it("is a part heading as the verb alone is, in plain text and in Markdown", () => {
    const cases: Array<[TextFormat, string, string]> = [
      ["text", "En verzoekt het college om:", "measures"],
      ["text", "En draagt het college op:", "measures"],
      ["text", "en verzoekt het college:", "measures"],
      ["text", "En besluit:", "measures"],
      ["text", "En overwegende dat:", "problem-analysis"],
      ["markdown", "**En verzoekt het college om:**", "measures"],
      ["markdown", "**En roept het college op:**", "measures"],
    ];
    for (const [format, heading, role] of cases) {
      const blank = format === "markdown" ? "\n\n" : "\n";
      const text = `Motie opvang dichtbij\n\nDe raad van Heidedorp,\n\n${format === "markdown" ? "**Constaterende dat:**" : "Constaterende dat:"}${blank}de opvang vol zit;\n\n${heading}${blank}meer plekken te regelen.`;
      const doc = parse(text, format);
      const part = doc.sections.find((x) => x.title.replace(/\*/g, "") === heading.replace(/\*/g, ""));
      expect(part?.role, heading).toBe(role);
      expect(part?.headingBlock, heading).toBeGreaterThanOrEqual(0);
      expect(doc.sentences.find((x) => sentenceText(doc, x) === "meer plekken te regelen.")?.role, heading).toBe(role);
      // A part names a part of the motion, not the motion: the title stays its first line.
      expect(doc.title, heading).toBe("Motie opvang dichtbij");
    }
  });

  it("leaves a sentence with 'en vraagt' whole outside a motion and inside a clause", () => {
    // No part that considers: no motion, whatever the verbs.
    for (const text of [
      "De gemeente regelt meer plekken in de opvang, en vraagt het Rijk om extra geld.",
      "De gemeente regelt meer plekken in de opvang; en verzoekt de regio mee te betalen.",
      "Het college draagt de kosten, en vraagt de provincie om een bijdrage; en besluit later over de rest.",
    ]) {
      const doc = parse(text);
      expect(sentences(doc), text).toEqual([text]);
      expect(doc.sections, text).toHaveLength(1);
    }
    // In a motion, 'en' without a semicolon or comma before it joins a clause, not a part.
    const doc = parse("De raad, constaterende dat de gemeente plekken regelt en vraagt om geld; verzoekt het college de raad te informeren.");
    expect(sentences(doc)).toEqual(["De raad,", "constaterende dat de gemeente plekken regelt en vraagt om geld;", "verzoekt het college de raad te informeren."]);
    // A line that opens with 'En' and no part's verb is no part heading.
    const plain = parse("Motie opvang\n\nConstaterende dat:\nde opvang vol zit;\n\nEn verder vraagt de raad aandacht voor de wachtlijst.\n\nVerzoekt het college:\nmeer plekken te regelen.");
    expect(plain.sections.map((x) => x.title)).not.toContain("En verder vraagt de raad aandacht voor de wachtlijst.");
  });
});
