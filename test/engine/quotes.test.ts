import { describe, expect, it } from "vitest";
import { quotedAt } from "../../rules/engine/text/cues.js";

// quotedAt: a stretch of a sentence inside quotation marks, double or single; apostrophes do not pair up.
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return quotedAt(text, start, start + word.length);
};

describe("quotedAt", () => {
  it("reads double quotes, curly and straight", () => {
    expect(at("Er was sprake van een “gezinsdrama” in de wijk.", "gezinsdrama")).toBe(true);
    expect(at('Er was sprake van een "gezinsdrama" in de wijk.', "gezinsdrama")).toBe(true);
  });

  it("reads single quotes, straight and curly, around a word or a phrase", () => {
    expect(at("Er was sprake van een 'gezinsdrama'.", "gezinsdrama")).toBe(true);
    expect(at("Het ging om een ‘uit de hand gelopen ruzie’ volgens de buurt.", "uit de hand gelopen")).toBe(true);
    expect(at("De term 'relatiedrama's' valt vaak.", "relatiedrama's")).toBe(true);
  });

  it("does not pair apostrophes", () => {
    expect(at("Zo'n gezinsdrama raakt de hele straat.", "gezinsdrama")).toBe(false);
    expect(at("'s Avonds was er een gezinsdrama in de wijk.", "gezinsdrama")).toBe(false);
    expect(at("Twee gezinsdrama's in één week, zo'n reeks is zeldzaam.", "reeks")).toBe(false);
  });

  it("does not read a word after a closed quotation as quoted", () => {
    expect(at("Het woord 'drama' is vaag; het gezinsdrama in de wijk was ernstig.", "gezinsdrama")).toBe(false);
    expect(at("Er was sprake van een gezinsdrama.", "gezinsdrama")).toBe(false);
  });
});
