import { BODY_ROLES, clauseSpan, FLAG_NUMBER, presence, SEMICOLON_CLAUSE, SHORT_TEXT, type Hit, type Role, type RuleContext, type Sentence, type TokenMask } from "../../engine/rule-api.js";

// Shared helpers for the monitoring checks: whether a sentence holds a measurable quantity, a date,
// an owner or a past event; the lead-in line of a list; the policy body of a document. The checks grade their
// evidence with the engine's evidence items (assessCoverage in the rule API).
export const GOAL_ROLES: Role[] = ["vision-goals", "measures"];

/** Concepts that name who carries out an action. */
export const OWNER = ["owner-label", "responsible-actor"];
/** Concepts that give a moment, a deadline or a frequency. */
export const WHEN = ["@date", "timing-expression", "timeline-term"];

/** Outcome (effect) indicators of monitoring-indicators.yml. */
export const OUTCOME_INDICATORS = [
  "indicator-recidivism",
  "indicator-repeat-reports",
  "indicator-costs",
  "indicator-prevalence",
  "indicator-partner-violence-share",
  "indicator-financial-independence",
  "indicator-femicide",
  "indicator-knowledge-attitude",
  "indicator-safety",
  "indicator-client-experience",
  "indicator-wellbeing",
  "indicator-violence-frequency",
];
/** Output and process indicators: counts of what was done or provided. */
export const OUTPUT_INDICATORS = [
  "indicator-reports-veilig-thuis",
  "indicator-police-incidents",
  "indicator-barring-orders",
  "indicator-shelter-capacity",
  "indicator-time-to-help",
  "indicator-meldcode-use",
  "indicator-perpetrators-in-help",
  "indicator-children-reached",
  "indicator-migrant-reach",
  "indicator-sex-disaggregated",
  "indicator-specific-forms",
  "indicator-prevention-reach",
  "indicator-report-rate-area",
  "indicator-referrals",
  "indicator-participation-target",
];
export const NAMED_INDICATORS = [...OUTCOME_INDICATORS, ...OUTPUT_INDICATORS];

/** Words that make a sentence about measuring: an indicator, a target, a measurement or a monitor. */
export const MEASURING = ["indicator-term", "target-term", "goal-measurement", "monitor-term", "baseline-term", "effect-measurement"];

/** Words around a number that show it measures nothing (monitoring-numbers.yml), and quantities without a number. */
export const NUMBER_CONCEPTS = ["non-measure-unit", "non-measure-label", "section-word", "quantity-without-number", "fraction-statistic", "@month"];

interface NumberContext {
  /** Token indices of words that make a number before them no measure ("14 gemeenten", "blz. 13"). */
  unitAfter: Set<number>;
  /** Token indices of words that make a number after them no measure ("artikel 23", "hoofdstuk 3"). */
  labelBefore: Set<number>;
}
const numberCache = new WeakMap<object, NumberContext>();

function numberContext(ctx: RuleContext): NumberContext {
  let c = numberCache.get(ctx.hits);
  if (!c) {
    c = { unitAfter: new Set(), labelBefore: new Set() };
    for (const h of ctx.find(["non-measure-unit", "section-word", "@month"])) c.unitAfter.add(h.tokStart);
    for (const h of ctx.find(["non-measure-label", "section-word"])) c.labelBefore.add(h.tokEnd - 1);
    numberCache.set(ctx.hits, c);
  }
  return c;
}

const tokenSets = new WeakMap<object, Map<string, TokenMask>>();

/**
 * Tokens at which a word of these concepts stands, collected once per scan: how the checks ask "is token i a past
 * auxiliary?" of a lexicon instead of a word list in code.
 */
export function tokensOf(ctx: RuleContext, concepts: readonly string[]): TokenMask {
  let byKey = tokenSets.get(ctx.hits);
  if (!byKey) {
    byKey = new Map();
    tokenSets.set(ctx.hits, byKey);
  }
  const key = concepts.join(" ");
  let set = byKey.get(key);
  if (!set) {
    set = ctx.hits.tokenMask(concepts);
    byKey.set(key, set);
  }
  return set;
}

