import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { loadTextFormat, sentenceText, type TextFormat } from "../../rules/engine/text/document.js";

// One council motion in five layouts (issue 13, seventh and eighth session): its parts as bold paragraphs in Markdown,
// as lines of their own in plain text, in lower case at the start of each line, in Markdown as lines of one paragraph
// under the title, and run into one paragraph. The motion is the same, so every check must read it the same. The
// motion is made up for the test.

await loadTextFormat("markdown");
const engine = await defaultEngine(process.cwd());

const TITLE = "Motie vreemd aan de orde van de dag: veilig thuis voor iedereen";
const LEAD = "De raad van de gemeente Heidedorp, in vergadering bijeen op 12 maart 2026,";
const NOTES = ["het aantal meldingen van huiselijk geweld bij Veilig Thuis in de regio stijgt", "vrouwen vaker slachtoffer zijn van partnergeweld dan mannen"];
const CONSIDERS = ["de gemeente verantwoordelijk is voor de opvang van slachtoffers", "het huidige plan geen aandacht heeft voor kinderen die getuige zijn van geweld"];
const ASKS = [
  "in 2026 een aanpak voor kinderen als getuige van huiselijk geweld op te stellen",
  "de aanpak na twee jaar te evalueren en de raad over de uitkomsten te informeren",
  "hiervoor 50.000 euro uit het budget voor zorg en veiligheid vrij te maken",
];
const CLOSE = "en gaat over tot de orde van de dag.";

const items = (xs: string[], bullet: string) => xs.map((x) => `${bullet}${x};`);

const LAYOUTS: Array<[string, TextFormat, string]> = [
  [
    "Markdown, parts in bold",
    "markdown",
    [TITLE, "", LEAD, "", "**Constaterende dat:**", "", ...items(NOTES, "- "), "", "**Overwegende dat:**", "", ...items(CONSIDERS, "- "), "", "**Verzoekt het college om:**", "", ...items(ASKS, "- "), "", CLOSE].join("\n"),
  ],
  [
    "plain text, parts on lines of their own",
    "text",
    [TITLE, "", LEAD, "", "constaterende dat:", ...items(NOTES, ""), "", "overwegende dat:", ...items(CONSIDERS, ""), "", "verzoekt het college om:", ...items(ASKS, ""), "", CLOSE].join("\n"),
  ],
  [
    "plain text, each part a line",
    "text",
    [
      TITLE,
      "",
      LEAD,
      `constaterende dat ${NOTES.join(" en dat ")};`,
      `overwegende dat ${CONSIDERS.join(" en dat ")};`,
      `verzoekt het college om ${ASKS[0]}, ${ASKS[1]}, en ${ASKS[2]},`,
      CLOSE,
    ].join("\n"),
  ],
  [
    "Markdown, title and parts as lines of one paragraph",
    "markdown",
    [
      TITLE,
      LEAD,
      `constaterende dat ${NOTES.join(" en dat ")};`,
      `overwegende dat ${CONSIDERS.join(" en dat ")};`,
      `verzoekt het college om ${ASKS[0]}, ${ASKS[1]}, en ${ASKS[2]},`,
      CLOSE,
    ].join("\n"),
  ],
  [
    "one run-on paragraph",
    "text",
    [TITLE, "", `${LEAD} constaterende dat ${NOTES.join(" en dat ")}; overwegende dat ${CONSIDERS.join(" en dat ")}; verzoekt het college om ${ASKS[0]}, ${ASKS[1]}, en ${ASKS[2]}, ${CLOSE}`].join("\n"),
  ],
];

const statuses = (text: string, format: TextFormat) => Object.fromEntries(engine.scan(text, { format }).coverage.map((c) => [c.check, c.status]));

describe("a council motion in five layouts", () => {
  const [first, ...rest] = LAYOUTS;
  const expected = statuses(first[2], first[1]);

  it("is read as a motion that asks for a plan (the reference layout)", () => {
    // What the motion asks is its plan: a budget, an evaluation, a time; the checks must see that in every layout.
    expect(expected["monitoring/budget"]).toBe("present");
    expect(expected["monitoring/evaluation-planned"]).toBe("present");
    expect(expected["monitoring/timeline"]).toBe("present");
  });

  for (const [name, format, text] of rest) {
    it(`gives every check the same status: ${name}`, () => {
      expect(statuses(text, format)).toEqual(expected);
    });

    it(`gives the parts the roles a part that is a heading gives: ${name}`, () => {
      const doc = engine.parse(text, { format });
      const roleOf = (words: string) => doc.sentences.find((s) => sentenceText(doc, s).includes(words))?.role;
      expect(roleOf(NOTES[1])).toBe("problem-analysis");
      expect(roleOf(CONSIDERS[0])).toBe("problem-analysis");
      expect(roleOf(ASKS[2])).toBe("measures");
      expect(roleOf("in vergadering bijeen")).toBe("other");
      // The title is a sentence of its own, apart from the council's opening words.
      expect(sentenceText(doc, doc.sentences[0])).toBe(TITLE);
    });
  }
});
