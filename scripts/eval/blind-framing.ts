// Scores a framing file in the blind writers' format (`<F|C> <type> :: text`, the target sentence between [[ ]]
// when context is given, else the whole text). Usage: npx tsx scripts/eval/blind-framing.ts FILE [-v|-a]
import { defaultEngine } from "../../rules/engine/index.js";
import { blindLines, framingTarget } from "./blind.js";
import { flagsSpan } from "./framing.js";

const [file, flag] = process.argv.slice(2);
const engine = await defaultEngine();
const tally = { F: { n: 0, hit: 0 }, C: { n: 0, hit: 0 } };
const byType = new Map<string, { n: number; hit: number }>();
for (const { head, text: body } of blindLines(file)) {
  const [label, type] = head as ["F" | "C", string];
  if (label !== "F" && label !== "C") continue;
  const { text, start, end } = framingTarget(body);
  const by = flagsSpan(engine.scan(text, { title: "blind" }), start, end);
  const t = byType.get(`${label} ${type}`) ?? { n: 0, hit: 0 };
  for (const c of [tally[label], t]) {
    c.n++;
    if (by.length) c.hit++;
  }
  byType.set(`${label} ${type}`, t);
  const wrong = (label === "F") !== by.length > 0;
  const line = `${type} :: ${body}${by.length ? `  [${by.join(",")}]` : ""}`;
  if (flag === "-v" && wrong) console.log(`${label === "F" ? "MISS" : "FP  "} ${line}`);
  if (flag === "-a") console.log(`${wrong ? "XX" : "ok"} ${label} ${line}`);
}
for (const [k, v] of byType) console.log(`${k}: ${v.hit}/${v.n}`);
console.log(`F flagged ${tally.F.hit}/${tally.F.n}, C flagged ${tally.C.hit}/${tally.C.n}`);
