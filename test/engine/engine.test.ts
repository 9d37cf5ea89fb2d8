import { describe, expect, it } from "vitest";
import { InputError, RuleDataError } from "../../rules/engine/errors.js";
import { resolveRules } from "../../rules/engine/run/profile.js";
import { grade, moduleScore } from "../../rules/engine/run/score.js";
import type { Finding } from "../../rules/engine/types.js";
import { fixtureEngine } from "../helpers/engines.js";

const engine = await fixtureEngine();

const DRAFT = [
  "# Visie",
  "",
  "Deze visie gaat over de aanpak van huiselijk geweld.",
  "",
  "Partnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.",
  "",
  "# Maatregelen",
  "",
  "We gaan twintig extra opvangplekken realiseren voor vrouwen en kinderen.",
  "",
  "We zetten in op betere samenwerking.",
  "",
].join("\n");

describe("engine result", () => {
  const result = engine.scan(DRAFT);

  it("has exactly the PRODUCT.md §5 shape", () => {
    expect(Object.keys(result).sort()).toEqual(["coverage", "document", "engine", "failedRules", "findings", "grade", "graded", "modules", "score"]);
    expect(Object.keys(result.document).sort()).toEqual(["characters", "fragment", "kind", "language", "onTopic", "sections", "title"]);
    expect(result.engine).toEqual({ name: "genderscan", version: "test" });
    for (const f of result.findings) {
      expect(Object.keys(f).filter((k) => k !== "fix" && k !== "suppression").sort()).toEqual(
        ["fingerprint", "id", "location", "message", "module", "quote", "remedy", "remedies", "ruleId", "score", "severity", "sources", "suppressed"].sort(),
      );
    }
    expect(result.modules[0]).toMatchObject({ id: "fixture", name: "Testmodule", applicable: true });
  });

  it("quotes the original text at every finding's location", () => {
    for (const f of result.findings.filter((x) => x.location)) {
      expect(DRAFT.slice(f.location!.offset, f.location!.offset + f.location!.length)).toBe(f.quote);
      const line = DRAFT.split("\n")[f.location!.line - 1];
      expect(line.slice(f.location!.column - 1, f.location!.endColumn - 1)).toBe(f.quote);
    }
  });

  it("finds what the fixture rules look for, with remedies and sources", () => {
    const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);
    expect(byRule("fixture/conflict-framing").map((f) => f.quote)).toEqual(["relatieproblemen"]);
    expect(byRule("fixture/generic-professional")[0]).toMatchObject({ quote: "politieman", fix: "politieagent" });
    expect(byRule("fixture/vague-goal").map((f) => f.quote)).toEqual(["We zetten in op"]);
    expect(result.coverage.find((c) => c.check === "fixture/shelter-coverage")?.status).toBe("present");
    for (const f of result.findings) {
      expect(f.remedy.length).toBeGreaterThan(10);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });

  it("counts a table-of-contents entry like the chapter heading it names, an appendix entry as partial", () => {
    const toc = (entry: string) =>
      [
        "Regionale aanpak huiselijk geweld",
        "Inhoudsopgave",
        "1 Inleiding 3",
        entry,
        "3 Samenwerking in de keten 14",
        "4 Monitoring 20",
        "",
        "Inleiding",
        "",
        "Huiselijk geweld is een groot probleem in de regio. De gemeenten werken samen met Veilig Thuis en de politie.",
      ].join("\n");
    const status = (entry: string) => engine.scan(toc(entry), { title: "toc" }).coverage.find((c) => c.check === "fixture/shelter-coverage")?.status;
    expect(status("2 Opvangplekken voor slachtoffers 8")).toBe("present");
    expect(status("Bijlage 2 Opvangplekken in de regio 30")).toBe("partial");
    expect(status("2 Vroegsignalering 8")).toBe("missing");
  });

  it("renders messages in English on request", () => {
    const en = engine.scan(DRAFT, { lang: "en" });
    expect(en.findings.find((f) => f.ruleId === "fixture/conflict-framing")?.message).toBe("'relatieproblemen' frames partner violence as a quarrel.");
  });
});

