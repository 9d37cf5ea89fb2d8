import { readFileSync } from "node:fs";
import { mixedHash } from "./hash-half.js";

// Labelled excerpt files (test/fixtures/coverage/excerpts-status.txt): "=== <id> <genre>" opens an excerpt,
// "expect <check> <status>" lines follow, then its text up to the next "===". Split A/B by a hash of the id.

export interface Excerpt {
  id: string;
  genre: string;
  expects: Array<{ check: string; status: string }>;
  text: string;
}

/** The excerpts of a file: "=== <id> <genre>", "expect <check> <status>" lines, then the text up to the next "===". */
export function excerptsOf(path: string): Excerpt[] {
  const out: Excerpt[] = [];
  let cur: Excerpt | undefined;
  const lines: string[] = [];
  const close = () => {
    if (cur) out.push({ ...cur, text: lines.join("\n").trim() });
    lines.length = 0;
  };
  for (const l of readFileSync(path, "utf8").split("\n")) {
    const open = /^===\s+(\S+)\s*(\S*)/.exec(l);
    if (open) {
      close();
      cur = { id: open[1], genre: open[2], expects: [], text: "" };
      continue;
    }
    if (!cur) continue; // the header comments
    const e = /^expect\s+(\S+)\s+(present|partial|missing)\s*$/.exec(l);
    if (e && lines.length === 0) cur.expects.push({ check: e[1], status: e[2] });
    else lines.push(l);
  }
  close();
  return out;
}

/**
 * The salt of the split: the first (0-999) whose halves are closest in excerpts, present and non-present labels,
 * chosen from the label counts alone before any rule was changed (as split.ts chose the devset-2 split).
 */
export const SPLIT_SALT = 63;

/** A mixed hash of salt and id (hash-half.ts; FNV's low bit alone is the parity of the characters): fixed by the id. */
export function halfOf(id: string): "A" | "B" {
  return mixedHash(`${SPLIT_SALT}:${id}`) % 2 === 0 ? "A" : "B";
}
