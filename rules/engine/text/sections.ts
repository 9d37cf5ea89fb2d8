import type { Role } from "../types.js";
import type { Block } from "./blocks.js";
import { wordAlternation, type WordTerm } from "./word-pattern.js";

export interface Section {
  index: number;
  title: string;
  level: number;
  role: Role;
  /** How the role was decided: from the heading, the content, or the parent. */
  roleFrom: "title" | "content" | "parent" | "default";
  /** Normalised offset where the section (its heading) starts; the root starts at 0. */
  start: number;
  end: number;
  /** Original line of the heading (1 for the root). */
  line: number;
  parent: number | null;
  /** Index of the heading block, or -1 for the root and for a motion's part inside a paragraph (`inline`). */
  headingBlock: number;
  /**
   * A council motion's part that opens inside a paragraph ("…, constaterende dat …; verzoekt het college …"): its
   * title is the part's opening words, it starts where they do and reads as a part that stands as a heading.
   */
  inline?: boolean;
  /** Blocks directly in this section (not in subsections): [first, last). */
  firstBlock: number;
  lastBlock: number;
}

/** The vocabulary of sections (lexicons "headings" and "section-content"), compiled once per engine by sectionCues. */
export interface SectionCues {
  /** Ordered: the first matching pattern decides the role of a heading. */
  titleRoles: Array<[Role, RegExp]>;
  /** Words counted in a section's own text when no heading decides its role (global patterns). */
  contentCues: Array<[Role, RegExp]>;
  /** A number or a part word and number before a heading's words ("2.1 ", "Hoofdstuk 3 "). */
  numbering: RegExp;
  /** The parts of a council motion ("Constaterende dat:", "Verzoekt het college om:"), headings of their own. */
  motionPart: RegExp | null;
  /** What a motion decides or asks in other words ("Besluit:", "Roept het college op:"), capitalised. */
  motionDecision: RegExp | null;
  /**
   * Text that opens with a motion's part, in any case and whatever follows ("overwegende dat …", "verzoekt het college
   * …"): after a semicolon at a line end it starts the next part, and so the next sentence.
   */
  motionOpener: RegExp | null;
  /** A line that opens with a motion's own name ("Motie vreemd aan de orde van de dag"): its title. */
  motionTitle: RegExp | null;
  /**
   * A motion's part inside a paragraph (global): its opening words at the paragraph's start or after a semicolon or a
   * comma ("De raad, …, constaterende dat …; overwegende dat …; verzoekt het college …"), with a conjunction before
   * them if any ("…; en verzoekt het college …"; lexicon concept heading-motion-conjunction), as in motionPart,
   * motionDecision and the motion's title roles.
   */
  motionPartInline: RegExp | null;
}

/** A lexicon concept's terms by id (empty when the corpus lacks it). */
export type TermsOf = (conceptId: string) => readonly WordTerm[];

