import { describe, it } from "vitest";
import { expectClear, expectFlagged } from "../helpers/framing-expect.js";

// Families of the ninth session's framing readings (helper framing5), written for this test: each family in several
// forms both ways. A line is scanned as a short text (no topic assumed), as in gender-framing-s9.

describe("poor communication in verb form as the cause of the violence", () => {
  it("flags partners who do not communicate well, with the idiom's own negation", () => {
    expectFlagged(
      [
        "Partnergeweld ontstaat doordat partners niet goed met elkaar communiceren.",
        "Huiselijk geweld komt vaak doordat de partners slecht met elkaar communiceren.",
        "Geweld tussen partners ontstaat als zij niet goed communiceren.",
        "Partnergeweld komt voort uit het feit dat partners langs elkaar heen praten.",
        "Geweld in relaties komt doordat partners elkaar niet goed begrijpen.",
      ],
      "symmetric-conflict-framing",
    );
  });

  it("leaves professionals who communicate badly and a denied cause alone", () => {
    expectClear(
      [
        "Bij huiselijk geweld communiceren de instanties niet goed met elkaar.",
        "Veilig Thuis en het wijkteam communiceren slecht over partnergeweld.",
        "Hulpverleners praten bij huiselijk geweld soms langs elkaar heen.",
        "Partnergeweld ontstaat niet doordat partners slecht communiceren, maar door controle.",
      ],
      "symmetric-conflict-framing",
    );
  });
});

describe("the why-question called a shift of blame", () => {
  it("reads shifting the blame onto her as a refutation of the question", () => {
    expectClear(
      [
        "Wie vraagt waarom zij niet vertrekt, schuift de schuld naar haar.",
        "Wie vraagt waarom zij niet weggaat, verschuift de schuld naar het slachtoffer.",
        "De vraag waarom ze niet bij hem weggaat, schuift het slachtoffer de schuld in de schoenen.",
        "Vragen waarom een vrouw niet vertrekt, schuiven de schuld af op haar.",
      ],
      "victim-blaming",
    );
  });

  it("still flags the why-question asked as a reproach", () => {
    expectFlagged(["Hij sloeg haar. Waarom gaat ze dan niet gewoon weg?", "Hij sloeg haar al jaren. Je vraagt je af waarom zij niet gewoon vertrekt."], "victim-blaming");
  });
});

describe("violence as a way of coping with a circumstance", () => {
  it("flags the violence called a way, means or outlet for frustration or stress", () => {
    expectFlagged(
      [
        "Huiselijk geweld is een manier waarop mensen met frustratie omgaan, vooral als er geldproblemen zijn.",
        "Partnergeweld is voor veel daders een manier om met stress om te gaan.",
        "Huiselijk geweld is vaak een middel om spanning te ontladen.",
        "Huiselijk geweld blijkt voor veel plegers een manier om hun woede af te reageren.",
        "Partnergeweld dient voor sommige mannen als uitlaatklep voor frustratie.",
        "Voor hem was het slaan van zijn vrouw een manier om zijn frustratie af te reageren.",
      ],
      "circumstance-explanation",
    );
  });

  it("leaves the pattern, a denial, and someone else's way of coping alone", () => {
    expectClear(
      [
        "Partnergeweld is een manier om macht en controle uit te oefenen.",
        "Huiselijk geweld is geen manier om met stress om te gaan.",
        "Geweld tegen de partner is nooit een manier om met frustratie om te gaan.",
        "Slachtoffers van huiselijk geweld zoeken een manier om met de stress om te gaan.",
        "Na huiselijk geweld leren kinderen vaak op een goede manier met stress om te gaan.",
        "Hulpverleners bij huiselijk geweld zoeken een manier om met werkdruk om te gaan.",
      ],
      "circumstance-explanation",
    );
  });
});
