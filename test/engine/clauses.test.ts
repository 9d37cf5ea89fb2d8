import { describe, expect, it } from "vitest";
import { clauseBreak, clauseSpan, SEMICOLON_CLAUSE } from "../../rules/engine/rule-api.js";
import { parseDocument, type ParsedDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// The engine's clause reading (rules/engine/text/clauses.ts): punctuation between two tokens, optionally brackets,
// dashes and clause-breaking conjunctions, opens another clause. Every module reads clauses through it.

const engine = await fixtureEngine();
const parse = (text: string) => parseDocument(text, { format: "text", cues: engine.cues });

/** Index of the `nth` token whose normalised form is `word`. */
function tok(doc: ParsedDocument, word: string, nth = 0): number {
  const found: number[] = [];
  for (let i = 0; i < doc.tokens.count; i++) if (doc.tokens.normAt(i) === word) found.push(i);
  expect(found.length, `token "${word}"`).toBeGreaterThan(nth);
  return found[nth];
}
const words = (doc: ParsedDocument, [from, to]: [number, number]) =>
  Array.from({ length: to - from }, (_, k) => doc.tokens.normAt(from + k)).join(" ");

describe("clauseBreak", () => {
  it("finds a comma, semicolon or colon between two tokens, also with words between", () => {
    const doc = parse("De gemeente betaalt de opvang, de regio draagt de zorg; het rijk: niets.");
    expect(clauseBreak(doc, tok(doc, "gemeente"), tok(doc, "betaalt"))).toBe(false);
    expect(clauseBreak(doc, tok(doc, "opvang"), tok(doc, "de", 2))).toBe(true);
    expect(clauseBreak(doc, tok(doc, "gemeente"), tok(doc, "regio"))).toBe(true);
    expect(clauseBreak(doc, tok(doc, "zorg"), tok(doc, "het"))).toBe(true);
    expect(clauseBreak(doc, tok(doc, "rijk"), tok(doc, "niets"))).toBe(true);
  });

  it("reads brackets and dashes only when asked", () => {
    const doc = parse("Het plan (met een budget) komt er – zo zegt de wethouder – volgend jaar.");
    const wide = { brackets: true, dashes: true };
    expect(clauseBreak(doc, tok(doc, "plan"), tok(doc, "met"))).toBe(false);
    expect(clauseBreak(doc, tok(doc, "plan"), tok(doc, "met"), wide)).toBe(true);
    expect(clauseBreak(doc, tok(doc, "er"), tok(doc, "zo"))).toBe(false);
    expect(clauseBreak(doc, tok(doc, "er"), tok(doc, "zo"), wide)).toBe(true);
    expect(clauseBreak(doc, tok(doc, "er"), tok(doc, "zo"), { dashes: true })).toBe(true);
  });

  it("leaves commas out when asked, and reads a clause-breaking conjunction as a break before itself", () => {
    const doc = parse("Er is geen budget, maar een plan en een team.");
    expect(clauseBreak(doc, tok(doc, "budget"), tok(doc, "maar"), { commas: false })).toBe(false);
    expect(clauseBreak(doc, tok(doc, "budget"), tok(doc, "maar"), { commas: false, breakers: true })).toBe(true);
    expect(clauseBreak(doc, tok(doc, "maar"), tok(doc, "een"), { breakers: true })).toBe(false);
    expect(clauseBreak(doc, tok(doc, "budget"), tok(doc, "plan"), { commas: false, breakers: true })).toBe(true);
    expect(clauseBreak(doc, tok(doc, "plan"), tok(doc, "team"), { breakers: true })).toBe(false);
  });
});

describe("clauseSpan", () => {
  it("gives a token's clause within its sentence", () => {
    const doc = parse("Wij bieden hulp aan plegers, die geweld hebben gebruikt. Daarna volgt een evaluatie.");
    expect(words(doc, clauseSpan(doc, tok(doc, "hulp")))).toBe("wij bieden hulp aan plegers");
    expect(words(doc, clauseSpan(doc, tok(doc, "geweld")))).toBe("die geweld hebben gebruikt");
    expect(words(doc, clauseSpan(doc, tok(doc, "evaluatie")))).toBe("daarna volgt een evaluatie");
  });

  it("cuts at brackets, dashes and breakers only when asked", () => {
    const doc = parse("Het team (jeugdzorg) helpt gezinnen maar de wachtlijst – helaas – groeit.");
    expect(words(doc, clauseSpan(doc, tok(doc, "helpt")))).toBe("het team jeugdzorg helpt gezinnen maar de wachtlijst helaas groeit");
    const framing = { brackets: true, dashes: true, breakers: true };
    expect(words(doc, clauseSpan(doc, tok(doc, "helpt"), framing))).toBe("helpt gezinnen");
    expect(words(doc, clauseSpan(doc, tok(doc, "wachtlijst"), framing))).toBe("maar de wachtlijst");
    expect(words(doc, clauseSpan(doc, tok(doc, "groeit"), framing))).toBe("groeit");
  });

  it("cuts at semicolons alone with SEMICOLON_CLAUSE, past commas and colons", () => {
    const doc = parse("Overwegende dat in 2023, volgens de politie, 400 meldingen binnenkwamen; gelet op het plan: de raad besluit.");
    expect(words(doc, clauseSpan(doc, tok(doc, "meldingen"), SEMICOLON_CLAUSE))).toBe("overwegende dat in 2023 volgens de politie 400 meldingen binnenkwamen");
    expect(words(doc, clauseSpan(doc, tok(doc, "raad"), SEMICOLON_CLAUSE))).toBe("gelet op het plan de raad besluit");
    expect(clauseBreak(doc, tok(doc, "plan"), tok(doc, "de", 1), SEMICOLON_CLAUSE)).toBe(false);
    expect(clauseBreak(doc, tok(doc, "plan"), tok(doc, "de", 1))).toBe(true);
  });
});
