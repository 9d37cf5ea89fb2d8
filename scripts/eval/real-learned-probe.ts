// Probe (issue 13, lead, fifth session): does a naive Bayes sentence scorer trained on REAL framing sentences (the
// collected half A, kept outside the repository) lift the real check half B and the final pool C beside the rules?
// Counts only. `npx tsx scripts/eval/real-learned-probe.ts <A.json> <B.json> <C.json>`.
import { readFileSync } from "node:fs";
import natural from "natural";
import { defaultEngine } from "../../rules/engine/index.js";
import { lineFlagged, loadFraming, type FramingSentence } from "./framing.js";

type Row = FramingSentence;
const stem = (w: string) => natural.PorterStemmerNl.stem(w);
const feats = (s: string) => {
  const w = (s.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).map(stem);
  return [...w, ...w.slice(1).map((x, i) => `${w[i]}_${x}`)];
};
const [a, b, c] = process.argv.slice(2).map((p) => JSON.parse(readFileSync(p, "utf8")) as Row[]);
const tuning = loadFraming().filter((s) => s.part === "tuning");
const engine = await defaultEngine();
const rule = (s: Row) => lineFlagged(engine, { before: s.context_before, sentence: s.sentence, after: s.context_after }, "probe");
for (const [name, train] of [["real A", a], ["real A + framing tuning", [...a, ...tuning]]] as const) {
  const cl = new natural.BayesClassifier();
  for (const s of train) cl.addDocument(feats(s.sentence), s.label);
  cl.train();
  const p = (s: string) => {
    const r = cl.getClassifications(feats(s));
    const f = r.find((x) => x.label === "FLAG")?.value ?? 0;
    const k = r.find((x) => x.label === "COUNTER")?.value ?? 0;
    return f / (f + k || 1);
  };
  for (const [set, rows] of [["B", b], ["C", c], ["framing validation", loadFraming().filter((s) => s.part === "validation")]] as const) {
    const out: string[] = [];
    for (const t of [null, 0.5, 0.8, 0.95, 0.99]) {
      const flagged = (s: Row) => rule(s) || (t !== null && p(s.sentence) >= t);
      const F = rows.filter((s) => s.label === "FLAG");
      const C = rows.filter((s) => s.label === "COUNTER");
      out.push(`${t === null ? "rules" : `|p>=${t}`}: F ${F.filter(flagged).length}/${F.length} C ${C.filter(flagged).length}/${C.length}`);
    }
    console.log(`train ${name}, test ${set}: ${out.join("; ")}`);
  }
}
