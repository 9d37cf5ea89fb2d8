import { NO_PLAIN_TEXT_CUES, type PlainTextCues } from "./layout-cues.js";
import { content, type Line } from "./lines.js";

// A table of contents extracted from PDF ("Inhoudsopgave", then "2.1", "Vroeg signalering", "12", …) is
// navigation: its entries must not become headings ("Bijlage 1" would turn the summary that follows into an
// appendix). Yet an entry does tell what the document treats (an excerpt may hold little more), so each entry
// stays as a block of its own (type "contents"); the page numbers are dropped. A line that is only
// "Inhoud(sopgave)" stays a heading, which gives the entries a section of their own. The titles that open a table of
// contents are corpus words (PlainTextCues.contentsTitle); without them no table of contents is recognised.

const PAGE_NUMBER = /^\d{1,3}$/;
const ENTRY_WITH_PAGE = /(?:\.{3,}|…+|[\p{L}\d][)?]?)\s+\d{1,3}$/u;
/** The page reference at the end of an entry: dot leader and number. */
const TRAILING_PAGE = /\s*(?:\.{3,}|…+)?\s*\d{1,3}$/u;
/** A line this long is prose: the contents have ended. */
const MAX_WORDS = 16;
/** An entry's page number is at most this many lines further on. */
const LOOKAHEAD = 3;
/** The opening line of a table of contents is a short title ("Inhoudsopgave", "Table of contents"). */
const MAX_START_WORDS = 4;
/** Page references needed to make it a table of contents rather than a heading "Inhoud" over prose. */
const MIN_PAGE_REFERENCES = 3;

export function markTableOfContents(text: string, lines: Line[], cues: PlainTextCues = NO_PLAIN_TEXT_CUES): void {
  const start = cues.contentsTitle;
  if (!start) return;
  const textLines = lines.filter((l) => l.kind === "text");
  const c = textLines.map((l) => content(text, l));
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const hasPage = (i: number) => PAGE_NUMBER.test(c[i]) || ENTRY_WITH_PAGE.test(c[i]);

  for (let i = 0; i < textLines.length; i++) {
    if (!start.test(c[i]) || words(c[i]) > MAX_START_WORDS) continue;
    let end = i + 1;
    let pages = 0;
    while (end < textLines.length && words(c[end]) <= MAX_WORDS) {
      let near = false;
      for (let k = end; k < Math.min(textLines.length, end + LOOKAHEAD + 1); k++) if (hasPage(k)) near = true;
      if (!near) break;
      if (hasPage(end)) pages++;
      end++;
    }
    // Three page references make it a table of contents rather than a heading "Inhoud" over prose.
    if (pages < MIN_PAGE_REFERENCES) continue;
    for (let k = i; k < end; k++) {
      const l = textLines[k];
      if (k === i && words(c[k]) === 1) continue;
      if (PAGE_NUMBER.test(c[k])) {
        l.kind = "dropped";
      } else {
        l.kind = "contents";
        const page = ENTRY_WITH_PAGE.test(c[k]) ? c[k].match(TRAILING_PAGE) : null;
        if (page?.index) (l.cuts ??= []).push([l.contentStart + page.index, l.contentEnd]);
      }
    }
    i = end - 1;
  }
}