describe("fingerprints", () => {
  it("stay stable when the document is edited elsewhere", () => {
    const a = engine.scan(DRAFT);
    const edited = DRAFT.replace("# Visie\n\n", "# Visie\n\nDe regio heeft een nieuwe visie vastgesteld in 2024.\n\n").replace(
      "We zetten in op betere samenwerking.",
      "We zetten in op betere samenwerking.\n\nDaarnaast komt er een campagne.",
    );
    const b = engine.scan(edited);
    const fp = (r: typeof a, rule: string) => r.findings.filter((f) => f.ruleId === rule).map((f) => f.fingerprint);
    for (const rule of ["fixture/conflict-framing", "fixture/generic-professional", "fixture/vague-goal"]) {
      expect(fp(b, rule)).toEqual(fp(a, rule));
    }
    const lineA = a.findings.find((f) => f.ruleId === "fixture/conflict-framing")!.location!.line;
    const lineB = b.findings.find((f) => f.ruleId === "fixture/conflict-framing")!.location!.line;
    expect(lineB).toBeGreaterThan(lineA);
  });

  it("differ for the same words in another sentence and for repeats", () => {
    const r = engine.scan("Partnergeweld komt door relatieproblemen.\n\nPartnergeweld komt door relatieproblemen.\n\nIn partnergeweld gaat het niet om relatieproblemen alleen.\n");
    const fps = r.findings.filter((f) => f.ruleId === "fixture/conflict-framing").map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });
});

describe("suppressions", () => {
  it("suppress with a reason from an inline comment, never silently", () => {
    const text = DRAFT.replace("De politieman", "<!-- genderscan-disable-next-line fixture/generic-professional -- citaat uit het coalitieakkoord -->\nDe politieman");
    const r = engine.scan(text);
    const f = r.findings.find((x) => x.ruleId === "fixture/generic-professional")!;
    expect(f.suppressed).toBe(true);
    expect(f.suppression).toEqual({ kind: "inline", justification: "citaat uit het coalitieakkoord" });
    expect(r.findings.find((x) => x.ruleId === "fixture/conflict-framing")?.suppressed).toBe(false);
  });

  it("refuses an inline suppression without a reason and says so", () => {
    const text = DRAFT.replace("De politieman", "<!-- genderscan-disable-next-line fixture/generic-professional -->\nDe politieman");
    const r = engine.scan(text);
    expect(r.findings.find((x) => x.ruleId === "fixture/generic-professional")?.suppressed).toBe(false);
    expect(r.findings.some((x) => x.ruleId === "engine/suppression-without-reason")).toBe(true);
  });

  it("applies stored suppressions by fingerprint", () => {
    const first = engine.scan(DRAFT);
    const target = first.findings.find((f) => f.ruleId === "fixture/vague-goal")!;
    const r = engine.scan(DRAFT, { suppressions: [{ fingerprint: target.fingerprint, justification: "wordt in het uitvoeringsplan ingevuld", by: "raadslid" }] });
    expect(r.findings.find((f) => f.fingerprint === target.fingerprint)).toMatchObject({
      suppressed: true,
      suppression: { kind: "stored", justification: "wordt in het uitvoeringsplan ingevuld", by: "raadslid" },
    });
    // Suppressed findings cost nothing in the score.
    expect(r.modules[0].score).toBeGreaterThanOrEqual(first.modules[0].score);
  });
});

describe("profiles", () => {
  it("disable rules, override severity and use presets", () => {
    const r = engine.scan(DRAFT, { profile: { rules: { "fixture/conflict-framing": "off", "fixture/vague-goal": "error" } } });
    expect(r.findings.some((f) => f.ruleId === "fixture/conflict-framing")).toBe(false);
    expect(r.findings.find((f) => f.ruleId === "fixture/vague-goal")?.severity).toBe("error");
    const strict = engine.scan(DRAFT, { profile: { preset: "strict" } });
    expect(strict.findings.find((f) => f.ruleId === "fixture/generic-professional")?.severity).toBe("error");
    const noModule = engine.scan(DRAFT, { profile: { modules: { fixture: false } } });
    expect(noModule.findings).toEqual([]);
    expect(noModule.modules[0].applicable).toBe(false);
  });

  it("reject unknown rules with a clear error", () => {
    expect(() => resolveRules(engine.modules, { name: "mijn-profiel", rules: { "fixture/nope": "off" } })).toThrow(RuleDataError);
    expect(() => resolveRules(engine.modules, { rules: { "fixture/nope": "off" } })).toThrow(/unknown rule "fixture\/nope"/);
  });
});

