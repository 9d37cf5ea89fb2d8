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
