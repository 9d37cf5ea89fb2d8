import type { Role } from "../types.js";
import type { Block } from "./blocks.js";

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
  /** Index of the heading block, or -1 for the root. */
  headingBlock: number;
  /** Blocks directly in this section (not in subsections): [first, last). */
  firstBlock: number;
  lastBlock: number;
}

// Ordered: the first matching pattern decides. "Bijlage 1 Definities" is an appendix. A council motion has
// its own parts: what the council notes and considers is its analysis, what it asks the executive is the measure.
const TITLE_ROLES: Array<[Role, RegExp]> = [
  ["appendix", /^(?:bijlage|bijlagen|appendix|annex|addendum)\b/i],
  ["problem-analysis", /^(?:constaterende?|overwegende?|gelet op|van mening zijnde|van oordeel zijnde|kennis genomen hebbende|kennisgenomen hebbende)\b/i],
  ["vision-goals", /^spreekt (?:uit|zich uit)\b/i],
  // What a motion or amendment asks or decides ("Besluit:", "Roept het college op:", "Vraagt het college:").
  ["measures", /^(?:verzoekt|draagt)\b.*$|^(?:Besluit|Besluiten|Beslist|Roept|Vraagt|Stelt voor|Wijzigt)\b(?:[^.;:]{0,60}:)?\s*:?$/i],
  ["definitions", /\b(?:definities?|begrippen(?:lijst|kader)?|begripsomschrijvingen?|afkortingen(?:lijst)?|woordenlijst|terminologie|verklarende woorden)\b/i],
  ["monitoring", /\b(?:monitoring|monitor(?:en)?|evaluatie|evalueren|indicatoren|verantwoording|meten|voortgangsrapportage|effectmeting|resultaatmeting)\b/i],
  ["problem-analysis", /\b(?:aard en omvang|probleemanalyse|analyse|cijfers|feiten|omvang|situatieschets|huidige situatie|stand van zaken|oorzaken|achtergrond(?:en)?|probleemstelling|prevalentie|knelpunten|wat weten we|risicofactoren|vormen van geweld|doelgroepanalyse)\b/i],
  ["vision-goals", /\b(?:visie|doelen|doel|doelstellingen?|ambities?|missie|uitgangspunten|principes|koers|wat willen we|speerpunten|opgave|resultaten die we willen)\b/i],
  ["measures", /\b(?:maatregelen|maatregel|acties?|actiepunten|actieplan|aanpak|uitvoering(?:splan)?|activiteiten|wat gaan we doen|werkwijze|interventies?|aanbod|preventie|vroegsignalering|signalering|hulpverlening|opvang|ketensamenwerking|samenwerking|sturing|aansturing|afstemming|financiering|middelen|begroting|planning|tijdpad|implementatie|actielijn|programmalijn|voorzieningen)\b/i],
  ["other", /^(?:(?:management)?samenvatting|inleiding|voorwoord|colofon|inhoud|inhoudsopgave|leeswijzer|conclusies?|aanbevelingen|literatuur(?:lijst)?|bronnen(?:lijst)?|tot slot|nawoord|context|introductie)\b/i],
];

const CONTENT_CUES: Array<[Role, RegExp]> = [
  ["vision-goals", /\b(?:ambitie|ambities|doel|doelen|doelstelling|streven|visie|willen we|wij willen|we willen|beogen|uitgangspunt)\b/gi],
  ["measures", /\b(?:acties?|gaan we|wij gaan|we gaan|organiseren|inzetten|zetten we in|uitvoeren|trekker|verantwoordelijke partij|implementeren|ontwikkelen|we zorgen|aanbieden|subsidiëren|worden ingezet|wordt ingezet|pilot)\b/gi],
  ["problem-analysis", /(?:%|\bprocent\b|\bprevalentie\b|\bcijfers\b|\bblijkt\b|\bonderzoek\b|\bjaarlijks\b|\bslachtoffers van\b|\bmeldingen\b|\boorzaak\b|\brisicofactor)/gi],
  ["monitoring", /\b(?:indicator(?:en)?|monitor(?:en|ing)?|evaluatie|evalueren|meten|nulmeting|rapportage|streefwaarde)\b/gi],
];

