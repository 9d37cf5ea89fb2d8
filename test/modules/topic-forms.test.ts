import { describe, expect, it } from "vitest";
import { sha1Half } from "../../scripts/eval/hash-half.js";
import { showTopicLines, topicLines } from "../helpers/topic-lines.js";

// Every form of violence in the Convention's scope on topic in a line or a paragraph, hard controls off
// (test/fixtures/coverage/topic-forms.txt, written before the code; helper topic-ctrl). Split by the SHA-1 of the
// text: half A was built from and must be right throughout; half B was the check and keeps its measured floor.
const lines = topicLines("topic-forms.txt", sha1Half);
// Half A's known misses: the family for them ("thuis … agressie", "thuis onder druk … gezet") was built and taken out
// again, because it cost blind set 2 a non-present line (docs/decisions.md, topic-ctrl).
const KNOWN_MISSES = ["Mannen die thuis hun agressie niet onder controle hebben", "Jongeren die thuis onder druk worden gezet"];
const known = (text: string) => KNOWN_MISSES.some((k) => text.startsWith(k));

describe("topic reading of the Convention's forms in a paragraph, and hard controls", () => {
  it("has 100+ on-topic lines and 50+ hard controls", () => {
    expect(lines.filter((l) => l.expect === "on").length).toBeGreaterThanOrEqual(100);
    expect(lines.filter((l) => l.expect === "off").length).toBeGreaterThanOrEqual(50);
  });

  it("keeps every hard control off topic", () => {
    expect(showTopicLines(lines.filter((l) => l.expect === "off" && l.actual !== "off"))).toBe("");
  });

  it("reads every line of half A right", () => {
    expect(showTopicLines(lines.filter((l) => l.half === "A" && l.actual !== l.expect && !known(l.text)))).toBe("");
  });

  it("reads half B's on-topic lines at least as well as measured (44 of 62 after round 3)", () => {
    const b = lines.filter((l) => l.half === "B" && l.expect === "on");
    expect(b.filter((l) => l.actual === "on").length).toBeGreaterThanOrEqual(44);
  });
});
