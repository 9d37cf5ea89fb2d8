// Scores a framing file in the blind writers' format (`<F|C> <type> :: text`, the target sentence between [[ ]]
// when context is given, else the whole text). Usage: npx tsx scripts/eval/blind-framing.ts FILE [-v]
import { readFileSync } from "node:fs";
import { defaultEngine } from "../../rules/engine/index.js";
import { framingTarget } from "./blind.js";
import { flagsSpan } from "./framing.js";

const [file, flag] = process.argv.slice(2);
const engine = await defaultEngine();
const tally = { F: { n: 0, hit: 0 }, C: { n: 0, hit: 0 } };
const byType = new Map<string, { n: number; hit: number }>();
for (const raw of readFileSync(file, "utf8").split("\n")) {
  const m = /^(F|C)\s+(\S+)\s*::\s*(.*)$/.exec(raw.trim());
  if (!m) continue;
  const body = m[3];
  const { text, start, end } = framingTarget(body);
  const by = flagsSpan(engine.scan(text, { title: "blind" }), start, end);
  const label = m[1] as "F" | "C";
  tally[label].n++;
  if (by.length) tally[label].hit++;
  const t = byType.get(`${label} ${m[2]}`) ?? { n: 0, hit: 0 };
  t.n++;
  if (by.length) t.hit++;
  byType.set(`${label} ${m[2]}`, t);
  const wrong = (label === "F") !== by.length > 0;
  if (flag === "-v" && wrong) console.log(`${label === "F" ? "MISS" : "FP  "} ${m[2]} :: ${body}${by.length ? `  [${by.join(",")}]` : ""}`);
  if (flag === "-a") console.log(`${wrong ? "XX" : "ok"} ${label} ${m[2]} :: ${body}${by.length ? `  [${by.join(",")}]` : ""}`);
}
for (const [k, v] of byType) console.log(`${k}: ${v.hit}/${v.n}`);
console.log(`F flagged ${tally.F.hit}/${tally.F.n}, C flagged ${tally.C.hit}/${tally.C.n}`);