/** A numeric date (format only): "04-04-2011", "12/11/2020", "1.3.2016". */
const NUMERIC_DATE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/g;
/** Characters around a number token searched for the numeric date it may be part of. */
const DATE_MARGIN = 6;

/** A clock time (format only): "23:55", "9:30". */
const CLOCK_TIME = /^\d{1,2}:\d{2}$/;

/** Is token i part of a clock time ("13 november 2006 - 23:55")? Whether the tokenizer keeps "23:55" whole or not. */
function inClockTime(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const digit = (k: number) => k >= 0 && k < text.length && /\d/.test(text[k]);
  let from = t.start[i];
  let to = t.end[i];
  // Walk over the digits on the far side of a colon only: the text around is never searched as a whole.
  if (text[to] === ":" && digit(to + 1)) for (to++; digit(to); ) to++;
  if (text[from - 1] === ":" && digit(from - 2)) for (from--; digit(from - 1); ) from--;
  return CLOCK_TIME.test(text.slice(from, to));
}

/** Is token i part of a numeric date? */
function inNumericDate(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const from = Math.max(0, t.start[i] - DATE_MARGIN);
  const around = ctx.doc.text.slice(from, t.end[i] + DATE_MARGIN);
  NUMERIC_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_DATE.exec(around))) {
    if (from + m.index <= t.start[i] && from + m.index + m[0].length >= t.end[i]) return true;
  }
  return false;
}

/**
 * Is the sentence a run of a table of contents ("1.2 Omvang van huiselijk geweld 9 2 Stand van zaken 12")?
 * Its numbers are section and page numbers, not figures.
 */
export function tableOfContents(ctx: RuleContext, s: Sentence): boolean {
  const t = ctx.doc.tokens;
  let numbers = 0;
  let sectionNumbers = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if ((t.flags[i] & FLAG_NUMBER) === 0) continue;
    numbers++;
    if (SECTION_NUMBER.test(t.normAt(i))) sectionNumbers++;
  }
  const n = s.tokenEnd - s.tokenStart;
  if (numbers >= TOC_MIN_NUMBERS && numbers / n >= TOC_MIN_NUMBER_SHARE && sectionNumbers >= TOC_MIN_SECTION_NUMBERS) return true;
  return chapterPagePairs(ctx, s) >= TOC_MIN_PAIRS;
}

/**
 * A table of contents flattened into one run without section numbers: "… Leeswijzer 18 2 De aanpak … Conclusies 28 3
 * Migranten …": a page number right before the number of the next chapter, which is smaller and rises from pair to pair.
 * A row of a flattened table ("888 817 > 900") has no rising chapter numbers.
 */
function chapterPagePairs(ctx: RuleContext, s: Sentence): number {
  const t = ctx.doc.tokens;
  let pairs = 0;
  let lastChapter = 0;
  for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
    if ((t.flags[i] & FLAG_NUMBER) === 0 || (t.flags[i + 1] & FLAG_NUMBER) === 0) continue;
    if (!/^\s+$/.test(ctx.doc.text.slice(t.end[i], t.start[i + 1]))) continue;
    const page = Number(t.normAt(i));
    const chapter = Number(t.normAt(i + 1));
    if (!Number.isInteger(page) || !Number.isInteger(chapter) || chapter > TOC_MAX_CHAPTER || chapter >= page || chapter <= lastChapter) continue;
    pairs++;
    lastChapter = chapter;
  }
  return pairs;
}
/** Chapter-page pairs that make a run a table of contents, and the highest chapter number read as one. */
const TOC_MIN_PAIRS = 3;
const TOC_MAX_CHAPTER = 30;
/** A section number (format only): "1.2", "3.4.1". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+$/;
/** A run of a table of contents: at least four numbers, at least 15% of its tokens, two of them section numbers. */
const TOC_MIN_NUMBERS = 4;
const TOC_MIN_NUMBER_SHARE = 0.15;
const TOC_MIN_SECTION_NUMBERS = 2;
/** A year (format only): 1900–2099. */
const YEAR = /^(?:19|20)\d\d$/;
/** List or section numbering at the start of a sentence (format only): "3", "2.1". */
const LEADING_NUMBERING = /^\d{1,2}(?:\.\d{1,2})*$/;
/** A three-level section number (format only): "2.1.3". */
const DEEP_SECTION_NUMBER = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})+$/;
/** A dash between the numbers of a range (format only): "12-17 jaar". */
const RANGE_DASH = /^\s*[-–]\s*$/;
/** An attributive adjective by its inflection (format only): "regionale", "deelnemende". */
const ATTRIBUTIVE = /^[a-z]{3,}e$/;
/** Words between two numbers that make them a range ("40 à 50", "0,2 tot 1"). */
const RANGE_WORD = ["range-word"];

