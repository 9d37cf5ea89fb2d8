import { describe, expect, it } from "vitest";
import { Matcher } from "../../rules/engine/match/matcher.js";
import { parseDocument, sentenceText } from "../../rules/engine/text/document.js";
import { parseTerm, loadCorpus } from "../../rules/engine/data/corpus-load.js";
import { Engine } from "../../rules/engine/run/engine.js";
import { fixtureEngine } from "../helpers/engines.js";

const sentences = (text: string) => {
  const doc = parseDocument(text, { format: "text" });
  return doc.sentences.map((s) => sentenceText(doc, s));
};

describe("Dutch sentence splitting", () => {
  it.each([
    ["Partners zijn o.a. Veilig Thuis en de GGD. Zij overleggen maandelijks.", 2],
    ["Dit geldt bijv. voor de opvang. Ook de politie doet mee.", 2],
    ["Afspraken m.b.t. de meldcode zijn vastgelegd.", 1],
    ["Kinderen van 0 t/m 17 jaar worden gezien. Dat is belangrijk.", 2],
    ["Denk aan opvang, begeleiding e.d. maar ook nazorg.", 1],
    ["Het gaat om 3 groepen, nl. vrouwen, kinderen en ouderen.", 1],
    ["Alle partijen incl. de politie tekenen. Daarna volgt uitvoering.", 2],
    ["Er zijn ca. 300 huisverboden opgelegd.", 1],
    ["Zie art. 23 van het verdrag.", 1],
    ["Zie blz. 27 voor de acties.", 1],
    ["Het onderzoek van S. van Arum laat dit zien.", 1],
    ["Wat doet de gemeente? Zij regisseert.", 2],
    ["Het budget is €1,5 mln. voor 2024 en 2025.", 1],
  ])("%s", (text, n) => {
    expect(sentences(text)).toHaveLength(n);
  });

  it("does not split numbered list items (each item is its own block)", () => {
    const doc = parseDocument("Het programma bevat 3 actielijnen:\n\n1. Geweld eerder en beter in beeld.\n\n2. Geweld stoppen.\n", { format: "text" });
    const items = doc.blocks.filter((b) => b.type === "listItem");
    expect(items).toHaveLength(2);
  });
});

