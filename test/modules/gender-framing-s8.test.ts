import { describe, expect, it } from "vitest";
import { moduleEngine } from "../helpers/modules.js";

// Families of the eighth session's framing readings (helper framing), written for this test: each family in several
// forms (inflections, word orders, verb and noun forms) both ways. A line is scanned as a short text, as the framing
// fixtures are (no topic assumed), and the test asks which framing rules mark it.
const engine = await moduleEngine("gender");

/** The framing rules that mark the text: located findings of the gender module that are no coverage check. */
function framingRules(text: string): string[] {
  const r = engine.scan(text, { title: "t" });
  const checks = new Set(r.coverage.map((c) => c.check));
  return r.findings.filter((f) => f.location && f.module === "gender" && !checks.has(f.ruleId)).map((f) => f.ruleId.replace(/^gender\//, ""));
}

function expectFlagged(lines: string[], rule: string): void {
  const missed = lines.filter((l) => !framingRules(l).includes(rule));
  expect(missed, missed.join("\n")).toEqual([]);
}

function expectClear(lines: string[], rule?: string): void {
  const marked = lines.filter((l) => (rule ? framingRules(l).includes(rule) : framingRules(l).length > 0));
  expect(marked, marked.join("\n")).toEqual([]);
}

describe("a cooling-off period: a remedy for the couple, or the legal term after a barring order", () => {
  it("flags a cooling-off period offered to the partners or the couple", () => {
    expectFlagged(
      [
        "Bij partnergeweld raden wij beide partners een afkoelingsperiode aan.",
        "Na een ruzie met klappen doet het echtpaar er goed aan een afkoelperiode in te lassen.",
        "Geweld in de relatie? Een afkoelingsperiode voor jou en je partner kan helpen.",
        "Als hij haar slaat, is een afkoelingsperiode voor het stel het beste.",
        "Bij geweld tussen partners adviseert de wijkagent de echtgenoten een afkoelingsperiode.",
      ],
      "symmetric-conflict-framing",
    );
  });

  it("leaves the barring order's ten days and a cooling-off without a couple alone", () => {
    expectClear(
      [
        "Een huisverbod legt de pleger een afkoelingsperiode van tien dagen op.",
        "Na een huisverbod volgt bij huiselijk geweld een afkoelingsperiode van tien dagen.",
        "Tijdens de afkoelingsperiode na het tijdelijk huisverbod zoekt de hulpverlening contact met de partners.",
        "Het huisverbod bij partnergeweld dient als afkoelingsperiode en als kans om hulp te regelen.",
        "De burgemeester legt een huisverbod op; tijdens die afkoelingsperiode mag de pleger niet naar huis.",
        "Bij huiselijk geweld start na de afkoelingsperiode de hulpverlening.",
      ],
      "symmetric-conflict-framing",
    );
  });
});

describe("a count of men as victims with their partner as the perpetrator", () => {
  it("flags the men's count when the other sex is their partner in an agent phrase", () => {
    expectFlagged(
      [
        "Een op de vijf mannen wordt door zijn vrouw mishandeld.",
        "Bij partnergeweld wordt een op de vijf mannen door zijn vrouw mishandeld.",
        "Steeds meer mannen worden door hun vrouw mishandeld.",
        "Een op de acht mannen wordt slachtoffer van geweld door zijn echtgenote.",
        "Een op de vijf mannen wordt door zijn ex-vrouw mishandeld.",
        "Steeds meer mannen worden thuis door hun partner geslagen.",
        "Eén op de drie slachtoffers van partnergeweld is een man die door zijn vrouw wordt mishandeld.",
      ],
      "symmetric-conflict-framing",
    );
  });

  it("leaves the count alone when women are counted or set apart in the sentence or next to it", () => {
    expectClear(
      [
        "Een op de vijf mannen wordt door zijn vrouw mishandeld, tegen een op de drie vrouwen door hun man.",
        "Een op de vijf mannen wordt door zijn vrouw mishandeld en een op de drie vrouwen door haar man.",
        "Een op de vijf mannen wordt door zijn vrouw mishandeld. Bij vrouwen is dat een op de drie.",
        "Een op de vijf mannen wordt door zijn vrouw mishandeld. Van de vrouwen is 30 procent slachtoffer.",
        "Een op de vijf mannen wordt door zijn vrouw mishandeld, maar vrouwen worden vaker slachtoffer.",
        "Een op de vijf mannen wordt mishandeld door zijn vrouw, terwijl vrouwen drie keer zo vaak slachtoffer zijn.",
        "Een op de vijf mannen wordt door zijn vrouw mishandeld; de meeste slachtoffers zijn vrouw.",
        "Een op de vijf mannen en vrouwen wordt mishandeld.",
      ],
      "symmetric-conflict-framing",
    );
  });
});

describe("the killing of a woman by her (ex-)partner named against a label", () => {
  it("reads the killing named as what it was as the contradiction that makes a label a refutation", () => {
    expectClear(
      [
        "De krant spreekt van een relatiedrama; het was de moord op een vrouw door haar partner.",
        "Er werd gesproken van een familiedrama; in feite ging het om de doding van een vrouw door haar ex-partner.",
        "Het gezinsdrama, zoals de politie het noemde, was de moord op een vrouw door haar ex.",
        "Het relatiedrama, zoals de krant het omschreef, bleek de doding van een moeder door haar partner.",
        "In de wijk was sprake van een 'familiedrama'. Het was de doding van een moeder door haar ex-partner.",
        "Het ging om een ‘gezinsdrama’; het betrof de moord op zijn echtgenote.",
        "Volgens de politie ging het om een familiedrama, terwijl hij zijn vrouw had doodgestoken.",
        "Volgens de recherche was het een relatiedrama, maar hij vermoordde zijn ex-vriendin.",
        "Volgens de politie was het een gezinsdrama, terwijl hij zijn vrouw had doodgeschoten.",
        "Volgens de politie was het een familiedrama, maar het was femicide.",
        "Het was geen familiedrama; hij doodde zijn ex-vrouw.",
        "De politie sprak van een familiedrama, maar het ging om de moord op een vrouw door haar ex-partner.",
      ],
      "minimising-language",
    );
  });

  it("keeps a label passed on with a plain report of the killing, and leaves a plain report alone", () => {
    expectFlagged(
      [
        "De politie spreekt van een familiedrama: een man heeft zijn vrouw gedood.",
        "Het gezinsdrama kostte een vrouw het leven; haar ex-man wordt verdacht van doodslag.",
        "In de wijk was sprake van een 'familiedrama'. De man had zijn ex-vrouw doodgestoken.",
        "De krant sprak van een relatiedrama; de verdachte is aangehouden voor moord op zijn vrouw.",
        "Volgens de politie was het een familiedrama, maar hij doodde haar niet.",
        "Volgens de politie was het een familiedrama, maar niemand raakte gewond.",
        "Volgens de politie ging het om een familiedrama, terwijl de buren sliepen.",
      ],
      "minimising-language",
    );
    expectClear(["Een man heeft zijn ex-vrouw doodgestoken.", "Hij vermoordde zijn vrouw na jaren van bedreigingen.", "In de flat aan de rand van de stad doodde een man zijn ex-vrouw."]);
  });
});
