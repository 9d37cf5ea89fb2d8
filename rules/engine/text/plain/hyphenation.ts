import { NO_PLAIN_TEXT_CUES, type HyphenWords } from "./layout-cues.js";

// Line-end hyphens in PDF text: a soft break ("geval-|len" → "gevallen") is joined without the
// hyphen; a real hyphen ("VNG-|werkgroep", "2019-|2023", "augustus-|september") is kept; a
// suspended compound ("zorg- |en veiligheid") keeps its space. The months, prefixes and conjunctions that decide
// are the corpus's (lexicon "hyphenation", HyphenWords); capitals, digits, vowels and the document's own words are here.

export type HyphenDecision = "drop" | "keep" | "space";

/** The lower-case words of a text, to confirm a join ("gevallen" occurs elsewhere). */
export function documentVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  const re = /[\p{L}]+(?:-[\p{L}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length >= 4) words.add(m[0].toLowerCase());
  }
  return words;
}

export function decideHyphen(left: string, right: string, vocabulary: Set<string>, words: HyphenWords = NO_PLAIN_TEXT_CUES.hyphenation): HyphenDecision {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (right === "" || words.conjunctions.has(r)) return "space";
  if (/\d$/.test(left) || /^\d/.test(right)) return "keep";
  if (left.length >= 2 && left === left.toUpperCase()) return "keep"; // "VNG-werkgroep", "GGZ-instellingen"
  if (/^\p{Lu}/u.test(right)) return "keep"; // "Noord-Holland", "ACB-Kenniscentrum"
  if (words.months.has(l) && words.months.has(r)) return "keep";
  // The document itself decides when it uses either form elsewhere.
  const joinedWord = l + r;
  const hyphenated = `${l}-${r}`;
  if (vocabulary.has(hyphenated) && !vocabulary.has(joinedWord)) return "keep";
  if (vocabulary.has(joinedWord)) return "drop";
  if (words.prefixes.has(l)) return "keep";
  // Dutch writes a hyphen where two vowels would merge ("zee-egel", "politie-inzet").
  const a = l.slice(-1);
  const b = r.charAt(0);
  if ("aeiou".includes(a) && a === b) return "keep";
  if (l.endsWith("ie") && b === "i") return "keep";
  return "drop";
}
