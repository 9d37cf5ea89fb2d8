import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";

export const SEEDS = {
  "000": "000_aebb627c7b8c77a9.txt",
  "001": "001_e0ca3ccb0919fb06.txt",
  "002": "002_f2fef7eb1205b7d1.txt",
  "003": "003_2d9c4895bf856dd0.txt",
  "004": "004_9b889df47aee07a1.txt",
} as const;

export function seed(id: keyof typeof SEEDS): string {
  return readFileSync(join(PACKAGE_ROOT, "corpus/seeds", SEEDS[id]), "utf8");
}

/** Equal up to whitespace and hyphenation repair (and glued footnote markers cut from words). */
export function sameModuloRepair(quote: string, original: string): boolean {
  const squash = (s: string) => s.replace(/(\p{Ll}[.,;:’”']?)\d{1,2}(?=[\s.,;:)’”']|$)/gu, "$1").replace(/[\s\-‐–\u00ad]+/g, "");
  return squash(quote) === squash(original);
}
