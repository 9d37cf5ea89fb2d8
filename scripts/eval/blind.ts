import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type Engine, type ScanResult } from "../../rules/engine/index.js";
import { evaluateDocs, type DevsetReport, type LabelledDoc } from "./devset.js";
import { flagsSpan } from "./framing.js";

// The blind writers' held-out halves (test/fixtures/blind/README.md): aggregates only, never per line, so no
// vocabulary leaks from them into rules.

const DIR = join(PACKAGE_ROOT, "test/fixtures/blind");

/**
 * The held-out sets, each with `coverage-holdout.txt`, `framing-holdout.txt`, `labels.json` and `docs/`: set 1 is the
 * held-out half of the 2026-12-06 writers (its other half was tuned on); set 2 was written on 2026-12-07 by new
 * writers and no rule helper saw any of it (set2/README.md); set 3, written the same day by a fourth writer, is
 * measurement only (set3/README.md).
 */
export const BLIND_SETS: ReadonlyArray<{ name: string; dir: string }> = [
  { name: "set 1", dir: DIR },
  { name: "set 2", dir: join(DIR, "set2") },
  { name: "set 3", dir: join(DIR, "set3") },
];

export interface Rate {
  ok: number;
  n: number;
}

/** A line of the blind formats: `<head…> :: text`, "\n" for a line break. */
export function blindLines(file: string): Array<{ head: string[]; text: string }> {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.includes(" :: ") && !l.startsWith("#"))
    .map((l) => {
      const at = l.indexOf(" :: ");
      return { head: l.slice(0, at).trim().split(/\s+/), text: l.slice(at + 4).replace(/\\n/g, "\n") };
    });
}

/** A framing text with its target sentence marked by [[ ]] (or none: the whole text), as scanned text and span. */
export function framingTarget(body: string): { text: string; start: number; end: number } {
  const open = body.indexOf("[[");
  const close = body.indexOf("]]");
  if (open < 0 || close < open) return { text: body, start: 0, end: body.length };
  return { text: body.slice(0, open) + body.slice(open + 2, close) + body.slice(close + 2), start: open, end: close - 2 };
}

export interface BlindReport {
  coverage: { present: Rate; nonPresent: Rate; onTopic: Rate; topicOn: Rate; topicOff: Rate };
  /** Present lines per check, and how many of them were read as off topic: where held-out recall is lost (counts only). */
  presentByCheck: Map<string, Rate & { offTopic: number }>;
  framing: { flag: Rate; counterFlagged: Rate };
  /** FLAG lines per framing type (counts only). */
  flagByType: Map<string, Rate>;
  docs: DevsetReport;
}

const rate = (): Rate => ({ ok: 0, n: 0 });
const add = (r: Rate, ok: boolean) => {
  r.n++;
  if (ok) r.ok++;
};

/** Coverage lines scored: rates over all lines, and present lines per check with how many were read as off topic. */
export interface CoverageScore {
  coverage: BlindReport["coverage"];
  presentByCheck: BlindReport["presentByCheck"];
}

/**
 * Scores coverage lines (`<check> <status> :: text`, `topic <on|off> :: text`), each scanned on its own; `onLine`
 * sees every line with its result (for tools that list lines of material they may read).
 */
export function scoreCoverageLines(
  engine: Engine,
  lines: Iterable<{ head: string[]; text: string }>,
  title: string,
  onLine?: (line: { head: string[]; text: string }, result: ScanResult) => void,
): CoverageScore {
  const coverage = { present: rate(), nonPresent: rate(), onTopic: rate(), topicOn: rate(), topicOff: rate() };
  const presentByCheck = new Map<string, Rate & { offTopic: number }>();
  for (const line of lines) {
    const { head, text } = line;
    const result = engine.scan(text, { title });
    onLine?.(line, result);
    if (head[0] === "topic") {
      add(head[1] === "on" ? coverage.topicOn : coverage.topicOff, (head[1] === "on") === result.document.onTopic);
      continue;
    }
    add(coverage.onTopic, result.document.onTopic);
    const status = result.coverage.find((c) => c.check === head[0])?.status;
    if (head[1] === "present") {
      add(coverage.present, status === "present");
      const c = presentByCheck.get(head[0]) ?? { ok: 0, n: 0, offTopic: 0 };
      add(c, status === "present");
      if (!result.document.onTopic) c.offTopic++;
      presentByCheck.set(head[0], c);
    } else add(coverage.nonPresent, status !== "present");
  }
  return { coverage, presentByCheck };
}

export function evaluateBlind(engine: Engine, dir: string = DIR): BlindReport {
  const { coverage, presentByCheck } = scoreCoverageLines(engine, blindLines(join(dir, "coverage-holdout.txt")), "blind");
  const flagByType = new Map<string, Rate>();
  const framing = { flag: rate(), counterFlagged: rate() };
  for (const { head, text: body } of blindLines(join(dir, "framing-holdout.txt"))) {
    const { text, start, end } = framingTarget(body);
    const flagged = flagsSpan(engine.scan(text, { title: "blind" }), start, end).length > 0;
    add(head[0] === "F" ? framing.flag : framing.counterFlagged, flagged);
    if (head[0] === "F") {
      const t = flagByType.get(head[1] ?? "?") ?? rate();
      add(t, flagged);
      flagByType.set(head[1] ?? "?", t);
    }
  }
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Array<Omit<LabelledDoc, "set" | "part" | "text">>;
  // Scored like the validation part ("set" only names a fixture directory, which evaluateDocs does not read).
  const docs = labels.map((d): LabelledDoc => ({ ...d, set: "devset", part: "validation", text: readFileSync(join(dir, "docs", d.file), "utf8") }));
  return { coverage, presentByCheck, framing, flagByType, docs: evaluateDocs(engine, docs) };
}
