import { describe, expect, it } from "vitest";
import { parseDocument } from "../../rules/engine/text/document.js";
import { fixtureEngine } from "../helpers/engines.js";

// The document's kind and title come from the corpus lexicon "document" (issue 14: vocabulary in lexicons, the
// code keeps the mechanism): the title's first match decides, else the most frequent kind in the opening pages.
const engine = await fixtureEngine();
const kind = (text: string, title?: string) => engine.parse(text, { format: "markdown", title }).kind;

describe("document kind and title", () => {
  it("takes the kind from the title first, in the lexicon's order of precedence", () => {
    expect(kind("Tekst.", "Motie vreemd aan de orde van de dag")).toBe("motie");
    expect(kind("Tekst.", "Raadsvoorstel regiovisie")).toBe("raadsvoorstel");
    expect(kind("Tekst.", "Regionale visie Zeeland")).toBe("regiovisie");
    expect(kind("Tekst.", "Plan van aanpak 2024")).toBe("uitvoeringsplan");
    expect(kind("Tekst.", "Beleidskader zorg")).toBe("beleidsnota");
  });

  it("else counts the kinds' words in the text, whole words only", () => {
    expect(kind("# Verslag\n\nHet actieplan en het actieprogramma volgen de nota.", "Verslag")).toBe("uitvoeringsplan");
    expect(kind("# Verslag\n\nDe notaris en de actieplannen.", "Verslag")).toBe("other");
  });

  it("skips generic headings when it guesses the title", () => {
    expect(engine.parse("# Samenvatting\n\n# 1. Inleiding\n\n# Regiovisie Zeeland\n\nTekst.", { format: "markdown" }).title).toBe("Regiovisie Zeeland");
    expect(engine.parse("# Bijlage 1\n\n# Inhoudsopgave\n\n# Aanpak geweld\n\nTekst.", { format: "markdown" }).title).toBe("Aanpak geweld");
    expect(engine.parse("# Bijlagen\n\nTekst.", { format: "markdown" }).title).toBe("Bijlagen");
  });

  it("takes a plain-text motion's first line as its title, not one of its parts", () => {
    const motion = [
      "Motie vreemd aan de orde van de dag: aanpak huiselijk geweld",
      "",
      "De raad van de gemeente Zwolle, in vergadering bijeen op 12 maart 2024,",
      "",
      "Verzoekt het college om:",
      "",
      "- jaarlijks aan de raad te rapporteren over het aantal huisverboden;",
    ].join("\n");
    const doc = engine.parse(motion, { format: "text" });
    expect(doc.title).toBe("Motie vreemd aan de orde van de dag: aanpak huiselijk geweld");
    expect(doc.kind).toBe("motie");
    // A part heading alone still reads as a heading (a measures section), it is only no title.
    expect(doc.sections.some((s) => s.role === "measures")).toBe(true);
  });

  it("takes the first line of a long opening block, within the title's length", () => {
    const text = "Regiovisie geweld hoort nergens thuis\nvoor de jaren 2024 tot en met 2028 en verder.";
    expect(engine.parse(text, { format: "text" }).title).toBe("Regiovisie geweld hoort nergens thuis");
    expect(engine.parse(`${"woord ".repeat(60)}einde`, { format: "text" }).title).toMatch(/^woord .*…$/);
  });

  it("knows no vocabulary without the corpus's cues (the mechanism only)", () => {
    const doc = parseDocument("# Samenvatting\n\n# Regiovisie Zeeland\n\nDe regiovisie.", { format: "markdown" });
    expect(doc.kind).toBe("other");
    expect(doc.title).toBe("Samenvatting");
  });
});