/** Token indices of digit numbers in a sentence that can measure something (not years, section numbers or ages). */
export function digitQuantities(ctx: RuleContext, s: Sentence): number[] {
  const t = ctx.doc.tokens;
  const out: number[] = [];
  if (tableOfContents(ctx, s)) return out;
  const numbers = numberContext(ctx);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if ((t.flags[i] & FLAG_NUMBER) === 0) continue;
    const n = t.normAt(i);
    if (YEAR.test(n)) continue;
    if (i === s.tokenStart && LEADING_NUMBERING.test(n)) continue;
    if (DEEP_SECTION_NUMBER.test(n)) continue;
    if (inNumericDate(ctx, i) || inClockTime(ctx, i)) continue;
    // "… vertaald naar twee thema's: 1." — the number of the first item of a list that follows.
    if (i === s.tokenEnd - 1 && /:\s*$/.test(ctx.doc.text.slice(t.end[i - 1] ?? s.start, t.start[i]))) continue;
    // Skip the rest of a range ("12-17 jaar", "40 à 50 deelnemers") to find the word after it.
    let j = i + 1;
    // (Only a dash can stand between two number tokens: a range word is a token of its own.)
    while (j < s.tokenEnd && (t.flags[j] & FLAG_NUMBER) !== 0 && RANGE_DASH.test(ctx.doc.text.slice(t.end[j - 1], t.start[j]))) j++;
    if (j < s.tokenEnd && tokensOf(ctx, RANGE_WORD).has(j) && (t.flags[j + 1] & FLAG_NUMBER) !== 0) j += 2;
    // "artikel 23", "14 gemeenten", "12-17 jaar", a date such as "1 februari"
    if (i > s.tokenStart && numbers.labelBefore.has(i - 1)) continue;
    if (j < s.tokenEnd && numbers.unitAfter.has(j)) continue;
    // "de 28 regionale plannen", "14 deelnemende gemeenten": an attributive adjective (its -e ending) before the unit.
    if (j + 1 < s.tokenEnd && ATTRIBUTIVE.test(t.normAt(j)) && numbers.unitAfter.has(j + 1)) continue;
    out.push(i);
  }
  return out;
}

/**
 * The clause of a sentence around token i, between semicolons: "Overwegende dat in 2018 meer dan 9.000 oproepen werden
 * behandeld; overwegende dat de gemeente moet deelnemen …" is one sentence of clauses that each state a fact of their own.
 * The sentence itself when it has no semicolon.
 */
export function clauseAround(ctx: RuleContext, s: Sentence, i: number): Sentence {
  const [from, to] = clauseSpan(ctx.doc, i, SEMICOLON_CLAUSE);
  return from === s.tokenStart && to === s.tokenEnd ? s : { ...s, tokenStart: from, tokenEnd: to };
}

/** Units after a count in words that make it no count of people or cases: "twintig gemeenten", "zes weken", "tien procent", "in mei". */
const NOT_COUNTED_AFTER = ["non-measure-unit", "duration-unit", "percent-unit", "@month"];

/**
 * Counts in words of ten or more that count something ("negentig mannen", "zestig plegers per jaar"), not before a word
 * that makes them no measure, a unit of time, "procent" or a month.
 */
