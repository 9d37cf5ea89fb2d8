import { describe, expect, it } from "vitest";
import type { CoverageStatus } from "../../rules/engine/types.js";
import { devsetText, moduleEngine, ruleIdsOf, seedText, statusesOf } from "../helpers/modules.js";

// The migrants module on its own: the public check ids, real documents (seed 000 is rich in migrant-reach
// measures, seed 003 has no migrants at all), off-topic texts and the sentence-level pitfalls.
const engine = await moduleEngine("migrants");
const corpus = engine.corpus;
const seed = seedText;
const devset = devsetText;

// Public check ids (PRODUCT.md §4): stored suppressions and clients name them.
const PUBLIC_CHECKS = [
  "migrants/migrants-addressed",
  "migrants/community-involvement",
  "migrants/language-access",
  "migrants/targeted-information",
  "migrants/culturally-competent-care",
  "migrants/outreach",
  "migrants/structural-embedding",
  "migrants/harmful-practices",
  "migrants/residence-status",
  "migrants/reach-monitoring",
];
// The checks the tests below run over come from the module's meta.
const { checks: CHECKS } = ruleIdsOf(engine, "migrants");

function statuses(text: string, title = "test"): Record<string, CoverageStatus> {
  return statusesOf(engine.scan(text, { title }));
}

describe("migrants module", () => {
  it("reports exactly the coverage checks of PRODUCT.md §4", () => {
    expect([...CHECKS].sort()).toEqual([...PUBLIC_CHECKS].sort());
  });

  it("finds seed 000 present on most checks", () => {
    const s = statuses(seed("000_aebb627c7b8c77a9.txt"), "seed 000");
    const present = CHECKS.filter((c) => s[c] === "present");
    expect(present.length).toBeGreaterThanOrEqual(8);
    for (const c of ["migrants/migrants-addressed", "migrants/community-involvement", "migrants/targeted-information", "migrants/structural-embedding", "migrants/outreach"]) {
      expect(s[c], c).toBe("present");
    }
  });

  it("agrees with the expected statuses of seed 003 (no migrants at all)", () => {
    const s = statuses(seed("003_2d9c4895bf856dd0.txt"), "seed 003");
    expect(["missing", "partial"]).toContain(s["migrants/migrants-addressed"]);
    expect(s["migrants/language-access"]).toBe("missing");
    expect(["missing", "partial"]).toContain(s["migrants/community-involvement"]);
    expect(["missing", "partial"]).toContain(s["migrants/outreach"]);
    expect(["present", "partial"]).toContain(s["migrants/harmful-practices"]);
    expect(["present", "partial"]).toContain(s["migrants/residence-status"]);
  });

  it("does not count a generic 'diversiteit' as naming migrants", () => {
    const text = "# Preventie\n\nGemeenten zorgen voor preventie en vroegsignalering van huiselijk geweld. Het is van belang hierbij aandacht te hebben voor diversiteit en culturele verschillen.";
    const r = engine.scan(text, { title: "diversiteit", assumeOnTopic: true });
    expect(r.coverage.find((c) => c.check === "migrants/migrants-addressed")?.status).toBe("missing");
    expect(r.findings.some((f) => f.ruleId === "migrants/generic-reach-claim")).toBe(true);
  });

  it("gives off-topic texts (integration of status holders, parking) not-applicable and no missing findings", () => {
    for (const text of [
      devset("35-control-wormerland-jaarstukken-2021-inburgering.txt"),
      "# Parkeerbeleid\n\nStatushouders en nieuwkomers krijgen een parkeervergunning. We zetten tolken in bij de balie en werken samen met migrantenorganisaties.",
    ]) {
      const r = engine.scan(text, { title: "control" });
      expect(r.document.onTopic).toBe(false);
      for (const c of r.coverage.filter((x) => x.module === "migrants")) expect(c.status, c.check).toBe("not-applicable");
      expect(r.findings.filter((f) => f.module === "migrants" && f.location === null)).toEqual([]);
    }
  });

  it("finds migrants addressed and community involvement in the Den Haag community-mediator text", () => {
    const s = statuses(devset("28-den-haag-van-huis-uit-gemeenschapsbemiddelaars-eergeweld.txt"));
    expect(s["migrants/migrants-addressed"]).toBe("present");
    expect(s["migrants/community-involvement"]).toBe("present");
  });

  it("does not take transgender self-organisations for migrant organisations", () => {
    const s = statuses(devset("22-tnn-checklist-transgender-slachtoffers-beleidsmakers.txt"));
    expect(s["migrants/migrants-addressed"]).toBe("missing");
    expect(s["migrants/community-involvement"]).toBe("missing");
  });

  it("credits a policy that reaches migrants with concrete measures", () => {
    const text = [
      "# Regiovisie huiselijk geweld",
      "",
      "## Doelen",
      "",
      "We willen migranten, vluchtelingen en statushouders beter bereiken, omdat zij huiselijk geweld minder vaak melden.",
      "",
      "## Maatregelen",
      "",
      "We werken samen met migrantenorganisaties en zetten voorlichters eigen taal en cultuur in.",
      "",
      "Veilig Thuis zet bij een taalbarrière altijd een professionele tolk in.",
      "",
      "Bij inburgeringscursussen organiseren we voorlichting over huiselijk geweld; deelnemers worden doorverwezen naar het wijkteam.",
      "",
      "Alle medewerkers van de wijkteams volgen een training cultuursensitief werken.",
      "",
      "In wijken met veel statushouders werkt een outreachend team dat huisbezoeken aflegt.",
      "",
      "Het bereiken van migranten financieren we uit structurele middelen.",
      "",
      "De opvang is ook beschikbaar voor vrouwen zonder verblijfsvergunning.",
      "",
      "## Monitoring",
      "",
      "Veilig Thuis registreert meldingen naar migratieachtergrond.",
    ].join("\n");
    const s = statuses(text);
    for (const c of CHECKS.filter((x) => x !== "migrants/harmful-practices")) expect(s[c], c).toBe("present");
  });

  it("flags culturalising but not reported speech or a counter-statement", () => {
    const flagged = (text: string) => engine.scan(`# Probleemanalyse\n\nHuiselijk geweld is een groot probleem. ${text}`, { title: "t" }).findings.some((f) => f.ruleId === "migrants/culturalising");
    expect(flagged("In bepaalde culturen is het normaal dat een man zijn vrouw slaat.")).toBe(true);
    expect(flagged("Huiselijk geweld komt in alle culturen voor en is nooit te rechtvaardigen.")).toBe(false);
    expect(flagged("Jongeren zeggen dat geweld in hun cultuur normaal is.")).toBe(false);
  });

  it("has at least 25 migrant-reach measures or success factors sourced in seed 000", () => {
    const reach = [...corpus.concepts.values()].filter((c) => c.lexicon === "migrant-reach" && c.sources.some((s) => s.source === "seed-000"));
    expect(reach.length).toBeGreaterThanOrEqual(25);
  });
});
