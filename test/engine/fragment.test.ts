import { describe, expect, it } from "vitest";
import { SHORT_TEXT } from "../../rules/engine/rules/kinds/coverage.js";
import { fixtureEngine } from "../helpers/engines.js";

const engine = await fixtureEngine();

// A paragraph pasted from a plan: it frames violence as a quarrel and says nothing about shelter.
const PASTE = [
  "# Maatregelen",
  "",
  "De aanpak van huiselijk geweld en kindermishandeling krijgt voorrang.",
  "",
  "Partnergeweld ontstaat vaak uit relatieproblemen.",
].join("\n");
const WITH_SHELTER = `${PASTE}\n\nWe gaan twintig extra opvangplekken realiseren voor vrouwen en kinderen.`;

const wholeDocumentFindings = (r: ReturnType<typeof engine.scan>) => r.findings.filter((f) => f.location === null && f.module !== "engine");

describe("fragments", () => {
  it("scans as a whole document unless told otherwise (the engine API default)", () => {
    const r = engine.scan(PASTE);
    expect(r.document.fragment).toBe(false);
    expect(r.graded).toBe(true);
    expect(r.coverage.some((c) => c.status === "missing")).toBe(true);
    expect(wholeDocumentFindings(r).length).toBeGreaterThan(0);
  });

  it("says what a fragment says, marks the checks it does not meet as not assessed and gives no grade", () => {
    for (const fragment of [true, "auto"] as const) {
      const r = engine.scan(PASTE, { fragment });
      expect(r.document.fragment).toBe(true);
      expect(r.graded).toBe(false);
      expect(r.coverage.filter((c) => c.status === "missing")).toEqual([]);
      expect(r.coverage.filter((c) => c.status === "not-assessed").length).toBeGreaterThan(0);
      expect(r.coverage.find((c) => c.check === "fixture/shelter-coverage")?.status).toBe("not-assessed");
      expect(wholeDocumentFindings(r)).toEqual([]);
      expect(engine.scan(WITH_SHELTER, { fragment }).coverage.find((c) => c.check === "fixture/shelter-coverage")?.status).toBe("present");
      // What the paragraph says is still found.
      expect(r.findings.some((f) => f.quote.includes("relatieproblemen"))).toBe(true);
    }
  });

  it("treats a long text, a motion and a council proposal as whole documents under auto", () => {
    const long = [PASTE, ...Array.from({ length: SHORT_TEXT }, (_, i) => `Zin ${i + 1} van het plan gaat over samenwerking in de regio.`)].join("\n\n");
    expect(engine.scan(long, { fragment: "auto" }).document.fragment).toBe(false);
    const motion = `# Motie opvang\n\nDe raad, constaterende dat huiselijk geweld en kindermishandeling veel voorkomen,\n\nverzoekt het college twintig opvangplekken te realiseren.`;
    expect(engine.scan(motion, { fragment: "auto" }).document.fragment).toBe(false);
    expect(engine.scan(PASTE, { fragment: "auto", kind: "raadsvoorstel" }).document.fragment).toBe(false);
  });

  it("gives an off-topic text no grade and no fragment status", () => {
    const r = engine.scan("# Parkeren\n\nDe gemeente breidt het betaald parkeren uit in het centrum. Bewoners krijgen een vergunning.", { fragment: "auto" });
    expect(r.document.onTopic).toBe(false);
    expect(r.document.fragment).toBe(false);
    expect(r.graded).toBe(false);
  });
});
