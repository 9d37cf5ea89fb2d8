import { describe, it } from "vitest";
import { expectClear, expectFlagged } from "../helpers/framing-expect.js";

// Families of the eighth session's framing readings (helper framing), written for this test: each family in several
// forms (inflections, word orders, verb and noun forms) both ways. A line is scanned as a short text, as the framing
// fixtures are (no topic assumed), and the test asks which framing rules mark it.

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

describe("a de-escalation tip addressed to the victim of a violent partner", () => {
  it("flags advice to the reader or the victim not to anger or provoke him, with his violence in the window", () => {
    expectFlagged(
      [
        "Zorg dat je hem niet provoceert, dan slaat hij minder snel.",
        "Heb je een partner die slaat? Probeer hem niet boos te maken.",
        "Heeft je partner last van woedeaanvallen? Zorg dat je hem niet provoceert, dan slaat hij minder snel.",
        "Het slachtoffer doet er goed aan de pleger niet te provoceren, zodat het geweld niet escaleert.",
        "Slachtoffers kunnen de pleger beter niet provoceren, want dan volgt er geweld.",
        "Als je man je slaat, moet je hem niet uitdagen.",
        "Probeer je partner niet te irriteren als hij gedronken heeft; dan wordt hij minder snel gewelddadig.",
        "Vermijd het je partner te provoceren als hij eerder geweld heeft gebruikt.",
        "Je kunt je partner beter niet uitdagen: hij kan gewelddadig worden.",
        "Zorg dat je hem niet provoceert. Hij sloeg je vorige week nog.",
      ],
      "victim-blaming",
    );
  });

  it("leaves guidance for professionals, relationship advice and tips without violence alone", () => {
    expectClear(
      [
        "Probeer hem niet boos te maken.",
        "Hulpverleners leren hoe ze een agressieve cliënt niet verder provoceren.",
        "Als professional probeer je de pleger niet boos te maken tijdens het gesprek.",
        "Als hulpverlener probeer je de cliënt niet te provoceren, zodat het gesprek niet escaleert in geweld.",
        "Wij zorgen dat medewerkers agressieve cliënten niet provoceren; zo voorkomen we geweld tegen personeel.",
        "De agent leert de-escalerend op te treden bij huiselijk geweld en de pleger niet te provoceren.",
        "In de training leren agenten hoe ze een gewelddadige verdachte niet verder provoceren.",
        "Wil je minder ruzie? Probeer je partner niet te provoceren.",
        "Probeer in een ruzie met je partner niet op de man te spelen.",
        "Probeer je kinderen niet boos te maken voor het slapengaan.",
        "Het is nooit jouw schuld als hij slaat, ook niet als je hem boos maakt.",
      ],
      "victim-blaming",
    );
  });
});