const NUMBERING = /^(?:(?:hoofdstuk|paragraaf|deel|chapter)\s+(?:\d{1,2}|[IVXLC]{1,6})\b[.:]?\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)/i;

/** The parts of a council motion ("Constaterende dat:", "Verzoekt het college om:"), headings of their own. */
const MOTION_PART =
  /^(?:constaterende?|overwegende?|gelet op|van (?:mening|oordeel) zijnde|kennis ?genomen hebbende|spreekt (?:zich )?uit|verzoekt|draagt)\b[^.;]{0,60}$/i;
/**
 * What an amendment or motion decides or asks in other words ("Besluit:", "Roept het college op:", "Vraagt het
 * college:"): these verbs also open ordinary sentences and the decision clause of a regulation ("besluit de
 * volgende nadere regels vast te stellen:"), so only a capitalised line that is the verb alone or ends in a colon.
 */
const MOTION_DECISION = /^(?:Besluit|Besluiten|Beslist|Roept|Vraagt|Stelt voor|Wijzigt)\b(?:[^.;:]{0,60}:)?\s*:?$/;

export function isMotionPart(line: string): boolean {
  return (MOTION_PART.test(line) || MOTION_DECISION.test(line)) && line.split(/\s+/).filter(Boolean).length <= 8;
}

export function titleRole(title: string): Role | null {
  const bare = title.replace(NUMBERING, "").trim();
  for (const [role, re] of TITLE_ROLES) if (re.test(role === "appendix" ? title : bare)) return role;
  return null;
}

function contentRole(text: string): Role | null {
  let best: Role | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [role, re] of CONTENT_CUES) {
    const count = text.match(re)?.length ?? 0;
    if (count > bestCount) {
      second = bestCount;
      bestCount = count;
      best = role;
    } else if (count > second) second = count;
  }
  return bestCount >= 3 && bestCount >= second * 1.5 ? best : null;
}

/**
 * Builds the section tree from heading blocks. Plain-text guesses (level 0) sit one level below
 * the last explicit heading. Roles come from the heading, else the section's own text, else the
 * parent; everything under an appendix is appendix.
 */
export function buildSections(text: string, blocks: Block[], lineOfNorm: (pos: number) => number, title: string): Section[] {
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
  assignRoles(text, blocks, sections);
  return sections;
}

/**
 * Roles in three passes: (1) from the heading; (2) an unresolved section takes the dominant role
 * of its titled subsections (a chapter of "Ambitie"/"Acties" is "measures"); (3) top-down, what
 * is still open inherits from a resolved parent, and only where no heading says anything does the
 * section's own text decide. Everything under an appendix is appendix.
 */
function assignRoles(text: string, blocks: Block[], sections: Section[]): void {
  const resolved = new Array<boolean>(sections.length).fill(false);
  for (const s of sections) {
    const byTitle = s.index === 0 ? null : titleRole(s.title);
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
  for (let i = sections.length - 1; i > 0; i--) {
    if (resolved[i]) continue;
    const counts = new Map<Role, number>();
    for (const c of children.get(i) ?? []) {
      if (!resolved[c.index] || c.role === "other") continue;
      counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === "measures" ? -1 : 1))[0];
    if (best) {
      sections[i].role = best[0];
      sections[i].roleFrom = "content";
      resolved[i] = true;
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
    if (parent && parent.roleFrom !== "default" && parent.role !== "other") {
      s.role = parent.role;
      s.roleFrom = "parent";
      continue;
    }
    const byContent = contentRole(directText(text, blocks, s));
    if (byContent) {
      s.role = byContent;
      s.roleFrom = "content";
    } else if (parent) {
      s.role = parent.role;
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