describe("topic and language", () => {
  it("marks an off-topic text and raises no missing findings", () => {
    const r = engine.scan("# Parkeerbeleid\n\nBewoners krijgen een parkeervergunning. Bezoekers betalen per uur. Er komt geen geweld aan te pas.\n");
    expect(r.document.onTopic).toBe(false);
    expect(r.coverage.every((c) => c.status === "not-applicable")).toBe(true);
    expect(r.findings.filter((f) => f.location === null)).toEqual([]);
    expect(r.modules[0].applicable).toBe(false);
  });

  it("reads a paragraph about domestic violence, or about a form of violence in its scope, as on topic", () => {
    const onTopic = (text: string) => engine.scan(text).document.onTopic;
    expect(onTopic("Huiselijk geweld komt in alle lagen van de bevolking voor. Slachtoffers zijn vaak vrouwen.")).toBe(true);
    expect(onTopic("Binnen een Family Justice Center werken politie en hulpverlening samen. Zo krijgen slachtoffers van intrafamiliaal geweld sneller hulp.")).toBe(true);
    expect(onTopic("Het Centrum Seksueel Geweld biedt acute hulp na verkrachting. De gemeente financiert de hulp.")).toBe(true);
    expect(onTopic("Meisjes uit risicolanden worden beschermd tegen meisjesbesnijdenis. De JGZ bespreekt het met ouders.")).toBe(true);
    // Stalking (art. 34), and violence between partners described without a term for domestic violence (a news item).
    expect(onTopic("Steeds meer vrouwen melden zich bij de politie na stalking door een ex. De gemeente start een pilot.")).toBe(true);
    expect(onTopic("Een vrouw is vannacht door haar ex-partner doodgestoken in haar woning. De politie heeft de man aangehouden.")).toBe(true);
    expect(onTopic("De buurt organiseert een straatfeest voor alle gezinnen. Ouders en kinderen zijn welkom.")).toBe(false);
  });

  it("reads a news item on a woman found dead with her ex-partner arrested as on topic", () => {
    const onTopic = (text: string) => engine.scan(text).document.onTopic;
    const page = (item: string, after = "De politie onderzoekt wat er is gebeurd.") =>
      `# Nieuws uit de regio\n\nDoor de redactie, 12 maart\n\n${item} ${after}\n\nBuurtbewoners zijn geschrokken. Er liggen bloemen bij de deur.\n\nMeer nieuws volgt.`;
    const killing = "In een woning aan de Dorpsstraat is zondagavond een vrouw dood aangetroffen. Haar ex-partner is aangehouden.";
    // The press's name for it keeps the subject going in the item's paragraph.
    expect(onTopic(page(killing, "De politie spreekt van een familiedrama."))).toBe(true);
    // A short item alone is on topic by the found-dead construction.
    expect(onTopic(killing)).toBe(true);
    // A death without a partner arrested, or a partner arrested without a death, may be anything.
    expect(onTopic(page("In een woning aan de Dorpsstraat is zondagavond een man dood aangetroffen. Een buurman belde de politie."))).toBe(false);
    expect(onTopic(page("In een woning aan de Dorpsstraat is zondagavond ingebroken. Haar ex-partner is aangehouden."))).toBe(false);
  });

  it("reads an excerpt of a few sentences with one weak signal as on topic unless it names another subject", () => {
    const onTopic = (text: string) => engine.scan(text).document.onTopic;
    expect(onTopic("Kinderen die opgroeien in een onveilige situatie krijgen snel hulp. Daarna volgt een plan.")).toBe(true);
    expect(onTopic("Het Zorg- en Veiligheidshuis bespreekt elke week de complexe casussen.")).toBe(true);
    // Another subject named, a denied signal, a generic word alone, no signal at all, or too long for an excerpt: off.
    expect(onTopic("Het Zorg- en Veiligheidshuis pakt de overlast van veelplegers aan.")).toBe(false);
    expect(onTopic("Bewoners krijgen een vergunning. Er is geen sprake van onveiligheid.")).toBe(false);
    expect(onTopic("Slachtoffers krijgen binnen vijf werkdagen een eerste gesprek.")).toBe(false);
    expect(onTopic("Het college evalueert het beleid na twee jaar.")).toBe(false);
    expect(onTopic(`Het Zorg- en Veiligheidshuis bespreekt de casussen. ${"De gemeente werkt aan een plan. ".repeat(4)}`)).toBe(false);
  });

  it("reads a short page whose one core sentence stands in a short paragraph that keeps the subject going as on topic", () => {
    const onTopic = (text: string) => engine.scan(text).document.onTopic;
    const debate = "Een raadslid vroeg of het plan niet te duur is. Een ander wilde eerst cijfers zien. De wethouder zegde een brief toe. Die komt voor de zomer.";
    // The lead paragraph argues for the measure with domestic violence and the danger it brings; the debate follows.
    const lead = "Een buurvrouw vertaalt nu vaak bij gesprekken met het wijkteam. Dat werkt niet als er thuis huiselijk geweld speelt. Het kan vrouwen in gevaar brengen. Daarom komt er een potje voor beroepstolken.";
    expect(onTopic(`${lead}\n\n${debate}`)).toBe(true);
    // The same page without a second sentence on it, or with another subject named, stays off.
    const passing = "Een buurvrouw vertaalt nu vaak bij gesprekken met het wijkteam. Dat werkt niet als er thuis huiselijk geweld speelt. Daarom komt er een potje voor beroepstolken.";
    expect(onTopic(`${passing}\n\n${debate}`)).toBe(false);
    expect(onTopic(`${lead} Ook de schuldhulpverlening en de huurachterstanden komen aan bod.\n\n${debate}`)).toBe(false);
  });

  it("keeps a text off topic that names domestic violence once among other subjects", () => {
    const other = Array.from({ length: 24 }, (_, i) => `Punt ${i + 1}: de wijkagent en de boa houden toezicht op overlast en verkeer in de buurt.`).join(" ");
    expect(engine.scan(`${other} Ook huiselijk geweld valt onder veiligheid.`).document.onTopic).toBe(false);
  });

  it("warns about English text instead of giving Dutch findings", () => {
    const r = engine.scan(
      "The municipality will fund the shelter for women and children. Violence against women is a violation of human rights and the policy should say so. We will train all professionals by 2025.",
    );
    expect(r.document.language).toBe("en");
    expect(r.findings.map((f) => f.ruleId)).toEqual(["engine/non-dutch-text"]);
  });

  it("refuses an empty document", () => {
    expect(() => engine.scan("   \n\t ")).toThrow(InputError);
  });
});

