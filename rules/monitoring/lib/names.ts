import { createRequire } from "node:module";
import type { Hit, RuleContext } from "../../engine/rule-api.js";

// Parties by their proper name (issue 13 point 1): "Haarlem faciliteert het meldpunt", "Vanaf 2025 financiert
// Apeldoorn de opvang", "gefinancierd door Nijmegen, Arnhem en Ede". There is no sourced list of municipality or
// organisation names, so a name is recognised by its shape: a run of capitalised words. Inside a sentence Dutch
// capitalises names only; at its start every word is capitalised. So the first word of a run must not be a common
// Dutch word: an adverb ("Daarnaast"), pronoun, article or common noun ("Voorlichting") of the Dutch word
// list that ships with natural (its Brill tagger lexicon, mlnl.net/jg/software/bnl). The same holds inside a sentence, where a heading number or a title may stand
// before a capitalised common word ("3.1 De gemeente", "het actieplan Geweld hoort nergens thuis").

type Lexicon = Record<string, string[] | undefined>;
let lexicon: Lexicon | undefined;
const words = (): Lexicon =>
  (lexicon ??= createRequire(import.meta.url)("natural/lib/natural/brill_pos_tagger/data/Dutch/brill_Lexicon.json") as Lexicon);

/** The tagger's mark of a proper noun ("N(eigen,ev,neut)"). */
const PROPER_NOUN_TAG = "N(eigen";
/** A name of more words than this is a title or a heading set in capitals, not a party. */
const NAME_MAX_WORDS = 4;

const capitalised = (s: string) => /^\p{Lu}/u.test(s);

/** Is this sentence-opening word a common Dutch word rather than a name? */
export function commonWord(word: string): boolean {
  // The list has the forms as they occur: "de" and "daarnaast" in lower case, while "Amsterdam" and "Friese" occur
  // capitalised only. A word that also occurs in lower case, as other than a name, is common ("leiden" is a verb, so
  // the city Leiden is missed here: the price of having no list of names).
  return !!words()[word.toLowerCase()]?.some((tag) => !tag.startsWith(PROPER_NOUN_TAG));
}

/**
 * Runs of capitalised words that read as a proper name, one hit per run ("Hollands Midden", "Nijmegen"). A run whose
 * first word is a common Dutch word ("De", "Daarnaast", "Voorlichting") or a word of the corpus lexicons
 * ("Gemeenten", "Slachtoffers") is no name. Numbers and one-letter words end a run.
 */
export function properNames(ctx: RuleContext): Hit[] {
  const t = ctx.doc.tokens;
  const out: Hit[] = [];
  // Where a lexicon word starts, read from the hit rows: asking each sentence for its hits made every hit of the
  // document an object (2.8 million on the 16 MB synthetic document: 135 MB at the peak of the scan, issue 15).
  const known = ctx.hits.startMask();
  for (const s of ctx.doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!capitalised(t.textAt(i)) || t.textAt(i).length < 2) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd && capitalised(t.textAt(j)) && t.textAt(j).length >= 2 && t.start[j] - t.end[j - 1] <= 1) j++;
      // "De Zeeuwse gemeenten", "Daarnaast Parkstad": a common word before a name is no part of it.
      if (known.has(i) || commonWord(t.textAt(i))) {
        i++;
        continue;
      }
      if (j - i <= NAME_MAX_WORDS) {
        out.push({ concept: "proper-name", start: t.start[i], end: t.end[j - 1], tokStart: i, tokEnd: j, sentence: s.index });
      }
      i = j;
    }
  }
  return out;
}
