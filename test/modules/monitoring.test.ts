import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import type { CoverageStatus } from "../../rules/engine/types.js";
import { moduleEngine, ruleIdsOf, seedText, statusesOf } from "../helpers/modules.js";

// The monitoring module on its own: the public check ids, seed 003 (a real programme that admits it has no
// indicators and no extra money), the hard cases (negation, past vs planned evaluation, numbers that are not
// targets, an appendix), off-topic texts, the sentence rules and the corpus it rests on (indicators, figures,
// remedies).
const engine = await moduleEngine("monitoring");
const corpus = engine.corpus;
const seed = seedText;

// Public check ids (PRODUCT.md §4): stored suppressions and clients name them.
const PUBLIC_CHECKS = [
  "monitoring/data-registration",
  "monitoring/baseline",
  "monitoring/quantified-targets",
  "monitoring/indicators",
  "monitoring/outcome-indicators",
  "monitoring/evaluation-planned",
  "monitoring/responsibilities-assigned",
  "monitoring/budget",
  "monitoring/timeline",
];
// The rules the tests below run over come from the module's meta.
const { checks: CHECKS, sentenceRules: SENTENCE_RULES } = ruleIdsOf(engine, "monitoring");

function statuses(text: string, options: { title?: string; onTopic?: boolean } = {}): Record<string, CoverageStatus> {
  return statusesOf(engine.scan(text, { title: options.title ?? "test", ...(options.onTopic ? { assumeOnTopic: true } : {}) }));
}

describe("monitoring module", () => {
  it("reports exactly the coverage checks of PRODUCT.md §4, and has sentence rules", () => {
    expect([...CHECKS].sort()).toEqual([...PUBLIC_CHECKS].sort());
    expect(SENTENCE_RULES.length).toBeGreaterThan(0);
  });

  it("agrees with the expected statuses of seed 003", () => {
    const s = statuses(seed("003_2d9c4895bf856dd0.txt"), { title: "seed 003" });
    expect(s["monitoring/indicators"], "nog geen indicatoren vastgesteld").toBe("missing");
    expect(["missing", "partial"]).toContain(s["monitoring/quantified-targets"]);
    expect(["missing", "partial"]).toContain(s["monitoring/baseline"]);
    expect(["missing", "partial"]).toContain(s["monitoring/evaluation-planned"]);
    expect(["missing", "partial"], "geen extra middelen beschikbaar").toContain(s["monitoring/budget"]);
    expect(s["monitoring/responsibilities-assigned"]).toBe("present");
    expect(["partial", "present"]).toContain(s["monitoring/data-registration"]);
  });

  it("does not flood seed 003 with sentence findings and keeps them in goals and measures", () => {
    const r = engine.scan(seed("003_2d9c4895bf856dd0.txt"), { title: "seed 003" });
    const findings = r.findings.filter((f) => SENTENCE_RULES.includes(f.ruleId) && f.location);
    const perSentence = new Map<string, number>();
    for (const f of findings) {
      const k = `${f.ruleId}|${f.location!.line}|${f.location!.column}`;
      perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
    }
    expect([...perSentence.values()].every((n) => n === 1)).toBe(true);
    expect(findings.length).toBeLessThan(100);
    expect(findings.filter((f) => f.ruleId === "monitoring/vague-commitment").length).toBeLessThan(30);
  });

  it("counts 'nog geen indicatoren' as missing, not present", () => {
    const text = "# Monitoring\n\nEr zijn nog geen indicatoren vastgesteld. Landelijk wordt een monitor ontwikkeld waarin indicatoren worden vastgesteld.";
    expect(statuses(text, { onTopic: true })["monitoring/indicators"]).toBe("missing");
    expect(statuses("# Monitoring\n\nWe volgen drie indicatoren: het aantal hermeldingen, het percentage recidive en de wachttijd.", { onTopic: true })["monitoring/indicators"]).toBe("present");
  });

  it("tells a planned evaluation from a past one and from a pilot's", () => {
    const ev = (text: string) => statuses(text, { onTopic: true })["monitoring/evaluation-planned"];
    expect(ev("# Monitoring\n\nIn het najaar van 2026 evalueren we de regiovisie.")).toBe("present");
    expect(ev("# Visie\n\nUit de evaluatie van de voorgaande regiovisie in 2018 komen drie aandachtspunten.")).toBe("partial");
    expect(ev("# Maatregelen\n\nDe afspraken zijn in 2017 geëvalueerd en aangepast.")).toBe("partial");
    expect(ev("# Maatregelen\n\nIn de regio loopt een pilot MDA++; de evaluatie daarvan vindt plaats in november 2019.")).toBe("partial");
  });

  it("needs a number that belongs to a target", () => {
    const qt = (text: string) => statuses(text, { onTopic: true })["monitoring/quantified-targets"];
    expect(qt("# Doelen\n\nIn 2027 ontvangt Veilig Thuis 20% meer eerste meldingen dan in 2023.")).toBe("present");
    expect(qt("# Aard en omvang\n\nIn 2016 zijn in Rotterdam 261 huisverboden opgelegd.")).toBe("missing");
    expect(qt("# Visie\n\nDe 14 gemeenten van de regio hebben de ambitie geweld te voorkomen.")).toBe("missing");
  });

  it("gives an appendix-only mention partial at most", () => {
    const s = statuses("# Inleiding\n\nDit plan gaat over huiselijk geweld.\n\n# Bijlage 2 Aard en omvang\n\nDe GGD-monitor meet het percentage slachtoffers; er is een nulmeting uit 2018.", { onTopic: true });
    expect(s["monitoring/baseline"]).toBe("partial");
    expect(s["monitoring/data-registration"]).toBe("partial");
  });

  it("is not applicable to off-topic texts (safety indicators, integration budget)", () => {
    const gouda = readFileSync(join(PACKAGE_ROOT, "test/fixtures/devset/docs/32-control-gouda-jaarstukken-2019-veiligheidsindicatoren.txt"), "utf8");
    const wormerland = readFileSync(join(PACKAGE_ROOT, "test/fixtures/devset/docs/35-control-wormerland-jaarstukken-2021-inburgering.txt"), "utf8");
    for (const text of [gouda, wormerland]) {
      const s = statuses(text);
      for (const c of CHECKS) expect(s[c], c).toBe("not-applicable");
    }
  });

  it("rests on at least 20 indicator concepts, reference figures and a remedy per rule", () => {
    const indicators = [...corpus.concepts.values()].filter((c) => c.lexicon === "monitoring-indicators");
    expect(indicators.length).toBeGreaterThanOrEqual(20);
    const amsterdam = corpus.figures.get("huisverboden-amsterdam-2017");
    expect(amsterdam?.value).toBe(201);
    expect(amsterdam?.breakdown).toMatchObject({ procedures: 263, overtredingen: 25 });
    expect(corpus.figures.get("fatal-partner-violence-2010-2014")?.breakdown).toEqual({ vrouwen: 25, mannen: 5 });
    expect(corpus.figures.get("sex-victims-any-domestic-violence-5y")?.breakdown).toEqual({ mannen: 8, vrouwen: 11 });
    for (const r of engine.allRules().filter((x) => x.meta.module === "monitoring")) {
      for (const id of r.meta.remedies) expect(corpus.remedies.get(id)?.for, `${r.meta.id} → ${id}`).toContain(r.meta.id);
    }
  });
});