describe("scoring", () => {
  it("grades A–E", () => {
    expect([grade(90), grade(85), grade(70), grade(55), grade(40), grade(39)]).toEqual(["A", "A", "B", "C", "D", "E"]);
  });

  it("weighs coverage by severity and caps penalties", () => {
    const sev = (c: string): "error" | "info" => (c === "a" ? "error" : "info");
    expect(moduleScore([{ check: "a", module: "m", status: "present", evidence: [] }, { check: "b", module: "m", status: "missing", evidence: [] }], sev, [])).toBe(75);
    const f = (score: number): Finding => ({
      id: "x", ruleId: "m/r", module: "m", severity: "error", score, message: "", remedy: "", remedies: [], quote: "q",
      location: { line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, length: 1 }, sources: [], fingerprint: "f", suppressed: false,
    });
    expect(moduleScore([], sev, Array.from({ length: 50 }, () => f(100)))).toBe(90); // capped at 10 per rule
  });
});

describe("a failing rule", () => {
  it("is reported as an engine warning and does not cost the rest of the scan", async () => {
    const { Engine } = await import("../../rules/engine/run/engine.js");
    const fixture = (await fixtureEngine()).modules[0];
    const broken = {
      ...fixture.rules.find((r) => r.meta.id === "fixture/vague-goal")!,
      meta: { ...fixture.rules.find((r) => r.meta.id === "fixture/vague-goal")!.meta, id: "fixture/broken" },
      concepts: [],
      create: () => {
        throw new Error("boom");
      },
    };
    const { loadCorpus } = await import("../../rules/engine/data/corpus-load.js");
    const e = new Engine({ modules: [{ ...fixture, rules: [...fixture.rules, broken] }], corpus: loadCorpus(), version: "test" });
    const r = e.scan(DRAFT);
    expect(r.findings.some((f) => f.ruleId === "engine/rule-failed" && f.message.includes("fixture/broken"))).toBe(true);
    expect(r.findings.some((f) => f.ruleId === "fixture/conflict-framing")).toBe(true);
  });
});

