import { describe, expect, it } from "vitest";
import { parseDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// A letterhead's fields in plain text (a council letter extracted from PDF): one block each, not one run-on sentence.
const engine = await fixtureEngine();
const blocksOf = (text: string) => {
  const doc = parseDocument(text, { format: "text", cues: engine.cues });
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
};

describe("letterhead fields in plain text", () => {
  it("makes each field line of a letterhead a block of its own", () => {
    const text = "Onderwerp: voortgang aanpak huiselijk geweld\nDatum: 14 oktober 2026\nPortefeuillehouder: wethouder De Vries\nMet deze brief informeren wij u over de aanpak.\n";
    expect(blocksOf(text)).toEqual([
      "Onderwerp: voortgang aanpak huiselijk geweld",
      "Datum: 14 oktober 2026",
      "Portefeuillehouder: wethouder De Vries",
      "Met deze brief informeren wij u over de aanpak.",
    ]);
  });

  it("lets a field's value wrap onto a line that opens in lower case", () => {
    const text = "Onderwerp: voortgang aanpak huiselijk geweld\nen kindermishandeling\nKenmerk: 2026-0412\n";
    expect(blocksOf(text)).toEqual(["Onderwerp: voortgang aanpak huiselijk geweld en kindermishandeling", "Kenmerk: 2026-0412"]);
  });

  it("leaves a single 'label: value' line in its paragraph", () => {
    const text = "De regio kiest voor drie sporen in de aanpak van\nhuiselijk geweld. Doel: eerder signaleren en sneller\nhulp bieden aan slachtoffers.\n";
    expect(blocksOf(text)).toHaveLength(1);
  });
});
