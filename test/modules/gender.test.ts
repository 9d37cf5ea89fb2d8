import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import type { CoverageStatus } from "../../rules/engine/types.js";
import { moduleEngine, ruleIdsOf, seedText, statusesOf } from "../helpers/modules.js";

// The gender module on its own: the public check ids, seed 003 (gender analysis only in an appendix, women
// named only for honour-based violence and the shelter), the labelled FLAG/COUNTER sentences, hard cases
// (reported speech, a countered stereotype, "agenderen", appendix-only), and the remedies it rests on.
const engine = await moduleEngine("gender");
const corpus = engine.corpus;
const SEED003 = seedText("003_2d9c4895bf856dd0.txt");

// Public check ids (PRODUCT.md §4): stored suppressions and clients name them.
const PUBLIC_CHECKS = ["gender/violence-against-women-named", "gender/gender-perspective", "gender/sex-disaggregated-data", "gender/lgbti-addressed"];
// The rules the tests below run over come from the module's meta; the check ids are also a public contract.
const { checks: CHECKS, sentenceRules: SENTENCE_RULES } = ruleIdsOf(engine, "gender");

function statuses(text: string, title = "test", assumeOnTopic?: boolean): Record<string, CoverageStatus> {
  return statusesOf(engine.scan(text, { title, ...(assumeOnTopic ? { assumeOnTopic } : {}) }));
}
function flagged(text: string, ruleId?: string): string[] {
  const r = engine.scan(text, { title: "test", assumeOnTopic: true });
  return r.findings.filter((f) => f.location && SENTENCE_RULES.includes(f.ruleId) && (!ruleId || f.ruleId === ruleId)).map((f) => f.ruleId);
}

