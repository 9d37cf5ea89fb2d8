// Probe (issue 13, lead, fourth session): would a learned sentence scorer, trained on the framing tuning material only,
// add recall beside the rules? Trains natural's naive Bayes on word and bigram stems of the tuning lines; prints
// A->B cross-validation on the tuning material, then counts (never sentences) on the held-out halves.
// `npx tsx scripts/eval/framing-learned-probe.ts` (about a minute). Findings: docs/decisions.md (lead, fourth session).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine, PACKAGE_ROOT } from "../../rules/engine/index.js";
import { BLIND_SETS, blindLines, framingTarget } from "./blind.js";
import { framingLines, lineFlagged, loadFraming } from "./framing.js";
import { sha1Half } from "./hash-half.js";
import { trainScorer } from "./sentence-scorer.js";

type Item = { label: "F" | "C"; before: string; sentence: string; after: string };
const train = (items: Item[]) => trainScorer("naive Bayes", items.map((it) => ({ sentence: it.sentence, flag: it.label === "F" })));

const tuning = loadFraming().filter((s) => s.part === "tuning");
const files = readdirSync(join(PACKAGE_ROOT, "test/fixtures/framing")).filter((f) => f.endsWith(".txt"));
const items: Item[] = [
  ...tuning.map((s) => ({ label: (s.label === "FLAG" ? "F" : "C") as "F" | "C", before: s.context_before, sentence: s.sentence, after: s.context_after })),
  ...files.flatMap((f) => framingLines(f)),
];
const engine = await defaultEngine();
const ruled = new Map(items.map((it) => [it, lineFlagged(engine, it, "probe")]));
const thresholds = [0.5, 0.8, 0.95, 0.99];
const report = (name: string, rows: Array<{ label: "F" | "C"; rule: boolean; p: number }>) => {
  const F = rows.filter((r) => r.label === "F");
  const C = rows.filter((r) => r.label === "C");
  const line = (t: number | null) => {
    const flag = (r: (typeof rows)[0]) => r.rule || (t !== null && r.p >= t);
    return `${t === null ? "rules" : `rules|p>=${t}`}: FLAG ${F.filter(flag).length}/${F.length} COUNTER ${C.filter(flag).length}/${C.length}`;
  };
  console.log(`${name}: ${[null, ...thresholds].map(line).join("; ")}`);
};
// Cross-validation inside the tuning material.
const half = (it: Item) => sha1Half(`${it.before}|${it.sentence}|${it.after}`);
for (const [trainBit, testBit] of [[0, 1], [1, 0]]) {
  const c = train(items.filter((it) => half(it) === trainBit));
  report(`tuning, train ${trainBit ? "B" : "A"} test ${testBit ? "B" : "A"}`, items.filter((it) => half(it) === testBit).map((it) => ({ label: it.label, rule: ruled.get(it)!, p: c(it.sentence) })));
}
// Held out: counts only.
const c = train(items);
const validation = loadFraming().filter((s) => s.part === "validation");
report("framing validation half", validation.map((s) => ({ label: s.label === "FLAG" ? "F" : "C", rule: lineFlagged(engine, { before: s.context_before, sentence: s.sentence, after: s.context_after }, "probe"), p: c(s.sentence) })));
for (const { name, dir } of BLIND_SETS) {
  const rows = blindLines(join(dir, "framing-holdout.txt")).map(({ head, text: body }) => {
    const { text, start, end } = framingTarget(body);
    const r = engine.scan(text, { title: "probe" });
    const checks = new Set(r.coverage.map((x) => x.check));
    const rule = r.findings.some((f) => f.location && !checks.has(f.ruleId) && (f.module === "gender" || f.ruleId === "istanbul/art-48-no-mandatory-mediation") && f.location.offset < end && start < f.location.offset + f.location.length);
    return { label: (head[0] === "F" ? "F" : "C") as "F" | "C", rule, p: c(text.slice(start, end)) };
  });
  report(`blind ${name} framing lines`, rows);
}