export function spelledCounts(ctx: RuleContext, s: Sentence): Hit[] {
  const after = new Set(ctx.hits.inSentence(s.index, NOT_COUNTED_AFTER).map((h) => h.tokStart));
  return ctx.hits.inSentence(s.index, ["spelled-count"]).filter((h) => !after.has(h.tokEnd));
}

/** Does the sentence hold a measurable quantity: a percentage, an amount of money, a digit count, a share in words ("met een derde") or a halving? */
export function hasQuantity(ctx: RuleContext, s: Sentence): boolean {
  if (ctx.hits.inSentence(s.index, ["@percentage", "@money"]).length > 0) return true;
  if (digitQuantities(ctx, s).length > 0) return true;
  return ctx.hits.inSentence(s.index, ["quantity-without-number", "fraction-statistic"]).length > 0;
}

/**
 * For a list item: the sentence that introduces the list ("… de volgende doelstellingen:", or a parent item
 * "- Werkgroep formeren om:"), if any. Its words count as context for every item of the list.
 */
export function leadIn(ctx: RuleContext, s: Sentence): Sentence | null {
  if (s.blockType !== "listItem") return null;
  const sentences = ctx.doc.sentences;
  for (let k = s.index - 1; k >= Math.max(0, s.index - LEAD_IN_REACH); k--) {
    const p = sentences[k];
    if (p.section !== s.section || p.blockType === "heading") return null;
    const colon = /:\s*$/.test(ctx.doc.text.slice(p.start, p.end));
    if (colon) return p;
    if (p.blockType !== "listItem") return null;
  }
  return null;
}

/** List items a lead-in may stand before ("… de volgende doelstellingen:" and up to 30 items). */
const LEAD_IN_REACH = 30;

/** Words that name actions in a heading ("Acties", "Wat gaan we doen") or a lead-in (monitoring-statements.yml). */
export const ACTION_HEADING = ["action-word", "action-heading-extra"];
/** Words that name goals in a heading or a lead-in ("Ambitie", "Doelen", "… de volgende doelstellingen:"). */
export const GOAL_HEADING = ["goal-noun", "goal-word"];
/** A heading longer than this is a sentence of its own, not a label for the list beneath it. */
const LABEL_HEADING_WORDS = 6;

/** Does the heading of the sentence's own section name actions ("Acties", "Maatregelen") or goals ("Ambitie", "Doelen")? */
export function underHeading(ctx: RuleContext, s: Sentence, kind: "action" | "goal"): boolean {
  const h = headingOf(ctx, s);
  if (!h) return false;
  const title = ctx.doc.text.slice(h.start, h.end).trim();
  if (title.split(/\s+/).length > LABEL_HEADING_WORDS) return false;
  return inSentence(ctx, h, kind === "action" ? ACTION_HEADING : GOAL_HEADING);
}

/**
 * Is the sentence a goal or an action the policy commits to (not a description)? An item or paragraph under an
 * "Acties"/"Ambitie" heading or an announcing lead-in, or a sentence in which the author speaks ("we", "wij",
 * "de gemeenten" opening the sentence) or states an ambition.
 */
export function commitmentStatement(ctx: RuleContext, s: Sentence): boolean {
  if (underHeading(ctx, s, "action") || underHeading(ctx, s, "goal")) return true;
  const lead = leadIn(ctx, s);
  if (lead && inSentence(ctx, lead, [...ACTION_HEADING, ...GOAL_HEADING])) return true;
  return authorVoice(ctx, s) || inSentence(ctx, s, ["ambition-term"]);
}

/** The author as subject or owner ("we", "wij", "onze", "ons"): monitoring-statements.yml. */
export const AUTHOR_PRONOUNS = ["author-subject", "author-possessive"];

/** Letters of a function word (an article) that may stand between a marker and a party: "door de GGD", "van het Rijk". */
export const ARTICLE_MAX_LENGTH = 3;
/** The authority speaking ("de gemeenten …"), when it opens the sentence. */
const AUTHOR_BODY = ["author-body"];
/** Index of the last token (from 0) at which the authority still opens the sentence: "De regiogemeenten", "Het college van B&W". */
const AUTHOR_BODY_OPENING = 2;