describe("gender module", () => {
  it("reports exactly the coverage checks of PRODUCT.md §4, and has sentence rules", () => {
    expect([...CHECKS].sort()).toEqual([...PUBLIC_CHECKS].sort());
    expect(SENTENCE_RULES.length).toBeGreaterThan(0);
  });

  it("has a remedy for every rule that names the rule", () => {
    for (const r of engine.allRules().filter((x) => x.meta.module === "gender")) {
      for (const id of r.meta.remedies) expect(corpus.remedies.get(id)?.for, `${r.meta.id} → ${id}`).toContain(r.meta.id);
    }
  });

  it("gives a symmetry claim the remedy that shows the pattern, and a quarrel framing the power-and-control one", () => {
    const remediesOf = (text: string) => {
      const r = engine.scan(text, { title: "test", assumeOnTopic: true });
      const f = r.findings.filter((x) => x.ruleId === "gender/symmetric-conflict-framing");
      expect(f, text).toHaveLength(1);
      return f[0].remedies.map((x) => x.id);
    };
    expect(remediesOf("Bij huiselijk geweld zijn zowel mannen als vrouwen even vaak slachtoffer.")).toEqual(["gender-show-the-pattern"]);
    expect(remediesOf("Partnergeweld begint vaak als een ruzie die uit de hand loopt.")).toEqual(["gender-power-not-conflict"]);
  });

  it("does not count women named only in an approach the text rejects as naming them as victims", () => {
    const rejected = "# Visie\n\nBij huiselijk geweld ziet de gemeente geen reden voor een aparte aanpak voor vrouwen. Gezinnen krijgen snel hulp.";
    expect(statuses(rejected)["gender/violence-against-women-named"]).toBe("missing");
    const wanted = "# Visie\n\nBij huiselijk geweld komt er een aparte aanpak voor vrouwen, omdat zij vaker slachtoffer zijn. Gezinnen krijgen snel hulp.";
    expect(statuses(wanted)["gender/violence-against-women-named"]).not.toBe("missing");
  });

  it("agrees with the expected statuses of seed 003", () => {
    const s = statuses(SEED003, "seed 003");
    expect(["partial", "missing"]).toContain(s["gender/violence-against-women-named"]);
    expect(s["gender/gender-perspective"], "gender analysis only in Bijlage 2").toBe("partial");
    expect(["partial", "missing"]).toContain(s["gender/sex-disaggregated-data"]);
    expect(s["gender/lgbti-addressed"]).toBe("missing");
  });

  it("reports per role where gender appears (problem analysis, goals, measures)", () => {
    const r = engine.scan(SEED003, { title: "seed 003" });
    const perspective = r.coverage.find((c) => c.check === "gender/gender-perspective")!;
    expect(perspective.roles?.appendix).toBe("partial");
    expect(perspective.roles?.["vision-goals"]).toBe("missing");
    expect(perspective.roles?.measures).toBe("missing");
    expect(perspective.evidence.every((e) => e.role === "appendix")).toBe(true);
  });

  it("flags the FLAG sentences of seed 003 and none of the COUNTER sentences", () => {
    const r = engine.scan(SEED003, { title: "seed 003" });
    const labelled = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed003-sentences.json"), "utf8")) as Array<{
      n: number;
      label: string;
      lines: [number, number];
    }>;
    const hit = (l: { lines: [number, number] }) =>
      r.findings.some((f) => f.location && SENTENCE_RULES.includes(f.ruleId) && f.location.line <= l.lines[1] && f.location.endLine >= l.lines[0]);
    const flags = labelled.filter((l) => l.label === "flag");
    const counters = labelled.filter((l) => l.label === "counter");
    expect(flags.filter(hit).length / flags.length).toBeGreaterThanOrEqual(0.8);
    expect(counters.filter(hit).map((l) => l.n)).toEqual([]);
  });

  it("reports a gender-neutral document once, at document level", () => {
    const r = engine.scan(SEED003, { title: "seed 003" });
    const doc = r.findings.filter((f) => f.ruleId === "gender/gender-neutral-framing" && !f.location);
    expect(doc).toHaveLength(1);
  });

  it("does not take reported speech, refuted stereotypes or negations for the author's framing", () => {
    expect(flagged("Jongeren tot 25 jaar zeggen vaker dat lichamelijk partnergeweld wordt “uitgelokt” en dat het een privézaak is.")).toEqual([]);
    expect(flagged("Echte jongens huilen niet en slaan terug, meisjes passen zich aan. Dit soort stereotiepe beelden houden geweld in stand.")).toEqual([]);
    expect(flagged("Partnergeweld is geen ruzie maar een patroon van macht en controle.")).toEqual([]);
    expect(flagged("Bij partnergeweld ontstaat het geweld wanneer conflicten escaleren.")).toContain("gender/symmetric-conflict-framing");
  });

  it("weighs a stereotype in a measure more than one in the analysis", () => {
    const score = (heading: string) =>
      engine
        .scan(`# ${heading}\n\nIn veel gezinnen met huiselijk geweld is de man de kostwinner.`, { title: "t", assumeOnTopic: true })
        .findings.find((f) => f.ruleId === "gender/stereotyped-roles")!.score;
    expect(score("Maatregelen")).toBeGreaterThan(score("Aard en omvang"));
  });

  it("does not read 'agenderen' as gender, nor gender only in an appendix as present", () => {
    expect(statuses("# Maatregelen\n\nWij gaan huiselijk geweld agenderen in het regionaal overleg.", "t", true)["gender/gender-perspective"]).toBe("missing");
    expect(statuses("# Maatregelen\n\nWij gaan huiselijk geweld aanpakken.\n\n# Bijlage 2 Aard en omvang\n\nHuiselijk geweld wortelt in machtsongelijkheid tussen vrouwen en mannen.", "t", true)["gender/gender-perspective"]).toBe("partial");
  });

  it("is not applicable to off-topic texts", () => {
    const s = statuses("# Regenboogbeleid\n\nDe gemeente zet zich in voor de acceptatie van lhbti+ personen. Het parkeerbeleid wordt herzien.");
    for (const c of CHECKS) expect(s[c]).toBe("not-applicable");
  });
});