describe("tokens and matching", () => {
  const concept = (id: string, ...terms: string[]) => ({ id, terms: terms.map(parseTerm) });
  const run = (text: string, ...concepts: ReturnType<typeof concept>[]) => {
    const doc = parseDocument(text, { format: "text" });
    const hits = new Matcher(concepts).run(doc);
    return (id: string) => hits.of([id]).map((h) => doc.text.slice(h.start, h.end));
  };

  it("gives tokens offsets, lower case and Dutch stems", () => {
    const doc = parseDocument("De slachtoffers kregen opvang.", { format: "text" });
    const t = doc.tokens;
    expect(Array.from({ length: t.count }, (_, i) => t.textAt(i))).toEqual(["De", "slachtoffers", "kregen", "opvang"]);
    expect(t.normAt(1)).toBe("slachtoffers");
    expect(t.keyAt(1)).toBe("slachtoffer");
    expect(doc.text.slice(t.start[1], t.end[1])).toBe("slachtoffers");
  });

  it("matches inflections", () => {
    const found = run("Slachtoffers en een slachtoffer; mannen en een man.", concept("victim", "slachtoffer"), concept("man", "man"));
    expect(found("victim")).toEqual(["Slachtoffers", "slachtoffer"]);
    expect(found("man")).toEqual(["mannen", "man"]);
  });

  it("matches Dutch compounds as head and modifier, with exceptions", () => {
    const c = { ...concept("opvang", "*opvang*"), exceptions: ["kinderopvang"] };
    const found = run("De vrouwenopvang heeft twintig opvangplekken; de kinderopvang niet. Crisisopvang helpt.", c);
    expect(found("opvang")).toEqual(["vrouwenopvang", "opvangplekken", "Crisisopvang"]);
  });

  it("matches abbreviations case-sensitively", () => {
    const found = run("Het CSG, de VGV-aanpak en MDA++ werken samen. Een csg is iets anders.", concept("abbr", "=CSG", "=VGV", "=MDA++"));
    expect(found("abbr")).toEqual(["CSG", "VGV-aanpak", "MDA++"]);
  });

  it("never matches inside an unrelated word", () => {
    const found = run("Wij agenderen dit thema. Gendersensitief werken is nodig.", concept("gender", "gender*"));
    expect(found("gender")).toEqual(["Gendersensitief"]);
  });

  it("matches phrases across a line break and hyphenated spellings", () => {
    const found = run("Er is eer-\ngerelateerd geweld en eer gerelateerd geweld.", concept("egg", "eergerelateerd geweld", "eer gerelateerd geweld"));
    expect(found("egg")).toHaveLength(2);
  });

  it("matches the parts of slash-joined words and a phrase that ends in a hyphenated word", () => {
    const found = run(
      "Streefdoel/indicator per jaar. Een Handle with Care-melding gaat naar school. Het ratio-denken helpt niet.",
      concept("indicator", "indicator"),
      concept("hwc", "handle with care"),
      concept("ratio", "ratio"),
    );
    expect(found("indicator")).toEqual(["Streefdoel/indicator"]);
    expect(found("hwc")).toEqual(["Handle with Care-melding"]);
    expect(found("ratio")).toEqual([]);
  });

  it("lets an ellipsis in a term stand for up to three words of the same clause", () => {
    const found = run(
      "We zetten stevig in op preventie. We zetten in op nazorg. Wij zetten, samen met de scholen en de wijkteams en de GGD, in op voorlichting. Zetten jullie er echt heel erg fors in op?",
      concept("commit", "zetten … in op"),
    );
    expect(found("commit")).toEqual(["zetten stevig in op", "zetten in op"]);
  });

  it("lets an ellipsis stand across a bracketed aside, and only an ellipsis", () => {
    const found = run(
      "We zetten stevig (vanaf 2025) in op preventie. We zetten (ook) in op nazorg. De zorg (en) veiligheid blijft.",
      concept("commit", "zetten … in op"),
      concept("safety", "zorg en veiligheid"),
    );
    expect(found("commit")).toEqual(["zetten stevig (vanaf 2025) in op", "zetten (ook) in op"]);
    expect(found("safety")).toEqual([]);
  });

  it("has builtins for numbers, years, percentages and money", () => {
    const found = run("In 2025 daalt het aantal met 20% tot 300; budget €50.000.", concept("x", "x"));
    expect(found("@year")).toEqual(["2025"]);
    expect(found("@percentage")).toEqual(["20%"]);
    expect(found("@money")).toEqual(["50.000"]);
  });

  it("counts number words but not the article 'een'", () => {
    const found = run("Een wijkteam werkt met één aanpak en drie trainers.", concept("x", "x"));
    expect(found("@number")).toEqual(["één", "drie"]);
  });
});

