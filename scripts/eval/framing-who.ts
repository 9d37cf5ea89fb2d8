// Which rules flag each line of a framing line file, with its hash half: to check that the right rule speaks (a
// circumstance as the subject of "lokt … uit" is stress causation, not victim blaming; helper fr-stress2).
// Usage: npx tsx scripts/eval/framing-who.ts <file in test/fixtures/framing> [A|B]   (lines of one half only)
import { defaultEngine } from "../../rules/engine/index.js";
import { flagsSpan, framingLines } from "./framing.js";
import { hashHalf } from "./hash-half.js";

const [file, only] = process.argv.slice(2);
if (!file) throw new Error("usage: framing-who.ts <file> [A|B]");
const engine = await defaultEngine();
for (const l of framingLines(file)) {
  if (only && "AB"[hashHalf(`${l.before}|${l.sentence}|${l.after}`)] !== only) continue;
  const pre = l.before ? `${l.before} ` : "";
  const result = engine.scan(`${pre}${l.sentence}${l.after ? ` ${l.after}` : ""}`, { title: "who" });
  const rules = [...new Set(flagsSpan(result, pre.length, pre.length + l.sentence.length))];
  console.log(`${l.label} ${l.type.padEnd(8)} [${rules.join(", ") || "-"}] ${l.sentence}`);
}
