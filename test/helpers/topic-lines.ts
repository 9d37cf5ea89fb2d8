import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine } from "../../rules/engine/index.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

// Topic line files (test/fixtures/coverage/topic-*.txt): `topic <on|off> :: <text>` lines, each scanned on its own and
// placed in half A (built from) or B (the check) by a hash of its text.
const engine = await defaultEngine();

export interface TopicLine {
  expect: string;
  text: string;
  line: number;
  half: "A" | "B";
  actual: "on" | "off";
}

/** The topic lines of a file in test/fixtures/coverage, scanned (titled by the file's name), with their half by `halfOf` (0 = A). */
export function topicLines(file: string, halfOf: (text: string) => number): TopicLine[] {
  const title = file.replace(/\.txt$/, "");
  return readFileSync(join(PACKAGE_ROOT, "test/fixtures/coverage", file), "utf8")
    .split("\n")
    .map((l, i) => ({ m: /^topic\s+(on|off)\s*::\s*(.*)$/.exec(l.trim()), line: i + 1 }))
    .filter((l) => l.m)
    .map(({ m, line }) => {
      const text = m![2].replace(/\\n/g, "\n");
      const on = engine.scan(text, { title }).document.onTopic;
      return { expect: m![1], text, line, half: halfOf(text) === 0 ? "A" : "B", actual: on ? "on" : "off" };
    });
}

/** The lines as a readable list, for an assertion that expects none. */
export const showTopicLines = (rs: TopicLine[]): string => rs.map((r) => `L${r.line} (${r.half}) expected ${r.expect}, got ${r.actual}: ${r.text.slice(0, 120)}`).join("\n");