describe("negation and reported speech cues", async () => {
  const engine = new Engine({ modules: [], corpus: loadCorpus(), version: "test" });
  const parse = (text: string) => parseDocument(text, { format: "text", cues: engine.cues });

  it("knows negated mentions", async () => {
    const { negated } = await import("../../rules/engine/text/document.js");
    const doc = parse("Er zijn nog geen indicatoren vastgesteld. De indicatoren zijn vastgesteld. Een nulmeting ontbreekt.");
    const tok = (s: number, word: string) => {
      for (let i = doc.sentences[s].tokenStart; i < doc.sentences[s].tokenEnd; i++) if (doc.tokens.normAt(i) === word) return i;
      throw new Error(word);
    };
    expect(negated(doc, doc.sentences[0], tok(0, "indicatoren"), tok(0, "indicatoren") + 1)).toBe(true);
    expect(negated(doc, doc.sentences[1], tok(1, "indicatoren"), tok(1, "indicatoren") + 1)).toBe(false);
    expect(negated(doc, doc.sentences[2], tok(2, "nulmeting"), tok(2, "nulmeting") + 1)).toBe(true);
  });

  it("does not carry a negation into a relative clause", async () => {
    const { negated } = await import("../../rules/engine/text/document.js");
    const doc = parse("Er is geen zicht op vrouwen die opvang zoeken. Er is geen opvang die past.");
    const at = (s: number, word: string) => {
      const i = doc.tokens.indexOfNorm(word, doc.sentences[s].tokenStart);
      return negated(doc, doc.sentences[s], i, i + 1);
    };
    expect(at(0, "opvang")).toBe(false);
    expect(at(1, "opvang")).toBe(true);
  });

  it("reads a negated predicate nominal as no negation of the subject", async () => {
    const { negated } = await import("../../rules/engine/text/document.js");
    const doc = parse("Vrouwenmishandeling is geen privézaak. Indicatoren zijn er nog geen. Indicatoren zijn nog geen, zo blijkt. Een nulmeting is nog geen onderdeel van het plan. Aan de analyse is geen vervolg gegeven.");
    const at = (s: number, word: string) => {
      const i = doc.tokens.indexOfNorm(word, doc.sentences[s].tokenStart);
      return negated(doc, doc.sentences[s], i, i + 1);
    };
    // "geen" determines the noun after it: the subject is affirmed ...
    expect(at(0, "vrouwenmishandeling")).toBe(false);
    // ... while a "geen" that ends its clause, "nog geen" and a passive of absence still negate the mention before it.
    expect(at(1, "indicatoren")).toBe(true);
    expect(at(2, "indicatoren")).toBe(true);
    expect(at(3, "nulmeting")).toBe(true);
    expect(at(4, "analyse")).toBe(true);
  });

  it("sees a negation in the gap of a split phrase and can start the look-back after a phrase", async () => {
    const { negated, negatedInGap } = await import("../../rules/engine/text/document.js");
    const doc = parse("Armoede lokt het geweld niet uit. Schulden leiden niet alleen tot stress. Gebrek aan geld leidt tot geweld.");
    const span = (s: number, a: string, b: string) => [doc.tokens.indexOfNorm(a, doc.sentences[s].tokenStart), doc.tokens.indexOfNorm(b, doc.sentences[s].tokenStart) + 1] as const;
    const gap = () => true;
    // "lokt … uit" with "niet" between its words: negated; "niet alleen" is no negation.
    expect(negatedInGap(doc, ...span(0, "lokt", "uit"), gap)).toBe(true);
    expect(negatedInGap(doc, ...span(1, "leiden", "tot"), gap)).toBe(false);
    // A phrase's own negation word ("kent geen sekse") is the caller's to exclude.
    expect(negatedInGap(doc, ...span(0, "lokt", "uit"), () => false)).toBe(false);
    // A negation that opens a phrase of its own negates only that phrase.
    const own = parse("We bieden vrouwen zonder verblijfsvergunning opvang.");
    const [a, b] = [own.tokens.indexOfNorm("bieden"), own.tokens.indexOfNorm("opvang") + 1];
    expect(negatedInGap(own, a, b, gap)).toBe(false);
    // "gebrek" before "leidt" negates it, unless the look-back starts after "gebrek aan geld".
    const [leidt] = span(2, "leidt", "leidt");
    expect(negated(doc, doc.sentences[2], leidt, leidt + 1)).toBe(true);
    expect(negated(doc, doc.sentences[2], leidt, leidt + 1, leidt)).toBe(false);
  });

  it("knows reported speech and quotations", () => {
    const doc = parse("Jongeren zeggen vaker dat partnergeweld wordt uitgelokt. Wij vinden het belangrijk dat slachtoffers snel hulp krijgen. “Het is een privézaak,” aldus een inwoner.");
    expect(doc.sentences.map((s) => s.reported)).toEqual([true, false, false]);
    expect(doc.sentences[2].quoted || doc.sentences[2].reported).toBe(true);
  });

  it("tells 'volgens' a speaker from 'volgens' a way of working", () => {
    const doc = parse("Volgens de politie neemt het geweld toe. Volgens jongeren is het normaal. Professionals werken volgens de meldcode. We werken volgens het principe van 1 gezin, 1 plan. Volgens ons is dit nodig.");
    expect(doc.sentences.map((s) => s.reported)).toEqual([true, true, false, false, false]);
  });

  it("tells an opinion about 'het' from a verb with an object", () => {
    const doc = parse("Veel mannen vinden het moeilijk om hulp te vragen. Ouders vinden het normaal dat kinderen een tik krijgen. Veel jongeren vinden het normaal. Veilig Thuis rapporteert het aantal meldingen aan de gemeente. De raad stelde voor het beleid te evalueren.");
    expect(doc.sentences.map((s) => s.reported)).toEqual([true, true, true, false, false]);
  });
});

