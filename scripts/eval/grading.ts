// Grading analysis on the TUNING part only (issue 13 point 2): for each label, the status of its checks per
// text against the gold label, with the genre and text length, so that a label missed because a short genre's
// text was graded partial can be told from one whose vocabulary is missing. `npx tsx scripts/eval/grading.ts [label]`.
// Never run on the validation part: it prints texts' names and statuses.
import { defaultEngine } from "../../rules/engine/index.js";
import { checksOf, LABEL_MAP, loadDevset } from "./devset.js";

const engine = await defaultEngine();
const only = process.argv[2];
const docs = loadDevset({ part: "tuning" });
const rows: string[] = [];
const tally = new Map<string, Map<string, number>>();
for (const d of docs) {
  const r = engine.scan(d.text, { title: d.file });
  for (const [label, map] of Object.entries(LABEL_MAP)) {
    if (only && label !== only) continue;
    const ids = checksOf(label);
    const st = ids.map((c) => `${c.split("/")[1]}=${r.coverage.find((x) => x.check === c)?.status}`).join(" ");
    const gold = d.labels[label] ?? false;
    const pred = map.rule((c) => r.coverage.find((x) => x.check === c)?.status, r);
    const key = `${gold ? "G+" : "G-"} ${pred ? "P+" : "P-"}`;
    const stkey = `${gold ? "G+" : "G-"} ${ids.map((c) => r.coverage.find((x) => x.check === c)?.status).join("/")}`;
    const t = tally.get(label) ?? new Map();
    t.set(stkey, (t.get(stkey) ?? 0) + 1);
    tally.set(label, t);
    if (gold !== pred || (gold && only)) rows.push(`${label.padEnd(26)} ${key} ${d.genre.padEnd(14)} ${String(d.text.length).padStart(6)}ch ${st}  ${d.file}${d.borderline_labels.includes(label) ? " (borderline)" : ""}`);
  }
}
for (const row of rows) console.log(row);
if (process.env.TALLY) {
  for (const [label, t] of tally) console.log(label.padEnd(26), [...t.entries()].sort().map(([k, n]) => `${k}:${n}`).join("  "));
}