/** A section number before a heading's words: "2.1 ", "3. " (format only). */
const SECTION_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*\.?\s+`;
/** The number after a part word: arabic or roman ("Hoofdstuk 3", "Deel IV"), then an optional "." or ":". */
const PART_NUMBER = String.raw`\s+(?:\d{1,2}|[IVXLC]{1,6})\b[.:]?\s*`;
/** A percentage sign counts as a figure in the text of a problem analysis. */
const FIGURE_SIGN = "%";
/** How much of a motion part's line may follow its opening words ("Verzoekt het college om:"). */
const MOTION_PART_TAIL = 60;

/** No vocabulary: only numbered headings are recognised as numbered, no heading or text names a role. */
export const NO_SECTION_CUES: SectionCues = {
  titleRoles: [],
  contentCues: [],
  numbering: new RegExp(`^(?:${SECTION_NUMBER})`, "i"),
  motionPart: null,
  motionDecision: null,
  motionOpener: null,
  motionTitle: null,
  motionPartInline: null,
};

/**
 * Compiles the section vocabulary from the lexicons. The mechanism is here: the order in which heading rules are
 * tried, which are anchored at the heading's start (an appendix, the parts of a motion, the generic headings) and
 * which may stand anywhere in it, and the shape of a motion's decision line.
 */
export function sectionCues(termsOf: TermsOf): SectionCues {
  const alt = (...ids: string[]) => wordAlternation(ids.flatMap((id) => termsOf(id)));
  const atStart = (...ids: string[]) => {
    const a = alt(...ids);
    return a ? new RegExp(`^(?:${a})`, "i") : null;
  };
  const anywhere = (...ids: string[]) => {
    const a = alt(...ids);
    return a ? new RegExp(`(?:${a})`, "i") : null;
  };
  // A motion's part may open with a conjunction ("en verzoekt het college …", "En draagt het college op:"): the verb
  // after it decides, as it would alone.
  const conjunction = alt("heading-motion-conjunction");
  const led = (a: string) => (conjunction ? `(?:(?:${conjunction})\\s+)?(?:${a})` : `(?:${a})`);
  const motionAtStart = (id: string) => {
    const a = alt(id);
    return a ? new RegExp(`^${led(a)}`, "i") : null;
  };
  // A decision verb in a motion: the verb alone, or a short clause ending in a colon ("Roept het college op:").
  const decisionTail = `\\b(?:[^.;:]{0,${MOTION_PART_TAIL}}:)?\\s*:?$`;
  const request = alt("heading-motion-request");
  const decision = alt("heading-motion-decision");
  const measuresByMotion = [request ? `^${led(request)}\\b.*$` : null, decision ? `^${led(decision)}${decisionTail}` : null].filter(Boolean);
  const titleRoles: Array<[Role, RegExp | null]> = [
    ["appendix", atStart("heading-appendix")],
    // A council motion has its own parts: what the council notes and considers is its analysis, what it asks the
    // executive is the measure.
    ["problem-analysis", motionAtStart("heading-motion-analysis")],
    ["vision-goals", motionAtStart("heading-motion-vision")],
    ["measures", measuresByMotion.length ? new RegExp(measuresByMotion.join("|"), "i") : null],
    ["definitions", anywhere("heading-definitions")],
    ["monitoring", anywhere("heading-monitoring")],
    ["problem-analysis", anywhere("heading-problem-analysis")],
    ["vision-goals", anywhere("heading-vision-goals")],
    // A plan's financial section ("Financiën", "Wat mag het kosten?") is its means: measures. The budget check reads the
    // same concept (money under such a heading is the plan's), so both readers share one list.
    ["measures", anywhere("heading-measures", "budget-section-heading")],
    // Whom the plan is for ("Doelgroepen", "Voor wie?") is part of what it does; read after the other roles, so a
    // "Doelgroepanalyse" stays analysis.
    ["measures", anywhere("heading-target-groups")],
    ["other", atStart("heading-general")],
  ];
  const content = (role: Role, id: string, extra?: string): [Role, RegExp | null] => {
    const a = [extra, alt(id)].filter(Boolean).join("|");
    return [role, a ? new RegExp(`(?:${a})`, "gi") : null];
  };
  const contentCues: Array<[Role, RegExp | null]> = [
    content("vision-goals", "content-vision-goals"),
    content("measures", "content-measures"),
    content("problem-analysis", "content-problem-analysis", FIGURE_SIGN),
    content("monitoring", "content-monitoring"),
  ];
  const parts = alt("heading-part-word");
  const part = alt("heading-motion-analysis", "heading-motion-vision", "heading-motion-request");
  const capitalise = (id: string) => wordAlternation(termsOf(id).map((t) => ({ ...t, text: t.text.charAt(0).toUpperCase() + t.text.slice(1) })));
  const capitalisedDecision = capitalise("heading-motion-decision");
  const capitalisedConjunction = capitalise("heading-motion-conjunction");
  // "Besluit:", and after a capitalised conjunction the verb in lower case ("En besluit:").
  const decisionHeading = capitalisedDecision && capitalisedConjunction && decision ? `${capitalisedDecision}|(?:${capitalisedConjunction})\\s+(?:${decision})` : capitalisedDecision;
  const opener = alt("heading-motion-analysis", "heading-motion-vision", "heading-motion-request", "heading-motion-decision");
  const present = (rows: Array<[Role, RegExp | null]>) => rows.filter((r): r is [Role, RegExp] => r[1] !== null);
  return {
    titleRoles: present(titleRoles),
    contentCues: present(contentCues),
    numbering: new RegExp(`^(?:${parts ? `(?:${parts})${PART_NUMBER}|` : ""}${SECTION_NUMBER})`, "i"),
    motionPart: part ? new RegExp(`^${led(part)}\\b[^.;]{0,${MOTION_PART_TAIL}}$`, "i") : null,
    motionDecision: decisionHeading ? new RegExp(`^(?:${decisionHeading})${decisionTail}`) : null,
    // Outside a motion too, so without the conjunction: "…;" then "en vraagt …" in a plan's list is no part.
    motionOpener: opener ? new RegExp(`^(?:${opener})`, "i") : null,
    motionTitle: atStart("heading-motion-title"),
    motionPartInline: opener ? new RegExp(`(?<=^|[;,]\\s+)${led(opener)}`, "gi") : null,
  };
}

/** Most words a line may have to be a part of a motion. */
const MOTION_PART_WORDS = 8;

export function isMotionPart(cues: SectionCues, line: string): boolean {
  return (!!cues.motionPart?.test(line) || !!cues.motionDecision?.test(line)) && line.split(/\s+/).filter(Boolean).length <= MOTION_PART_WORDS;
}

export function titleRole(cues: SectionCues, title: string): Role | null {
  const bare = title.replace(cues.numbering, "").trim();
  for (const [role, re] of cues.titleRoles) if (re.test(role === "appendix" ? title : bare)) return role;
  return null;
}

/** Fewest cue words for a section's text to decide its role. */
const CONTENT_MIN_CUES = 3;
/** How many times the runner-up's count the winning role needs (a clear majority, not a tie). */
const CONTENT_MARGIN = 1.5;

function contentRole(cues: SectionCues, text: string): Role | null {
  let best: Role | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [role, re] of cues.contentCues) {
    const count = text.match(re)?.length ?? 0;
    if (count > bestCount) {
      second = bestCount;
      bestCount = count;
      best = role;
    } else if (count > second) second = count;
  }
  return bestCount >= CONTENT_MIN_CUES && bestCount >= second * CONTENT_MARGIN ? best : null;
}

/**
 * Builds the section tree from heading blocks. Plain-text guesses (level 0) sit one level below
 * the last explicit heading. Roles come from the heading, else the section's own text, else the
 * parent; everything under an appendix is appendix.
 */
export function buildSections(
  text: string,
  blocks: Block[],
  lineOfNorm: (pos: number) => number,
  title: string,
  cues: SectionCues = NO_SECTION_CUES,
): Section[] {
  const sections: Section[] = [
    {
      index: 0,
      title,
      level: 0,
      role: "other",
      roleFrom: "default",
      start: 0,
      end: text.length,
      line: 1,
      parent: null,
      headingBlock: -1,
      firstBlock: 0,
      lastBlock: blocks.length,
    },
  ];
  const stack: number[] = [0];
  let lastExplicitLevel = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.type !== "heading") continue;
    let level = block.level ?? 0;
    if (level === 0) level = Math.min(lastExplicitLevel + 1, 6);
    else lastExplicitLevel = level;
    while (stack.length > 1 && sections[stack[stack.length - 1]].level >= level) {
      const closed = sections[stack.pop()!];
      closed.end = block.start;
      closed.lastBlock = Math.min(closed.lastBlock, b);
    }
    const parentIndex = stack[stack.length - 1];
    const parent = sections[parentIndex];
    if (parent.lastBlock > b) parent.lastBlock = b;
    const section: Section = {
      index: sections.length,
      title: text.slice(block.start, block.end).trim(),
      level,
      role: "other",
      roleFrom: "default",
      start: block.start,
      end: text.length,
      line: lineOfNorm(block.start),
      parent: parentIndex,
      headingBlock: b,
      firstBlock: b + 1,
      lastBlock: blocks.length,
    };
    sections.push(section);
    stack.push(section.index);
  }
  // Direct blocks end where the first child section starts.
  const firstChild = new Map<number, Section>();
  for (const c of sections) if (c.parent !== null && !firstChild.has(c.parent)) firstChild.set(c.parent, c);
  for (const s of sections) {
    const child = firstChild.get(s.index);
    if (s.index > 0 && child) s.lastBlock = child.headingBlock;
  }
  if (sections.length > 1) sections[0].lastBlock = Math.min(sections[0].lastBlock, sections[1].headingBlock);
  assignRoles(cues, text, blocks, sections);
  return sections;
}

/** Roles that state the plan itself (the same as the coverage checks' BODY_ROLES, which the text layer does not import). */
const PLAN_ROLES: readonly Role[] = ["vision-goals", "measures", "monitoring"];
/** Fewest subsections with plan roles that make a chapter the plan's when they are a minority of its subsections. */
const PLAN_CHAPTER_SUBSECTIONS = 2;

/**
 * Roles in three passes: (1) from the heading; (2) an unresolved section takes the dominant role
 * of its titled subsections (a chapter of "Ambitie"/"Acties" is "measures"); (3) top-down, what
 * is still open inherits from a resolved parent, and only where no heading says anything does the
 * section's own text decide. Everything under an appendix is appendix.
 */
function assignRoles(cues: SectionCues, text: string, blocks: Block[], sections: Section[]): void {
  const resolved = new Array<boolean>(sections.length).fill(false);
  for (const s of sections) {
    const byTitle = s.index === 0 ? null : titleRole(cues, s.title);
    if (byTitle) {
      s.role = byTitle;
      s.roleFrom = "title";
      resolved[s.index] = true;
    }
  }
  const children = new Map<number, Section[]>();
  for (const c of sections) {
    if (c.parent === null) continue;
    // Push, not a copy per child: copying made 100k sibling headings quadratic.
    const list = children.get(c.parent);
    if (list) list.push(c);
    else children.set(c.parent, [c]);
  }
  // A section whose role only a minority of its subsections gave ("Achtergrond" among "Screening" and "Scholing" on a
  // web page) does not pass that role on to the other subsections: they are not background because one sibling is. A
  // plan role (goals, measures, monitoring) still passes down from a minority when at least PLAN_CHAPTER_SUBSECTIONS
  // subsections gave plan roles and none gave another: a chapter "Hoe nu verder" with "Uitvoering" and "Monitoring"
  // among "Tijdspad" and "De volgende stap" is the plan's chapter throughout (seed 003 chapter 7). One "Wat willen we
  // bereiken" among five other questions of a programme budget does not make the analysis before it a goal.
  const minority = new Array<boolean>(sections.length).fill(false);
  for (let i = sections.length - 1; i > 0; i--) {
    if (resolved[i]) continue;
    const counts = new Map<Role, number>();
    const kids = children.get(i) ?? [];
    for (const c of kids) {
      if (!resolved[c.index] || c.role === "other") continue;
      counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === "measures" ? -1 : 1))[0];
    if (best) {
      sections[i].role = best[0];
      sections[i].roleFrom = "content";
      resolved[i] = true;
      const given = [...counts.entries()];
      const planChapter =
        given.every(([role]) => PLAN_ROLES.includes(role)) && given.reduce((n, [, count]) => n + count, 0) >= PLAN_CHAPTER_SUBSECTIONS;
      minority[i] = best[1] * 2 < kids.length && !planChapter;
    }
  }
  for (const s of sections) {
    const parent = s.parent === null ? null : sections[s.parent];
    if (parent && parent.role === "appendix") {
      s.role = "appendix";
      s.roleFrom = "parent";
      continue;
    }
    if (resolved[s.index]) continue;
    // The nearest ancestor whose role does not rest on a minority of its subsections.
    let from = parent;
    while (from && minority[from.index]) from = from.parent === null ? null : sections[from.parent];
    if (from && from.roleFrom !== "default" && from.role !== "other") {
      s.role = from.role;
      s.roleFrom = "parent";
      continue;
    }
    const byContent = contentRole(cues, directText(text, blocks, s));
    if (byContent) {
      s.role = byContent;
      s.roleFrom = "content";
    } else if (from) {
      s.role = from.role;
      s.roleFrom = "parent";
    }
  }
}

function directText(text: string, blocks: Block[], s: Section): string {
  if (s.firstBlock >= s.lastBlock) return "";
  return text.slice(blocks[s.firstBlock].start, blocks[s.lastBlock - 1].end);
}

/**
 * The innermost section containing normalised offset `pos`. A section ends where the next heading
 * of the same or a higher level starts, so the last section starting at or before `pos` holds it.
 */
/**
 * Does the document have headings that say what a passage is (a section whose role comes from its title:
 * "Acties", "Bijlage 2", "Aard en omvang")? Web excerpts and PDF extractions often have only guessed headings
 * ("Print", a date line) whose roles come from the words beneath them; such a document, like one without
 * headings, is read as one body of text.
 */
export function hasTitledSections(sections: Section[]): boolean {
  return sections.some((s) => s.index > 0 && s.roleFrom === "title");
}

/**
 * Is the text a council motion: are its only titled sections a motion's parts ("Constaterende dat:", "Overwegende
 * dat:", "Verzoekt het college:")? Then what the council notes or considers is its position, not a plan's analysis
 * chapter (issue 13 point 2).
 */
export function isMotion(cues: SectionCues, sections: Section[]): boolean {
  const titled = sections.filter((s) => s.index > 0 && s.roleFrom === "title");
  return titled.length > 0 && titled.every((s) => s.inline || isMotionPart(cues, s.title));
}

/** A motion's part found inside a paragraph: where its opening words start, and the role they give. */
export interface InlinePart {
  start: number;
  title: string;
  role: Role;
}

/** Block types whose text can hold a motion's parts. */
const PART_BLOCKS: ReadonlySet<Block["type"]> = new Set(["paragraph", "listItem"]);

/**
 * The parts of a council motion written inside its paragraphs rather than as headings: in lower case on lines of their
 * own ("constaterende dat …;" then "verzoekt het college …"), or run into one paragraph ("De raad, …, constaterende
 * dat …; overwegende dat …; verzoekt het college om …"). A part opens a paragraph or follows a semicolon or a comma.
 * Only in a text whose titled sections are all a motion's parts (or that has none), and only when the parts found with
 * the headings both consider (analysis, a declaration) and ask (a request, a decision): a motion does both, while a
 * plan's sentence may open with "gelet op" alone.
 */
export function inlineMotionParts(cues: SectionCues, text: string, blocks: Block[], sections: Section[]): InlinePart[] {
  const re = cues.motionPartInline;
  if (!re) return [];
  const titled = sections.filter((s) => s.index > 0 && s.roleFrom === "title");
  if (!titled.every((s) => isMotionPart(cues, s.title))) return [];
  const parts: InlinePart[] = [];
  for (const block of blocks) {
    if (!PART_BLOCKS.has(block.type)) continue;
    const inBlock = text.slice(block.start, block.end);
    re.lastIndex = 0;
    for (let m = re.exec(inBlock); m; m = re.exec(inBlock)) {
      const role = titleRole(cues, m[0]);
      if (role) parts.push({ start: block.start + m.index, title: m[0], role });
    }
  }
  const asks = (r: Role) => r === "measures";
  const roles = [...titled.map((s) => s.role), ...parts.map((p) => p.role)];
  return roles.some(asks) && roles.some((r) => !asks(r)) ? parts : [];
}

/**
 * Sections with a motion's inline parts added (`inline`), each a subsection of the section it stands in, from its
 * opening words to the next section's start. Indices and parents are renumbered; the order stays by start.
 */
export function withInlineParts(sections: Section[], parts: InlinePart[], lineOfNorm: (pos: number) => number): Section[] {
  if (parts.length === 0) return sections;
  const added: Section[] = parts.map((p) => {
    const parent = sectionAt(sections, p.start);
    return {
      index: -1,
      title: p.title,
      level: parent.level + 1,
      role: p.role,
      roleFrom: "title",
      start: p.start,
      end: parent.end,
      line: lineOfNorm(p.start),
      parent: parent.index,
      headingBlock: -1,
      inline: true,
      firstBlock: parent.firstBlock,
      lastBlock: parent.lastBlock,
    };
  });
  const all = [...sections, ...added].sort((a, b) => a.start - b.start || (a.index < 0 ? 1 : 0) - (b.index < 0 ? 1 : 0));
  const renumber = new Map<number, number>();
  all.forEach((s, i) => {
    if (s.index >= 0) renumber.set(s.index, i);
  });
  const out = all.map((s, i) => ({ ...s, index: i, parent: s.parent === null ? null : renumber.get(s.parent)! }));
  // An inline part ends where the next section starts (a heading, or the next part).
  for (let i = 0; i < out.length; i++) if (out[i].inline && i + 1 < out.length) out[i].end = Math.min(out[i].end, out[i + 1].start);
  return out;
}

export function sectionAt(sections: Section[], pos: number): Section {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sections[lo];
}