// Section roles come from the corpus lexicons "headings" and "section-content" (issue 14: vocabulary in lexicons),
// so these tests parse with the engine's cue sets; without them only the mechanism is left (last test).
const engineCues = (await fixtureEngine()).cues;
const parseWithVocabulary = (text: string, options: Parameters<typeof parseDocument>[1] = {}) => parseDocument(text, { ...options, cues: engineCues });

describe("sections and roles", () => {
  it("detects numbered, keyword and short capitalised headings in plain text and assigns roles", () => {
    const text = [
      "Hoofdstuk 1 Aard en omvang",
      "",
      "Huiselijk geweld komt veel voor. Uit onderzoek blijkt dat 5% van de volwassenen slachtoffer is.",
      "",
      "2.1 Vroeg signalering",
      "Professionals signaleren eerder.",
      "",
      "Ambitie",
      "",
      "In 2025 kent iedere professional de meldcode.",
      "",
      "Acties",
      "",
      "We organiseren trainingen voor wijkteams.",
      "",
      "Bijlage 2 Definities",
      "",
      "Huiselijk geweld is geweld door iemand uit de huiselijke kring.",
    ].join("\n");
    const doc = parseWithVocabulary(text, { format: "text" });
    const sections = doc.sections.slice(1).map((s) => [s.title, s.level, s.role]);
    expect(sections).toEqual([
      ["Hoofdstuk 1 Aard en omvang", 1, "problem-analysis"],
      ["2.1 Vroeg signalering", 2, "measures"],
      ["Ambitie", 3, "vision-goals"],
      ["Acties", 3, "measures"],
      ["Bijlage 2 Definities", 1, "appendix"],
    ]);
  });

  it("keeps a table of contents from becoming headings, entries as items without page numbers", () => {
    const text = [
      "Inhoudsopgave",
      "Samenvatting",
      "2",
      "1",
      "Aard en omvang van huiselijk geweld",
      "8",
      "2.5 Opvang slachtoffers en vrouwenopvang ........ 16",
      "Bijlage 1: Overzicht uitgaven 2008 30",
      "",
      "Samenvatting",
      "",
      "De regio investeert in de aanpak van huiselijk geweld. Gemeenten werken samen met Veilig Thuis aan een snelle en passende hulp voor alle betrokkenen.",
    ].join("\n");
    const doc = parseWithVocabulary(text, { format: "text" });
    expect(doc.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Inhoudsopgave", "other"],
      ["Samenvatting", "other"],
    ]);
    const items = doc.sentences.filter((s) => s.blockType === "contents").map((s) => sentenceText(doc, s));
    expect(items).toEqual(["Samenvatting", "Aard en omvang van huiselijk geweld", "2.5 Opvang slachtoffers en vrouwenopvang", "Bijlage 1: Overzicht uitgaven 2008"]);
  });

  it("knows whether any heading names a role (otherwise the text is one body)", async () => {
    const { hasTitledSections } = await import("../../rules/engine/text/sections.js");
    const guessed = parseWithVocabulary("# Print\n\nDe gemeente opent een Centrum Seksueel Geweld.\n\n# Delen\n\nVeilig Thuis is dag en nacht bereikbaar.", { format: "markdown" });
    const titled = parseWithVocabulary("# Acties\n\nDe gemeente opent een Centrum Seksueel Geweld.", { format: "markdown" });
    expect(hasTitledSections(guessed.sections)).toBe(false);
    expect(hasTitledSections(titled.sections)).toBe(true);
  });

  it("reads the parts of a council motion: what the council notes is analysis, what it asks is a measure", () => {
    const text = [
      "Motie gendersensitief beleid",
      "De raad van de gemeente Zwolle, in vergadering bijeen op 12 maart,",
      "Constaterende dat:",
      "• één op de vijf vrouwen door een (ex-)partner is mishandeld;",
      "Overwegende dat:",
      "• geweld tegen vrouwen een schending van de mensenrechten is;",
      "Verzoekt het college om:",
      "• genderspecifiek beleid op te stellen.",
    ].join("\n");
    const doc = parseWithVocabulary(text, { format: "text" });
    expect(doc.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Motie gendersensitief beleid", "other"],
      ["Constaterende dat:", "problem-analysis"],
      ["Overwegende dat:", "problem-analysis"],
      ["Verzoekt het college om:", "measures"],
    ]);
    const md = parseWithVocabulary(
      "# Motie gendersensitief beleid\n\nDe raad van de gemeente Zwolle,\n\n**Constaterende dat:**\n\n- één op de vijf vrouwen door een (ex-)partner is mishandeld;\n\n**Verzoekt het college om:**\n\n- genderspecifiek beleid op te stellen.",
      { format: "markdown" },
    );
    expect(md.sections.slice(2).map((s) => [s.title, s.level, s.role])).toEqual([
      ["Constaterende dat:", 2, "problem-analysis"],
      ["Verzoekt het college om:", 2, "measures"],
    ]);
  });

  it("reads what an amendment or motion decides or asks in other words as its measures", () => {
    const text = [
      "Amendement kinderen en geweld",
      "Constaterend dat:",
      "• kinderen die opgroeien met geweld vaak zelf slachtoffer worden;",
      "Besluit:",
      "• € 150.000 vrij te maken voor daderhulpverlening.",
      "Roept het college op:",
      "• de raad jaarlijks te informeren.",
    ].join("\n");
    const doc = parseWithVocabulary(text, { format: "text" });
    expect(doc.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Amendement kinderen en geweld", "other"],
      ["Constaterend dat:", "problem-analysis"],
      ["Besluit:", "measures"],
      ["Roept het college op:", "measures"],
    ]);
    // The decision clause of a regulation and an ordinary sentence stay text.
    const reg = parseWithVocabulary("Subsidieregeling opvang\n\nbesluit de volgende nadere regels vast te stellen\n\nVraagt u zich af waar u terecht kunt", { format: "text" });
    expect(reg.sections.slice(1).map((s) => s.title)).not.toContain("besluit de volgende nadere regels vast te stellen");
    expect(reg.sections.slice(1).map((s) => s.title)).not.toContain("Vraagt u zich af waar u terecht kunt");
  });

  it("reads short numbered titles that stand apart from their text as headings, and a numbered list as a list", () => {
    const report = parseWithVocabulary("Jaarverslag 2021\n\n1. Inleiding\n\nWe blikken terug op het jaar.\n\n2. Maatregelen\n\nWe zetten in op plegerhulp.\n", { format: "text" });
    expect(report.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Jaarverslag 2021", "other"],
      ["1. Inleiding", "other"],
      ["2. Maatregelen", "measures"],
    ]);
    const list = parseWithVocabulary("We doen drie dingen:\n\n1. Voorlichting\n2. Scholing\n3. Opvang\n\nDat is het plan.\n", { format: "text" });
    expect(list.blocks.filter((b) => b.type === "listItem")).toHaveLength(3);
    const questions = parseWithVocabulary("Vragen\n\n1. Is het college bekend met de cijfers?\n\n2. Hoeveel huisverboden zijn opgelegd?\n", { format: "text" });
    expect(questions.blocks.filter((b) => b.type === "listItem")).toHaveLength(2);
  });

  it("reads numbered titles right above their prose as headings, as text from a PDF often has them", () => {
    const pdf = parseWithVocabulary("Nota opvang\n\n1. Inleiding\nDe regio telt veel meldingen. Dat vraagt om actie.\n\n2. Onze aanpak\nWe trainen de wijkteams.\n3. Monitoring\nWe rapporteren jaarlijks aan de raad.\n", { format: "text" });
    expect(pdf.sections.slice(2).map((s) => [s.title, s.role])).toEqual([
      ["1. Inleiding", "other"],
      ["2. Onze aanpak", "measures"],
      ["3. Monitoring", "monitoring"],
    ]);
    // Items whose text runs on in lower case, and short items with no prose under them, stay a list.
    const runOn = parseWithVocabulary("Het college zal:\n\n1. Het wijkteam\ntrainen in signaleren.\n2. De opvang\nuitbreiden met tien plekken.\n", { format: "text" });
    expect(runOn.blocks.filter((b) => b.type === "listItem")).toHaveLength(2);
    const short = parseWithVocabulary("Drie pijlers:\n1. Voorlichting\n2. Scholing\n3. Opvang\nDat is het plan.\n", { format: "text" });
    expect(short.blocks.filter((b) => b.type === "listItem")).toHaveLength(3);
  });

  it("reads a Markdown pipe table as one block per row, cells joined", () => {
    const text = "## Financiën\n\n| Onderdeel | 2027 |\n|---|---|\n| Crisisopvang | 420.000 |\n| Preventie | 80.000 |\n\nDat is het budget.\n";
    const doc = parseWithVocabulary(text);
    const rows = doc.sentences.filter((s) => s.blockType === "tableRow");
    expect(rows.map((s) => sentenceText(doc, s))).toEqual(["Onderdeel | 2027", "Crisisopvang | 420.000", "Preventie | 80.000"]);
    // A pipe line without the separator row is no table.
    const loose = parseWithVocabulary("Onderdeel | 2027\nCrisisopvang | 420.000\n");
    expect(loose.sentences.some((s) => s.blockType === "tableRow")).toBe(false);
  });

  it("gives Markdown the same section tree", () => {
    const doc = parseWithVocabulary("# Visie\n\nWij willen geweld stoppen.\n\n## Maatregelen\n\n- Trainingen\n- Campagnes\n\n# Bijlage 1\n\nCijfers.\n");
    expect(doc.sections.slice(1).map((s) => [s.title, s.level, s.role])).toEqual([
      ["Visie", 1, "vision-goals"],
      ["Maatregelen", 2, "measures"],
      ["Bijlage 1", 1, "appendix"],
    ]);
    expect(doc.blocks.filter((b) => b.type === "listItem")).toHaveLength(2);
  });

  it("passes a chapter's role from its subsections down only when most of them gave it", () => {
    // One "Achtergrond" among four subsections does not make the others background.
    const page = parseWithVocabulary("# Meer kinderen gezien\n\n## Achtergrond\n\nTekst.\n\n## Screening\n\nTekst.\n\n## Scholing\n\nProfessionals volgen een training.\n\n## Contact\n\nTekst.\n");
    expect(page.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Meer kinderen gezien", "problem-analysis"],
      ["Achtergrond", "problem-analysis"],
      ["Screening", "other"],
      ["Scholing", "other"],
      ["Contact", "other"],
    ]);
    // Two "Acties" subsections of three make the chapter measures, and the third follows.
    const plan = parseWithVocabulary("# Hoofdstuk 3\n\n## Acties preventie\n\nTekst.\n\n## Acties opvang\n\nTekst.\n\n## Wonen\n\nTekst.\n");
    expect(plan.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Hoofdstuk 3", "measures"],
      ["Acties preventie", "measures"],
      ["Acties opvang", "measures"],
      ["Wonen", "measures"],
    ]);
    // A plan role passes down from a minority too: the chapter is the plan's (seed 003, chapter 7).
    const next = parseWithVocabulary("# Hoe nu verder\n\n## Tijdspad\n\nTekst.\n\n## Uitvoering\n\nTekst.\n\n## Monitoring\n\nTekst.\n\n## De volgende stap\n\nTekst.\n\n## Contact\n\nTekst.\n");
    expect(next.sections.slice(1).map((s) => s.role)).toEqual(["measures", "measures", "measures", "monitoring", "measures", "measures"]);
  });

  it("reads the questions of a programme budget as roles, with or without 'we', 'wij', 'de gemeente', 'daarvoor' and '?'", () => {
    const md = parseWithVocabulary(
      "# Programma thuis veilig\n\n## Waar staan we nu?\n\nTekst.\n\n## Wat willen we bereiken\n\nTekst.\n\n## Wat gaan we daarvoor doen?\n\nTekst.\n\n## Wat mag het kosten\n\nTekst.\n\n## Hoe volgen we de voortgang?\n\nTekst.\n\n## Wie doet wat\n\nTekst.\n",
    );
    expect(md.sections.slice(2).map((s) => [s.title, s.role, s.roleFrom])).toEqual([
      ["Waar staan we nu?", "problem-analysis", "title"],
      ["Wat willen we bereiken", "vision-goals", "title"],
      ["Wat gaan we daarvoor doen?", "measures", "title"],
      ["Wat mag het kosten", "measures", "title"],
      ["Hoe volgen we de voortgang?", "monitoring", "title"],
      ["Wie doet wat", "measures", "title"],
    ]);
    const role = (title: string) => parseWithVocabulary(`# ${title}\n\nTekst.\n`).sections[1].role;
    const family = (role_: string, titles: string[]) => expect(titles.map((t) => [t, role(t)])).toEqual(titles.map((t) => [t, role_]));
    family("problem-analysis", ["Hoe staat het ervoor?", "Hoe staat het er in de regio voor", "Waar staat de gemeente nu", "Wat is het probleem?", "Wat is precies het probleem", "Wat weten wij al", "Wat we nu weten", "De situatie nu", "Uitgangssituatie"]);
    family("vision-goals", ["Wat willen wij bereiken?", "Wat wil de gemeente bereiken", "Wat we samen willen bereiken", "Waar willen we naartoe?", "Waar werken we naartoe", "Wat is ons doel?", "Dit willen we bereiken", "Waar staan we voor?"]);
    family("measures", ["Wat gaan wij doen", "Wat gaat de gemeente daarvoor doen?", "Wat gaat het college doen", "Wat doen we al?", "Wat we doen", "Wat wij daarvoor gaan doen", "Dit gaan we doen", "Hoe pakken we het aan?", "Hoe pakt de gemeente dit aan", "Zo pakken wij het aan", "Onze aanpak", "Wie doet er wat?", "Wie is waarvoor verantwoordelijk", "Taakverdeling"]);
    family("measures", ["Wat mag het kosten?", "Wat kost het", "Wat gaat het kosten?", "Financiën", "Financieel kader"]);
    family("monitoring", ["Hoe volgen wij de voortgang", "Hoe we het volgen", "Zo volgen we de resultaten", "Hoe meten we of het werkt?", "Werkt het?", "Wanneer zijn we tevreden?", "Wanneer is het college tevreden", "Wanneer is de aanpak geslaagd", "Wat hebben we in 2026 bereikt?"]);
    family("measures", ["Doelgroepen", "Doelgroep", "Voor wie?", "Voor wie is dit plan", "Wie willen we bereiken?"]);
    // A question that is no programme heading keeps no role, or its own.
    expect(role("Wat doet geweld met kinderen?")).toBe("other");
    expect(role("Doelgroepanalyse")).toBe("problem-analysis");
    expect(role("Wat kost partnergeweld de samenleving?")).toBe("other");
    expect(role("Migranten als doelgroep van de aanpak")).toBe("measures");
  });

  it("reads plain-verb headings of a plain-text plan, also questions with a question mark", () => {
    const plan = parseWithVocabulary(
      "Plan veilig opgroeien\n\nDoelgroepen\n\nWe richten ons op kinderen en hun ouders in de wijk.\n\nWat we doen\n\nWe trainen leerkrachten in het herkennen van signalen.\n\nHoe we het volgen\n\nWe rapporteren twee keer per jaar aan de raad.\n",
      { format: "text" },
    );
    expect(plan.sections.slice(2).map((s) => [s.title, s.role])).toEqual([
      ["Doelgroepen", "measures"],
      ["Wat we doen", "measures"],
      ["Hoe we het volgen", "monitoring"],
    ]);
    const questions = parseWithVocabulary(
      "Programma thuis veilig\n\nHoe staat het ervoor?\n\nHet aantal meldingen stijgt al drie jaar.\n\nWat willen wij bereiken?\n\nMinder herhaald geweld in gezinnen.\n\nWat gaat de gemeente daarvoor doen?\n\nWe breiden de opvang uit.\n\nWat kost het?\n\nVoor 2027 is 250.000 euro begroot.\n\nWanneer zijn we tevreden?\n\nAls de wachttijd onder vier weken ligt.\n",
      { format: "text" },
    );
    expect(questions.sections.slice(2).map((s) => [s.title, s.role])).toEqual([
      ["Hoe staat het ervoor?", "problem-analysis"],
      ["Wat willen wij bereiken?", "vision-goals"],
      ["Wat gaat de gemeente daarvoor doen?", "measures"],
      ["Wat kost het?", "measures"],
      ["Wanneer zijn we tevreden?", "monitoring"],
    ]);
  });

  it("does not pass one goals subsection's role down to its siblings", () => {
    // One "Wat willen we bereiken" among headings that name no role leaves the others as they are.
    const doc = parseWithVocabulary("# Plan\n\n## Het begin\n\nTekst.\n\n## Wat willen we bereiken\n\nTekst.\n\n## Tijdspad\n\nTekst.\n\n## Contact\n\nTekst.\n");
    expect(doc.sections.slice(2).map((s) => [s.title, s.role])).toEqual([
      ["Het begin", "other"],
      ["Wat willen we bereiken", "vision-goals"],
      ["Tijdspad", "other"],
      ["Contact", "other"],
    ]);
    // Two plan subsections and nothing else among them still make the chapter the plan's throughout (a tie goes to measures).
    const plan = parseWithVocabulary("# Plan\n\n## Het begin\n\nTekst.\n\n## Wat willen we bereiken\n\nTekst.\n\n## Wat we doen\n\nTekst.\n\n## Tijdspad\n\nTekst.\n\n## Contact\n\nTekst.\n");
    expect(plan.sections.slice(2).map((s) => s.role)).toEqual(["measures", "vision-goals", "measures", "measures", "measures"]);
  });

  it("finds the chapters and annexes of seed 003 with roles", async () => {
    const { seed } = await import("../helpers/text.js");
    const doc = parseWithVocabulary(seed("003"));
    const byTitle = new Map(doc.sections.map((s) => [s.title.replace(/\s+/g, " "), s]));
    expect(byTitle.get("Hoofdstuk 2 Visie, doelen en ambities van de regio Groningen")?.role).toBe("vision-goals");
    expect(byTitle.get("3.3 Meldcode")?.role).toBe("measures");
    expect(byTitle.get("Monitoring")?.role).toBe("monitoring");
    expect(byTitle.get("Bijlage 2 Aard en omvang huiselijk geweld")?.role).toBe("appendix");
    expect(byTitle.get("Bijlage 1 Definities")?.line).toBe(3084);
    expect(doc.sections.filter((s) => s.role === "appendix").length).toBeGreaterThan(4);
  });

  it("knows no heading or motion vocabulary without the corpus's cues (the mechanism only)", () => {
    const text = "Ambitie\n\nWe willen dat geweld stopt.\n\nConstaterende dat:\n\n• geweld veel voorkomt;\n\nBijlage 2 Definities\n\nGeweld is geweld.";
    const bare = parseDocument(text, { format: "text" });
    expect(bare.sections.slice(1).every((s) => s.roleFrom !== "title")).toBe(true);
    const full = parseWithVocabulary(text, { format: "text" });
    expect(full.sections.slice(1).map((s) => [s.title, s.role])).toEqual([
      ["Ambitie", "vision-goals"],
      ["Constaterende dat:", "problem-analysis"],
      ["Bijlage 2 Definities", "appendix"],
    ]);
  });
});
