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
