// Dutch match keys. natural's PorterStemmerNl does the stemming; two small repairs make singular
// and plural meet where it does not: "-ies/-jes/-es" plurals keep their -s ("evaluaties"), and
// stems that end in a doubled consonant ("mannen" → "mann") are undoubled.
import stemmerNl from "natural/lib/natural/stemmers/porter_stemmer_nl.js";

const stemmer = stemmerNl as { stem(word: string): string };
const cache = new Map<string, string>();

/** Lower case, diacritics folded, curly apostrophes straightened: "Cliënt’s" → "client's". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9+\-&/]*$/.test(lower)) return lower;
  return lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`´]/g, "'");
}

export function matchKey(folded: string): string {
  let k = cache.get(folded);
  if (k !== undefined) return k;
  if (!/^[a-z]/.test(folded) || folded.length < 3) {
    k = folded;
  } else {
    let w = folded;
    if (w.length > 4 && /(?:ie|je|e)s$/.test(w)) w = w.slice(0, -1);
    k = stemmer.stem(w).replace(/([bcdfghjklmnpqrstvwxz])\1$/, "$1");
  }
  if (cache.size > 500_000) cache.clear();
  cache.set(folded, k);
  return k;
}
