import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { Matcher, type Hit } from "../../rules/engine/match/matcher.js";
import { parseDocument } from "../../rules/engine/text/document.js";
import { seedText } from "../helpers/modules.js";

// Concept hits are kept as rows and made into objects on demand (issue 15): the indexes must agree with each
// other, an object must be the same each time it is asked for, and exceptions must remove exactly their overlaps.

describe("concept hits", () => {
  const matcher = new Matcher([...loadCorpus().concepts.values()]);
  const doc = parseDocument(seedText("003_2d9c4895bf856dd0.txt"));
  const hits = matcher.run(doc);
  const all = hits.all;

  it("index by concept and by sentence the same hits as the document-order list", () => {
    const concept = "dv-core";
    expect(hits.of([concept])).toEqual(all.filter((h) => h.concept === concept));
    expect(hits.count(concept)).toBe(hits.of([concept]).length);
    for (const s of [0, 5, 100, doc.sentences.length - 1]) {
      expect(hits.inSentence(s)).toEqual(all.filter((h) => h.sentence === s));
      expect(hits.inSentence(s, ["dv-core", "@number"])).toEqual(all.filter((h) => h.sentence === s && (h.concept === "dv-core" || h.concept === "@number")));
    }
    const two = hits.of(["dv-core", "dv-context"]);
    expect(two.length).toBe(hits.count("dv-core") + hits.count("dv-context"));
    expect(two.every((h, i) => i === 0 || two[i - 1].start <= h.start)).toBe(true);
  });

  it("give the same object each time a hit is asked for", () => {
    const a = hits.of(["dv-core"])[0];
    expect(hits.of(["dv-core", "dv-context"]).includes(a)).toBe(true);
    expect(hits.inSentence(a.sentence).includes(a)).toBe(true);
  });

  it("give each rule objects of its own once released, with the same values", () => {
    const m = new Matcher([...loadCorpus().concepts.values()]);
    const r = m.run(doc);
    const before = r.of(["dv-core"]);
    r.releaseObjects();
    const after = r.of(["dv-core"]);
    expect(after).not.toBe(before);
    expect(after[0]).not.toBe(before[0]);
    const values = (hs: readonly Hit[]) => hs.map((h) => [h.concept, h.start, h.end, h.tokStart, h.tokEnd, h.sentence]);
    expect(values(after)).toEqual(values(before));
    // Within one rule's use the identity holds again.
    expect(r.inSentence(after[0].sentence).includes(after[0])).toBe(true);
  });

  it("mark the tokens the hits of concepts cover, as the objects say", () => {
    const concepts = ["dv-core", "@number"];
    const mask = hits.tokenMask(concepts);
    const covered = new Set<number>();
    for (const h of all) if (concepts.includes(h.concept)) for (let i = h.tokStart; i < h.tokEnd; i++) covered.add(i);
    expect(covered.size).toBeGreaterThan(10);
    for (let i = -1; i <= doc.tokens.count; i++) expect(mask.has(i)).toBe(covered.has(i));
  });

  it("mark where hits start without objects, as the objects say", () => {
    const starts = new Set(all.map((h) => h.tokStart));
    const mask = hits.startMask();
    for (let i = -1; i <= doc.tokens.count; i++) expect(mask.has(i)).toBe(starts.has(i));
  });

  it("give where hits end without objects, as the objects say", () => {
    const concepts = ["dv-core", "@number", "no-such-concept"];
    const expected = new Set(all.filter((h) => concepts.includes(h.concept)).map((h) => h.tokEnd));
    expect(expected.size).toBeGreaterThan(10);
    expect(hits.tokEnds(concepts)).toEqual(expected);
    expect(hits.tokEnds(["no-such-concept"]).size).toBe(0);
  });

  it("locate each hit at its tokens", () => {
    for (const h of all.slice(0, 500)) {
      expect(h.start).toBe(doc.tokens.start[h.tokStart]);
      expect(h.end).toBe(doc.tokens.end[h.tokEnd - 1]);
      expect(h.sentence).toBe(doc.tokens.sentence[h.tokStart]);
    }
  });

  it("drop a hit that an exception of its own concept overlaps, and only that", () => {
    const m = new Matcher([
      { id: "shelter", terms: [{ text: "opvang", compound: "head" }], exceptions: ["kinderopvang"] },
      { id: "childcare", terms: [{ text: "kinderopvang" }] },
    ]);
    const r = m.run(parseDocument("De vrouwenopvang en de kinderopvang. Opvang voor kinderopvang-medewerkers en opvang."));
    expect(r.of(["shelter"]).map((h) => h.tokStart)).toEqual([1, 5, 9]); // vrouwenopvang, Opvang, opvang
    expect(r.count("childcare")).toBe(1);
  });

  it("match a case-sensitive head only at the end of a capitalised word inside its sentence, and survive the cache", () => {
    const m = new Matcher([{ id: "origin", terms: [{ text: "ische", match: "case", compound: "head" }], exceptions: ["lesbische"] }]);
    const text = "Servische gezinnen en Koerdische vrouwen. Praktische en juridische hulp. Ook Lesbische vrouwen.";
    const words = (mm: Matcher) => mm.run(parseDocument(text)).of(["origin"]).map((h) => text.slice(h.start, h.end));
    // "Servische" opens its sentence, "juridische" is lowercase, "Lesbische" is an exception.
    expect(words(m)).toEqual(["Koerdische"]);
    expect(words(Matcher.fromJSON(JSON.parse(JSON.stringify(m.toJSON()))))).toEqual(["Koerdische"]);
  });
});
