import { describe, expect, it } from "vitest";
import { motionDraft } from "../../rules/engine/output/motion.js";
import { remedyText, renderRemedy } from "../../rules/engine/run/render.js";
import { defaultEngine } from "../../rules/engine/index.js";
import { fixtureEngine } from "../helpers/engines.js";

const engine = await fixtureEngine();

// A short plan that misses shelter and mentions the perpetrator approach in passing.
const DRAFT = ["# Visie", "", "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.", "", "Partnergeweld ontstaat vaak uit relatieproblemen.", ""].join("\n");

function section(motion: string, heading: string): string[] {
  const lines = motion.split("\n");
  const from = lines.indexOf(heading);
  expect(from).toBeGreaterThan(-1);
  const out: string[] = [];
  for (const l of lines.slice(from + 1)) {
    if (!l.startsWith("- ")) break;
    out.push(l);
  }
  return out;
}

describe("draft motion", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`reads as a motion (${lang}): each point completes its heading as one clause, requests are infinitives`, () => {
      const result = engine.scan(DRAFT, { title: "Regiovisie Noord", lang });
      const motion = motionDraft(result, { lang, rules: engine.allRules().map((r) => r.meta), corpus: engine.corpus, municipality: "Zwolle" });
      const noting = section(motion, lang === "nl" ? "Constaterende dat:" : "Noting that:");
      const requests = section(motion, lang === "nl" ? "Verzoekt het college om:" : "Requests the executive to:");
      expect(noting.length).toBeGreaterThan(0);
      expect(requests.length).toBeGreaterThan(1);
      if (lang === "nl") {
        // "constaterende dat in de regiovisie … ontbreekt;" — the verb closes the subordinate clause.
        for (const l of noting) expect(l).toMatch(/^- in .* (ontbreekt|aan bod komt(?: \(regel \d+\))?);$/);
        // "verzoekt het college om … uit te werken …;" — an infinitive with "te", never an instruction ("Beschrijf …").
        for (const l of requests) expect(l).toMatch(/^- (in|de) .*\bte (werken|informeren|blijven uitwerken)\b/);
        expect(motion).toContain("ontbreekt;");
        expect(requests.at(-1)).toMatch(/,$/);
      } else {
        for (const l of requests) expect(l).toMatch(/^- (set out|inform|keep)\b/);
      }
      for (const l of requests) expect(l).not.toMatch(/^- (beschrijf|schrap|noem|describe|remove|name)\b/i);
      expect(motion).not.toMatch(/[“"]\s*["“]|[”"]\s*["”]/);
    });
  }
});

describe("remedies in parts", () => {
  it("carry title, action, where and an example quoted once", async () => {
    const real = await defaultEngine(process.cwd());
    let quoted = 0;
    for (const r of real.corpus.remedies.values()) {
      for (const lang of ["nl", "en"] as const) {
        const t = remedyText(r, lang);
        expect(t).toMatchObject({ id: r.id, title: r.title[lang] });
        expect(t.action.length).toBeGreaterThan(0);
        expect(t.where.length).toBeGreaterThan(0);
        if (/^\s*["“]/.test(r.example[lang])) quoted++;
        // Never wrapped as a whole: the client quotes it (or shows alternatives that quote themselves).
        expect(t.example).not.toMatch(/^["“„][^"“”]*["”]$/);
        expect(renderRemedy(r, lang)).not.toMatch(/“["“]|["”]”/);
      }
    }
    // The corpus does quote some examples itself: the test would be empty otherwise.
    expect(quoted).toBeGreaterThan(0);
  });

  it("travel with every finding of a rule that has remedies", () => {
    const result = engine.scan(DRAFT);
    const framing = result.findings.find((f) => f.quote.includes("relatieproblemen"))!;
    expect(framing.remedies.length).toBeGreaterThan(0);
    expect(framing.remedies[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), where: expect.any(String), example: expect.any(String) }));
    expect(framing.remedy).toContain(framing.remedies[0].example);
  });
});