describe("coverage options for code rules", () => {
  it("grade hits (weak caps a check at partial, strong is concrete by itself), take chosen hits, switch cues off", async () => {
    const { Engine } = await import("../../rules/engine/run/engine.js");
    const { assessCoverage } = await import("../../rules/engine/rules/kinds/coverage.js");
    const { loadCorpus } = await import("../../rules/engine/data/corpus-load.js");
    type Options = Parameters<typeof assessCoverage>[1];
    const fixture = (await fixtureEngine()).modules[0];
    const base = fixture.rules.find((r) => r.meta.id === "fixture/shelter-coverage")!;
    // The first variant carries the rule's inline terms; the others look for the same concept.
    const variant = (id: string, options: Partial<Options>, first = false) => ({
      ...base,
      concepts: first ? base.concepts : [],
      meta: { ...base.meta, id: `fixture/${id}` },
      create: (ctx: Parameters<typeof base.create>[0]) => ({
        "document:exit"() {
          ctx.cover(assessCoverage(ctx, { concepts: base.uses ?? [], ...options }));
        },
      }),
    });
    const rules = [
      variant("plain", {}, true),
      variant("weak", { grade: () => "weak" }),
      variant("strong", { grade: () => "strong" }),
      variant("no-cues", { commitmentCues: false }),
      variant("no-hits", { hits: [] }),
    ];
    const e = new Engine({ modules: [{ ...fixture, rules }], corpus: loadCorpus(), version: "test" });
    const status = (text: string) => Object.fromEntries(e.scan(text, { title: "t", assumeOnTopic: true }).coverage.map((c) => [c.check.replace("fixture/", ""), c.status]));
    expect(status("# Maatregelen\n\nWe gaan twintig extra opvangplekken realiseren.")).toEqual({
      plain: "present",
      weak: "partial",
      strong: "present",
      "no-cues": "partial",
      "no-hits": "missing",
    });
    expect(status("# Maatregelen\n\nDe opvangplekken liggen verspreid over de regio.")).toMatchObject({ plain: "partial", strong: "present" });
  });

  it("lets one clear mention make a short unstructured text present, but not a long or structured one", async () => {
    const e = await fixtureEngine();
    const status = (text: string) => e.scan(text, { title: "t", assumeOnTopic: true }).coverage.find((c) => c.check === "fixture/shelter-coverage")?.status;
    const mention = "De opvangplekken liggen verspreid over de regio.";
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Zin ${i + 1} gaat over de samenwerking in de wijk.`).join(" ");
    expect(status(`Huiselijk geweld raakt veel gezinnen. ${mention}`)).toBe("present");
    expect(status(`${filler(45)} ${mention}`)).toBe("partial");
    expect(status(`# Aard en omvang\n\n${mention}`)).toBe("partial");
  });

  it("grades a mention by the role of the programme-budget question it stands under", async () => {
    const e = await fixtureEngine();
    const status = (text: string) => e.scan(text, { title: "t", assumeOnTopic: true }).coverage.find((c) => c.check === "fixture/shelter-coverage")?.status;
    const plan = (analysis: string, measures: string) =>
      `# Plan\n\n## Waar staan we nu?\n\n${analysis}\n\n## Wat willen we bereiken\n\nGezinnen leven zonder geweld.\n\n## Wat gaan we daarvoor doen?\n\n${measures}\n\n## Hoe volgen we de voortgang\n\nWe rapporteren elk jaar aan de raad.\n`;
    const mention = "We gaan twintig extra opvangplekken realiseren.";
    // Under the analysis question the commitment is no part of the plan's body; under what is done it is.
    expect(status(plan(mention, "We trainen de wijkteams."))).toBe("partial");
    expect(status(plan("Het aantal meldingen stijgt.", mention))).toBe("present");
  });

  it("lets a declarative coverage rule mark concepts as passing mentions at most (weak)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { parse } = await import("yaml");
    const { Engine } = await import("../../rules/engine/run/engine.js");
    const { compileRuleFile } = await import("../../rules/engine/rules/load.js");
    const { ruleFile } = await import("../../rules/engine/rules/schema.js");
    const { loadCorpus } = await import("../../rules/engine/data/corpus-load.js");
    const { FIXTURE_MODULE_DIR } = await import("../helpers/engines.js");
    const fixture = (await fixtureEngine()).modules[0];
    const data = ruleFile.parse({ ...parse(readFileSync(join(FIXTURE_MODULE_DIR, "shelter-coverage.yml"), "utf8")), weak: ["fixture/shelter-coverage#terms"] });
    const rule = compileRuleFile("fixture", data, "shelter-coverage.yml", () => undefined);
    const e = new Engine({ modules: [{ ...fixture, rules: [rule] }], corpus: loadCorpus(), version: "test" });
    const r = e.scan("# Maatregelen\n\nWe gaan twintig extra opvangplekken realiseren.", { title: "t", assumeOnTopic: true });
    expect(r.coverage[0]).toMatchObject({ check: "fixture/shelter-coverage", status: "partial" });
  });
});
