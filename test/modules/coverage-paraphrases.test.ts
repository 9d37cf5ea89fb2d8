import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

// Paraphrase families of the coverage checks behind the weak labels of issue 13, in the genres real texts come in
// (a plan's measure, a news item, a motion, council questions, a budget line, a short paragraph), each with the
// status the check must give, and near-misses that must stay partial or missing. Written by the project from the
// seeds, the Convention and Dutch municipal policy language (test/fixtures/coverage/paraphrases.txt), never from a
// validation text. Format: `<check> <status> :: <text>`, "\n" for a line break.
const engine = await defaultEngine();

interface Line {
  check: string;
  expect: string;
  text: string;
  /** File and line, e.g. "paraphrases.txt:12". */
  line: string;
}

/**
 * The families: the project's own (paraphrases.txt) and lines taken from a blind writer's tuning half (blind-tune.txt,
 * written by someone who never saw the rules; its other half stays unseen as a holdout).
 */
const FILES = ["paraphrases.txt", "blind-tune.txt"];

function read(pattern: RegExp, check?: string): Line[] {
  const out: Line[] = [];
  for (const file of FILES) {
    const raw = readFileSync(join(PACKAGE_ROOT, "test/fixtures/coverage", file), "utf8").split("\n");
    raw.forEach((l, i) => {
      const m = pattern.exec(l.trim());
      if (m) out.push({ check: check ?? m[1], expect: m[m.length - 2], text: m[m.length - 1].replace(/\\n/g, "\n"), line: `${file}:${i + 1}` });
    });
  }
  return out;
}

const lines = (): Line[] => read(/^(\S+\/\S+)\s+(present|partial|missing)\s*::\s*(.*)$/);
/** On-topic families: `topic <on|off> :: <text>` (issue 13 point 3: one paragraph on any form of violence in scope). */
const topicLines = (): Line[] => read(/^topic\s+(on|off)\s*::\s*(.*)$/, "topic");

const all = lines();
const topics = topicLines().map((l) => ({ ...l, actual: engine.scan(l.text, { title: "paraphrase" }).document.onTopic ? "on" : "off" }));
const results = all.map((l) => {
  const r = engine.scan(l.text, { title: "paraphrase" });
  return { ...l, onTopic: r.document.onTopic, actual: r.coverage.find((c) => c.check === l.check)?.status ?? "none" };
});
const show = (rs: Array<Line & { actual: string }>) => rs.map((r) => `${r.line} ${r.check} expected ${r.expect}, got ${r.actual}: ${r.text}`).join("\n");

describe("coverage paraphrases", () => {
  it("reads a fair number of texts for every check, with near-misses", () => {
    const own = all.filter((l) => l.line.startsWith("paraphrases.txt"));
    const checks = new Set(own.map((l) => l.check));
    for (const c of checks) {
      expect(own.filter((l) => l.check === c && l.expect === "present").length, c).toBeGreaterThanOrEqual(12);
      expect(own.filter((l) => l.check === c && l.expect !== "present").length, c).toBeGreaterThanOrEqual(3);
    }
  });

  it("reads every text as about domestic violence", () => {
    expect(show(results.filter((r) => !r.onTopic))).toBe("");
  });

  it("reads every form of violence in scope as on topic in a paragraph, and controls as off topic", () => {
    expect(topics.filter((t) => t.expect === "on").length).toBeGreaterThanOrEqual(12);
    expect(topics.filter((t) => t.expect === "off").length).toBeGreaterThanOrEqual(5);
    expect(show(topics.filter((t) => t.actual !== t.expect))).toBe("");
  });

  it("gives every paraphrase its status", () => {
    expect(show(results.filter((r) => r.actual !== r.expect))).toBe("");
  });
});
