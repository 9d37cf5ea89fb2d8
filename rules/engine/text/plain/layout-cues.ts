import { captionCues, type CaptionCues } from "../captions.js";
import type { TermsOf } from "../sections.js";
import { literalAlternation, wordAlternation } from "../word-pattern.js";

// The words of plain-text layout (lexicons "plain-headings", "page-furniture", "footnotes", "hyphenation"), compiled once per engine
// into the expressions below. The mechanism stays here: where a word must stand (at the start of the line, at its
// end, alone on it), the number shapes after it, and the punctuation around it.

/** The layout vocabulary of plain text, as used by the plain-text normaliser. Null where the corpus has no words. */
export interface PlainTextCues {
  /** A whole line that is a part word and its number, with an optional title: "Hoofdstuk 3", "Bijlage 2 Definities". */
  partHeading: RegExp | null;
  /** The part word and number that open a contents entry ("Hoofdstuk 3 " of "Hoofdstuk 3 Eerder en beter in beeld 17"). */
  partPrefix: RegExp | null;
  /** A part word whose heading is one level down ("Paragraaf 3 …" is level 2). */
  subpart: RegExp | null;
  /** A line that is only a top-level heading word, a colon allowed ("Samenvatting", "Inleiding:"). */
  topHeading: RegExp | null;
  /** A function word at the end of a line: the sentence runs on, the line is no heading. */
  functionWordEnd: RegExp | null;
  /** A cross-reference at the start of a line ("Zie paragraaf 2.3"): no heading. */
  crossReference: RegExp | null;
  /** The title that opens a table of contents ("Inhoudsopgave", "Table of contents"). */
  contentsTitle: RegExp | null;
  /** A page label: a bare number, or with a page word before and a count after ("- 3 -", "blz. 3", "3 van 40"). */
  pageLabel: RegExp;
  /** A page label that says it is one ("Pagina 3 van 40"): dropped wherever it stands. */
  explicitPageLabel: RegExp | null;
  /** A word before which a number is no footnote marker ("artikel 4", "tabel 2"), at the end of the text before it. */
  abbreviationBeforeNumber: RegExp | null;
  /** What makes a numbered line at the foot of a page read like a citation: a year, a web address, "zie", "p. 4". */
  citationLike: RegExp;
  /** The words that decide a hyphen at the end of a line. */
  hyphenation: HyphenWords;
  /** Photo credits of news pages ("Foto: ANP"), cut from the text; the Markdown reader uses them too. */
  captions: CaptionCues;
}

/** Words that decide a line-end hyphen, lower case (lexicon "hyphenation"). */
export interface HyphenWords {
  /** The part after the hyphen is one of these: a part was left out ("hulp- en"), the space stays. */
  conjunctions: ReadonlySet<string>;
  /** Both parts are months ("augustus-september"): the hyphen stays. */
  months: ReadonlySet<string>;
  /** The part before is a prefix written with a hyphen ("ex-partner"): the hyphen stays. */
  prefixes: ReadonlySet<string>;
}

/** The number after a part word: arabic, roman or a capital letter ("Hoofdstuk 3", "Deel IV", "Bijlage A"), then "." or ":". */
const PART_NUMBER = String.raw`\s+(?:[0-9]{1,2}|[IVXLC]{1,6}|[A-Z])\b[.:]?`;
/** A page number, with dashes around it as page footers print it ("- 3 -"). */
const PAGE_NUMBER = String.raw`[-–—]?\s*\d{1,4}\s*[-–—]?`;
/** The page count after "van"/"of" or a slash. */
const PAGE_COUNT = String.raw`\s*\d{1,4}`;
/** A year of this or the previous century, a web address: shapes of a citation. */
const CITATION_SHAPES = [String.raw`\b(?:19|20)\d{2}\b`, String.raw`https?:\/\/`, String.raw`www\.`];

/** Compiles the plain-text layout vocabulary from the lexicons. */
export function plainTextCues(termsOf: TermsOf): PlainTextCues {
  const words = (...ids: string[]) => wordAlternation(ids.flatMap((id) => termsOf(id)));
  // Literal, without word boundaries, for words whose ending the mechanism decides ("blz." and "p." end in a dot; a
  // page label allows "pagina3").
  const literal = (...ids: string[]) => literalAlternation(ids.flatMap((id) => termsOf(id)));
  const lowerCase = (id: string) => new Set(termsOf(id).map((t) => t.text.toLowerCase()));
  const compile = (source: string | null, wrap: (alt: string) => string, flags = "i") => (source ? new RegExp(wrap(source), flags) : null);

  const parts = words("plain-part-word", "plain-subpart-word");
  const pageWords = literal("page-word", "page-abbreviation");
  const countWords = [literal("page-count-word"), "\\/"].filter(Boolean).join("|");
  const count = `(?:\\s*(?:${countWords})${PAGE_COUNT})?`;
  const citationWords = words("citation-word");
  const citationPage = literal("citation-page");
  return {
    partHeading: compile(parts, (a) => `^(?:${a})${PART_NUMBER}(?:\\s+\\S.*)?$`),
    partPrefix: compile(parts, (a) => `^(?:${a})${PART_NUMBER}\\s*`),
    subpart: compile(words("plain-subpart-word"), (a) => `^(?:${a})`),
    topHeading: compile(words("plain-top-heading"), (a) => `^(?:${a})\\s*:?$`),
    functionWordEnd: compile(words("plain-heading-function-end"), (a) => `(?:${a})$`),
    crossReference: compile(words("plain-cross-reference"), (a) => `^(?:${a})`),
    contentsTitle: compile(words("contents-title"), (a) => `^(?:${a})`),
    pageLabel: new RegExp(`^${pageWords ? `(?:(?:${pageWords})\\s*)?` : ""}${PAGE_NUMBER}${count}$`, "i"),
    explicitPageLabel: compile(literal("page-word"), (a) => `^(?:${a})\\s+\\d{1,4}${count}$`),
    abbreviationBeforeNumber: compile(words("number-abbreviation"), (a) => `(?:${a})\\.?$`),
    citationLike: new RegExp(
      [...CITATION_SHAPES, citationWords, citationPage ? `\\b(?:${citationPage})\\s*\\d` : null].filter(Boolean).join("|"),
      "i",
    ),
    hyphenation: { conjunctions: lowerCase("hyphen-conjunction"), months: lowerCase("hyphen-month"), prefixes: lowerCase("hyphen-prefix") },
    captions: captionCues(termsOf),
  };
}

/** No vocabulary: page numbers, numbered headings, enumerations and citation shapes only. */
export const NO_PLAIN_TEXT_CUES: PlainTextCues = plainTextCues(() => []);
