import { bulletLength, content, type Line } from "./lines.js";

// Heading detection for plain text. Levels: numbered "2.1" → 2, "Hoofdstuk 3"/"Bijlage 2" → 1,
// well-known chapter words and ALL-CAPS lines → 1, other short capitalised lines → 0 (one level
// below the last numbered or keyword heading; resolved by the section builder).

const KEYWORD = /^(hoofdstuk|bijlage|paragraaf|deel|chapter|annex|appendix|part)\s+([0-9]{1,2}|[IVXLC]{1,6}|[A-Z])\b[.:]?(?:\s+\S.*)?$/i;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/;
const SINGLE_NUMBER = /^(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
const TOP_WORDS = /^(samenvatting|managementsamenvatting|inleiding|voorwoord|conclusies?|conclusie en aanbevelingen|aanbevelingen|literatuur(?:lijst)?|bronnen(?:lijst)?|colofon|inhoud(?:sopgave)?|bijlagen|nawoord|summary|introduction|contents|references|tot slot)\s*:?$/i;
const DOT_LEADER = /(?:\.{3,}|…+)\s*\d{1,3}$/;
const TITLE_THEN_PAGE = /\p{L}[)]?\s+\d{1,3}$/u;
const FUNCTION_WORD_END = /\b(?:en|of|de|het|een|van|voor|met|die|dat|in|op|te|aan|bij|door|naar|om|als|dan|zijn|haar|hun|the|and|of|to)$/i;
const SENTENCE_END = /[.!?]["'’”)]*$/;

export function wordsOf(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

/** Marks heading lines (kind "heading" with a level). Bullets are marked first so they are not headings. */
export function markHeadingsAndBullets(text: string, lines: Line[], motionPart: (line: string) => boolean = () => false): void {
  const textLines = lines.filter((l) => l.kind === "text");
  // Enumerated items "1." "2." close together are a list, not chapter headings, unless both are short titles that
  // stand apart from the text under them ("1. Inleiding", blank line, paragraph), as in a short report or letter.
  const enumerated = new Set<number>();
  const titleLike = (k: number) => {
    const c = content(text, textLines[k]);
    const after = textLines[k + 1];
    return wordsOf(c) <= 7 && !/[.;,:!?]$/.test(c) && after !== undefined && after.index > textLines[k].index + 1 && !/^\d{1,2}[.)]\s/.test(content(text, after));
  };
  for (let i = 0; i < textLines.length; i++) {
    const m = content(text, textLines[i]).match(/^(\d{1,2})[.)]\s/);
    if (!m) continue;
    const n = Number(m[1]);
    for (let j = i + 1; j < Math.min(textLines.length, i + 40); j++) {
      const m2 = content(text, textLines[j]).match(/^(\d{1,2})[.)]\s/);
      if (m2 && Number(m2[1]) === n + 1) {
        if (titleLike(i) && titleLike(j)) break;
        enumerated.add(textLines[i].index);
        enumerated.add(textLines[j].index);
        break;
      }
    }
  }

  let prevContent: string | null = null;
  let prevKind: Line["kind"] | null = null;
  for (let i = 0; i < textLines.length; i++) {
    const l = textLines[i];
    const c = content(text, l);
    const next = textLines[i + 1] ? content(text, textLines[i + 1]) : null;
    const gapBefore = i > 0 ? l.index - textLines[i - 1].index - 1 : 99;
    const level = headingLevel(c, {
      prev: prevContent,
      prevKind,
      next,
      gapBefore,
      enumerated: enumerated.has(l.index),
      motionPart,
    });
    if (level !== null) {
      l.kind = "heading";
      l.level = level;
    } else if (!isSingleNumberHeading(c) || enumerated.has(l.index)) {
      const b = bulletLength(c);
      if (b > 0 && b < c.length && (enumerated.has(l.index) || !/^\d/.test(c))) {
        l.kind = "bullet";
        l.itemStart = l.contentStart + b;
      }
    }
    prevContent = c;
    prevKind = l.kind;
  }
}

/** "2.1 Vroeg signalering ........ 12" or "Hoofdstuk 3 Eerder en beter in beeld 17". */
function isTocEntry(c: string): boolean {
  if (DOT_LEADER.test(c)) return true;
  if (!TITLE_THEN_PAGE.test(c)) return false;
  const m = c.match(KEYWORD_PREFIX) ?? c.match(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/);
  return m !== null && wordsOf(c.slice(m[0].length)) >= 2;
}

const KEYWORD_PREFIX = /^(?:hoofdstuk|bijlage|paragraaf|deel|chapter|annex|appendix|part)\s+(?:[0-9]{1,2}|[IVXLC]{1,6}|[A-Z])\b[.:]?\s*/i;

function isSingleNumberHeading(c: string): boolean {
  return SINGLE_NUMBER.test(c);
}

interface Context {
  prev: string | null;
  prevKind: Line["kind"] | null;
  next: string | null;
  gapBefore: number;
  enumerated: boolean;
  /** Is the line a part of a council motion (section vocabulary)? */
  motionPart?: (line: string) => boolean;
}

export function headingLevel(c: string, ctx: Context): number | null {
  if (c.length > 110 || c.length < 2) return null;
  if (isTocEntry(c)) return null;
  if (ctx.motionPart?.(c)) return 0;
  const prevEnds = ctx.prev === null || ctx.prevKind === "heading" || endsSentence(ctx.prev) || ctx.gapBefore >= 3;
  const nextContinues = ctx.next !== null && /^\p{Ll}/u.test(ctx.next);

  if (KEYWORD.test(c) && !/[,;]$/.test(c) && !nextContinues && wordsOf(c) <= 14) {
    return /^paragraaf/i.test(c) ? 2 : 1;
  }
  const numbered = c.match(NUMBERED);
  if (numbered) {
    const rest = numbered[2];
    if (/^\p{L}/u.test(rest) && wordsOf(rest) <= 14 && !/[.;,]$/.test(c) && !nextContinues) {
      return numbered[1].split(".").length;
    }
    return null;
  }
  if (TOP_WORDS.test(c)) return 1;
  const single = c.match(SINGLE_NUMBER);
  if (single) {
    if (ctx.enumerated || wordsOf(single[2]) > 8 || /[.;,:]$/.test(c) || !prevEnds || nextContinues) return null;
    return 1;
  }
  if (bulletLength(c) > 0) return null;
  const letters = c.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 4 && letters === letters.toUpperCase() && wordsOf(c) <= 8 && !/[.,;]$/.test(c) && prevEnds) {
    return 1;
  }
  // Short capitalised line standing on its own.
  if (
    c.length <= 70 &&
    wordsOf(c) <= 9 &&
    /^\p{Lu}/u.test(c) &&
    !/[.,;]$/.test(c) &&
    !(c.endsWith(":") && wordsOf(c) > 3) &&
    !FUNCTION_WORD_END.test(c) &&
    prevEnds &&
    ctx.next !== null &&
    !nextContinues &&
    !/^(?:zie|see)\b/i.test(c) &&
    !/\S:\s+\S/.test(c)
  ) {
    return 0;
  }
  return null;
}
