// Lists lines added since a revision that share runs of six words with a collection of real pages kept outside the
// repository (which may not be copied into it): `npx tsx scripts/eval/quote-scan.ts <base-rev> <folder | sentences.json>...`.
// Prints file, number of shared runs and the first of them; ordinary phrasing and seed quotes will show up too, so
// read the list rather than fail on it. Issue 13, lead, fifth session.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const RUN = 6;
const words = (s: string) => s.toLowerCase().match(/[a-zà-ÿ0-9]+/g) ?? [];
const runsOf = (s: string) => {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(" "));
  return out;
};

function textsIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return (JSON.parse(readFileSync(path, "utf8")) as Array<{ sentence: string }>).map((s) => s.sentence);
  const texts: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name);
    if (entry.isDirectory()) for (const t of textsIn(p)) texts.push(t);
    else if (entry.name.endsWith(".txt")) texts.push(readFileSync(p, "utf8"));
  }
  return texts;
}

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error("usage: tsx scripts/eval/quote-scan.ts <base-rev> <folder | sentences.json>...");
  process.exit(2);
}
const collection = new Set<string>();
for (const p of paths) for (const t of textsIn(p)) for (const r of runsOf(t)) collection.add(r);
const diff = execFileSync("git", ["diff", "-U0", base, "HEAD", "--", ".", ":!docs/real-collection.json"], { encoding: "utf8", maxBuffer: 1 << 28 });
let file = "";
let found = 0;
for (const line of diff.split("\n")) {
  if (line.startsWith("+++ ")) file = line.slice(6);
  else if (line.startsWith("+")) {
    const shared = runsOf(line.slice(1)).filter((r) => collection.has(r));
    if (shared.length === 0) continue;
    found++;
    console.log(`${file}: ${shared.length} | ${shared[0]}`);
  }
}
console.log(`${found} added lines share a run of ${RUN} words with the collection`);
