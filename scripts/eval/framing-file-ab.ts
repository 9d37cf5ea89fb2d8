// A/B check for one framing line file (F/C lines, format of test/fixtures/framing/paraphrases.txt): each line goes to
// half A or B by a hash of its sentence, so a line keeps its half when lines are added or reordered. Build from half
// A's errors, check on B. Reads only the tuning file it is given, never a held-out one.
// Usage: npx tsx scripts/eval/framing-file-ab.ts blaming-families.txt [-v]   (-v lists half A's errors)
import { defaultEngine } from "../../rules/engine/index.js";
import { framingLines, lineFlagged } from "./framing.js";

const file = process.argv[2];
if (!file || /blind\/|sentences\.json|devset2/.test(file)) throw new Error("usage: framing-file-ab.ts <framing line file in test/fixtures/framing> [-v]");
const verbose = process.argv.includes("-v");

/** FNV-1a over the sentence: a stable half that does not depend on the line's position. */
function half(s: string): "A" | "B" {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? "A" : "B";
}

const engine = await defaultEngine();
const rows = framingLines(file).map((l) => ({ ...l, half: half(l.sentence), hit: lineFlagged(engine, l, "file-ab") }));
for (const h of ["A", "B"]) {
  const mine = rows.filter((r) => r.half === h);
  const f = mine.filter((r) => r.label === "F");
  const c = mine.filter((r) => r.label === "C");
  const types = [...new Set(c.map((r) => r.type))].sort();
  const perType = types.map((t) => `${t} ${c.filter((r) => r.type === t && r.hit).length}/${c.filter((r) => r.type === t).length}`).join(", ");
  console.log(`${h}: FLAG flagged ${f.filter((r) => r.hit).length}/${f.length}, COUNTER flagged ${c.filter((r) => r.hit).length}/${c.length} (${perType})`);
  if (verbose && h === "A") for (const r of mine) if (r.hit !== (r.label === "F")) console.log(`  ${r.label === "F" ? "MISS" : "FP  "} ${r.type} :: ${r.before ? `${r.before} || ` : ""}${r.sentence}${r.after ? ` || ${r.after}` : ""}`);
}