/** Does the author speak as the subject ("we", "wij", "onze", or "de gemeenten …" opening the sentence)? */
export function authorVoice(ctx: RuleContext, s: Sentence): boolean {
  const pronouns = tokensOf(ctx, AUTHOR_PRONOUNS);
  const body = tokensOf(ctx, AUTHOR_BODY);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (pronouns.has(i)) return true;
    if (i - s.tokenStart <= AUTHOR_BODY_OPENING && body.has(i)) return true;
  }
  return false;
}

const headingCache = new WeakMap<object, Map<number, number>>();

/** The heading sentence of the section a sentence is in, if it has one. */
export function headingOf(ctx: RuleContext, s: Sentence): Sentence | null {
  const sec = ctx.doc.sections[s.section];
  if (!sec || sec.headingBlock < 0) return null;
  let byBlock = headingCache.get(ctx.doc);
  if (!byBlock) {
    byBlock = new Map();
    for (const x of ctx.doc.sentences) if (x.blockType === "heading" && !byBlock.has(x.block)) byBlock.set(x.block, x.index);
    headingCache.set(ctx.doc, byBlock);
  }
  const i = byBlock.get(sec.headingBlock);
  return i === undefined ? null : ctx.doc.sentences[i];
}

/** Is one of the concepts in the sentence itself? */
export function inSentence(ctx: RuleContext, s: Sentence, concepts: readonly string[]): boolean {
  return presence(ctx, concepts).sentences.has(s.index);
}

/** For a table row: the first row of its table (the header: "Indicator | Nulmeting | Streefwaarde 2026"). */
export function tableHeader(ctx: RuleContext, s: Sentence): Sentence | null {
  if (s.blockType !== "tableRow") return null;
  let firstRow = tableCache.get(ctx.doc);
  if (!firstRow) {
    // The first row of each run of table rows, computed once per document (a table may have thousands of rows).
    firstRow = new Map();
    const sentences = ctx.doc.sentences;
    let start = -1;
    for (const x of sentences) {
      const continues = start >= 0 && sentences[x.index - 1].blockType === "tableRow" && sentences[x.index - 1].section === x.section;
      if (x.blockType !== "tableRow") start = -1;
      else {
        if (!continues) start = x.index;
        firstRow.set(x.index, start);
      }
    }
    tableCache.set(ctx.doc, firstRow);
  }
  const k = firstRow.get(s.index) ?? s.index;
  return k === s.index ? null : ctx.doc.sentences[k];
}
const tableCache = new WeakMap<object, Map<number, number>>();

/**
 * Is one of the concepts in the sentence, in the lead-in of its list, in the header row of its table, or
 * (optionally) in its section heading?
 */
export function inContext(ctx: RuleContext, s: Sentence, concepts: readonly string[], opts: { heading?: boolean } = {}): boolean {
  const p = presence(ctx, concepts).sentences;
  if (p.has(s.index)) return true;
  const lead = leadIn(ctx, s);
  if (lead && p.has(lead.index)) return true;
  const header = tableHeader(ctx, s);
  if (header && p.has(header.index)) return true;
  if (opts.heading) {
    const h = headingOf(ctx, s);
    if (h && p.has(h.index)) return true;
  }
  return false;
}

// Tense and mood (lexicon tense.yml). The code keeps the shape of a regular Dutch past participle: "ge" + stem +
// d/t ("geëvalueerd", "gemeld"), also after a separable or inseparable prefix ("vastgelegd", "opgericht",
// "verge…"); morphology, not a word list. Words ending in -heid are nouns ("gelijkheid").
const REGULAR_PARTICIPLE = /^ge[a-z]{3,}(?:d|t)$/;
const PREFIXED_PARTICIPLE = /^(?:ver|be|ont|her|onder|uit|op|aan|in|door|vast|af|toe)ge[a-z]{3,}(?:d|t)$/;
const NOUN_SUFFIX = /heid$/;
const PAST_AUX = ["past-auxiliary"];
const PERFECT_AUX = ["perfect-auxiliary"];
const NOT_PARTICIPLES = ["participle-lookalike"];
const STRONG_PARTICIPLES = ["strong-participle"];
/** Auxiliaries of what will be done, and of an intention ("willen", "moet"): either makes a sentence no look back. */
const FUTURE = ["future-auxiliary"];
const FUTURE_AUX = [...FUTURE, "intention-auxiliary"];

