import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../rules/engine/index.js";

/**
 * A synthetic regiovisie of about `mb` megabytes: the five seeds repeated as numbered chapters, with
 * the chapter number woven into the text so sentences are not byte-identical.
 */
export function synthetic(mb: number): string {
  const dir = join(PACKAGE_ROOT, "corpus/seeds");
  const seeds = ["000_aebb627c7b8c77a9.txt", "001_e0ca3ccb0919fb06.txt", "002_f2fef7eb1205b7d1.txt", "003_2d9c4895bf856dd0.txt", "004_9b889df47aee07a1.txt"].map(
    (f) => readFileSync(join(dir, f), "utf8"),
  );
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const chunk = `Hoofdstuk ${i + 1} Deel ${i + 1} van de regiovisie\n\n${seeds[i % seeds.length].replace(/\b2019\b/g, String(2000 + (i % 30)))}\n\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return parts.join("").slice(0, target);
}
