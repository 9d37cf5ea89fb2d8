import { describe, expect, it } from "vitest";
import { hashHalf } from "../../scripts/eval/hash-half.js";
import { showTopicLines, topicLines } from "../helpers/topic-lines.js";

// On-topic reading robust both ways (issue 13 point 3; test/fixtures/coverage/topic-robust.txt, written before the
// code): hard controls of 300-2,000 characters on neighbouring subjects (integral safety, mantelzorg, inburgering, a
// rainbow agenda, debts, school, sport …) with one passing mention of domestic violence stay off topic, and a sentence
// or paragraph of domestic-violence policy in gender, prevention or migrant words stays on. Split by the hash of the
// text: half A was built from and must be right throughout; half B was the check and keeps its measured floor.
const lines = topicLines("topic-robust.txt", hashHalf);

describe("topic reading, hard controls and on-topic lines", () => {
  it("has 25+ hard controls of 300-2,000 characters and 40+ on-topic lines", () => {
    expect(lines.filter((l) => l.expect === "off" && l.text.length >= 300 && l.text.length <= 2000).length).toBeGreaterThanOrEqual(25);
    expect(lines.filter((l) => l.expect === "on").length).toBeGreaterThanOrEqual(40);
  });

  it("keeps every hard control off topic", () => {
    expect(showTopicLines(lines.filter((l) => l.expect === "off" && l.actual !== "off"))).toBe("");
  });

  it("reads every line of half A right", () => {
    expect(showTopicLines(lines.filter((l) => l.half === "A" && l.actual !== l.expect))).toBe("");
  });

  it("reads half B's on-topic lines at least as well as measured (33 of 41 after topic-ctrl)", () => {
    const b = lines.filter((l) => l.half === "B" && l.expect === "on");
    expect(b.filter((l) => l.actual === "on").length).toBeGreaterThanOrEqual(33);
  });
});