/**
 * Does the sentence report something that already happened ("werd geëvalueerd", "zijn geëvalueerd en
 * aangepast", "in 2016 zijn … opgelegd")? Present tense and future auxiliaries win, and so does a goal: in a
 * goal the perfect tense is an end state ("Huiselijk geweld is afgenomen ten opzichte van de nulsituatie").
 */
export function pastTense(ctx: RuleContext, s: Sentence): boolean {
  const t = ctx.doc.tokens;
  const [future, pastAux, perfectAux, notParticiple, strong] = [FUTURE_AUX, PAST_AUX, PERFECT_AUX, NOT_PARTICIPLES, STRONG_PARTICIPLES].map((c) => tokensOf(ctx, c));
  let past = false;
  let perfect = false;
  let participle = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const n = t.normAt(i);
    if (future.has(i)) return false;
    if (pastAux.has(i)) past = true;
    if (perfectAux.has(i)) perfect = true;
    if (notParticiple.has(i) || NOUN_SUFFIX.test(n)) continue;
    if (REGULAR_PARTICIPLE.test(n) || PREFIXED_PARTICIPLE.test(n) || strong.has(i)) participle = true;
  }
  if (past) return true;
  if (!(perfect && participle)) return false;
  return !(s.role === "vision-goals" || inContext(ctx, s, ["target-term", "ambition-term"], { heading: true }));
}

/** Is the sentence in the simple past ("waren", "werd"), leaving the perfect out ("zijn getraind" can be an end state)? */
export function simplePast(ctx: RuleContext, s: Sentence): boolean {
  const [future, pastAux] = [FUTURE_AUX, PAST_AUX].map((c) => tokensOf(ctx, c));
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (future.has(i)) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (pastAux.has(i)) return true;
  return false;
}

/** Does the sentence speak of what will be done ("gaan registreren", "zal worden gemeten", "wordt verzameld")? */
export function futureTense(ctx: RuleContext, s: Sentence): boolean {
  const future = tokensOf(ctx, FUTURE);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (future.has(i)) return true;
  return false;
}

/** Texts this short are excerpts (a news item, a web page, a table of contents): their heading roles are guesses. */
export { SHORT_TEXT };

/**
 * Roles that count as the policy body for this document: goals, measures and monitoring; in a text without
 * such a section, or a short excerpt, everything but the annexes and definitions.
 */
export function bodyFor(ctx: RuleContext): Role[] {
  const hasBody = ctx.doc.sections.some((s) => BODY_ROLES.includes(s.role));
  return hasBody && ctx.doc.sentences.length > SHORT_TEXT ? BODY_ROLES : ["vision-goals", "measures", "monitoring", "other", "problem-analysis"];
}

/** Is the sentence in the policy body? */
export function inBody(ctx: RuleContext, s: Sentence): boolean {
  if (ctx.doc.sections.length === 1) return true;
  return bodyFor(ctx).includes(s.role);
}

/**
 * Sections in which the text admits that something is lacking ("er zijn nog geen indicatoren
 * vastgesteld", "geen extra middelen beschikbaar"): a negated mention of the concepts in the body.
 */
export function admittedSections(ctx: RuleContext, concepts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const h of ctx.find(concepts)) {
    const s = ctx.doc.sentences[h.sentence];
    if (s.role === "appendix" || s.role === "definitions") continue;
    if (ctx.negated(h) && !ctx.attributed(h)) out.add(s.section);
  }
  return out;
}
