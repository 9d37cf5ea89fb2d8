import type { Hit } from "../../match/matcher.js";
import type { Sentence } from "../../text/document.js";
import type { EvidenceItemSpec, WordsSpec } from "../schema.js";
import type { RuleContext } from "../types.js";
import { near, presence } from "./shared.js";

// The evidence items of a coverage check (issue 14 point 2): one schema, for YAML rules and code rules alike, for
// what counts as strong, weak and capped evidence. An item selects hits (concepts, companions in the same sentence,
// paragraph or section or within some words, exclusions, block types) and grades them: strong (concrete by itself),
// weak (a passing mention, the check partial at most) or neither (the engine weighs it by where it stands).

/** A code rule's own grading of a hit: concrete by itself, or a passing mention at most. */
export type HitGrade = "strong" | "weak";

/**
 * An evidence item as a code rule writes it: the YAML fields, plus what data cannot say: `keep`, a last filter on
 * the hits, and `grade` as a function (null drops the hit, undefined leaves it to the engine).
 */
export interface EvidenceItem extends Omit<EvidenceItemSpec, "grade"> {
  grade?: HitGrade | ((hit: Hit, sentence: Sentence) => HitGrade | undefined | null);
  keep?: (hit: Hit, sentence: Sentence) => boolean;
}

/** A hit with the grade a code rule gave it (none: the engine weighs it). */
export interface GradedHit {
  hit: Hit;
  grade?: HitGrade;
}

/** Elided first part of a compound: "migranten- en …", "vluchtelingen- of …". */
const ELIDED_COMPOUND = /^-\s+(?:en|of)\s/;
/** Characters after a hit that show whether it is the first part of an elided compound. */
const ELIDED_LOOKAHEAD = 6;

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** Words between two hits of one sentence. */
const gap = (a: Hit, b: Hit) => (b.tokStart >= a.tokEnd ? b.tokStart - a.tokEnd : a.tokStart - b.tokEnd);

/** Does `x` end at most `words` words before `h` starts? */
const before = (x: Hit, h: Hit, words: number) => x.tokEnd <= h.tokStart && h.tokStart - x.tokEnd <= words;

function elided(ctx: RuleContext, x: Hit): boolean {
  return ELIDED_COMPOUND.test(ctx.doc.text.slice(x.end, x.end + ELIDED_LOOKAHEAD));
}

/** Is there a hit of `w.concepts` in the hit's sentence within `w.words` words, on the side asked? */
export function nearWords(ctx: RuleContext, hit: Hit, w: WordsSpec): boolean {
  const side = w.side ?? "either";
  return ctx.hits.inSentence(hit.sentence, w.concepts).some((x) => {
    if (side === "before") return before(x, hit, w.words) || (w.elided !== undefined && elided(ctx, x) && before(x, hit, w.elided));
    if (overlaps(x, hit)) return false;
    if (side === "after" && x.tokStart < hit.tokEnd) return false;
    return gap(hit, x) <= w.words;
  });
}

/** How many other items of these concepts stand at most `words` words from the hit (overlapping hits are one item). */
function others(ctx: RuleContext, hit: Hit, concepts: string[], words: number): number {
  const items: Hit[] = [];
  for (const x of ctx.hits.inSentence(hit.sentence, concepts)) {
    if (overlaps(x, hit) || gap(hit, x) > words || items.some((y) => overlaps(x, y))) continue;
    items.push(x);
  }
  return items.length;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Is the hit part of an organisation's name? Dutch capitalises a common noun only at the start of a sentence or
 * inside a name, so a capitalised hit with a capitalised word right after it ("Vrouwenopvang Fier viert haar
 * jubileum") or right before it that does not open the sentence ("bij Stichting Vrouwenopvang Drenthe") is a name.
 * The issue calls an institution's name a passing mention (issue 13 point 2). A capitalised word inside the hit
 * does not count: a model's name like "Oranje Huis" is the kind of provision itself.
 */
function inName(ctx: RuleContext, hit: Hit): boolean {
  const t = ctx.doc.tokens;
  const s = ctx.doc.sentences[hit.sentence];
  if (!capitalised(t.textAt(hit.tokStart))) return false;
  const next = hit.tokEnd;
  if (next < s.tokenEnd && t.start[next] - t.end[next - 1] === 1 && capitalised(t.textAt(next)) && /\p{L}/u.test(t.textAt(next))) return true;
  const prev = hit.tokStart - 1;
  return prev > s.tokenStart && t.start[hit.tokStart] - t.end[prev] === 1 && capitalised(t.textAt(prev)) && /\p{L}/u.test(t.textAt(prev));
}

/** Is the hit a passing mention by the item's weak-inside / weak-with / weak-in-name / weak-near / weak-among? */
function passing(ctx: RuleContext, item: EvidenceItem, hit: Hit): boolean {
  if (item.weakWith && presence(ctx, item.weakWith).sentences.has(hit.sentence)) return true;
  if (item.weakInName && inName(ctx, hit)) return true;
  const inside = item.weakInside;
  if (inside && ctx.hits.inSentence(hit.sentence, inside).some((x) => x.start <= hit.start && hit.end <= x.end)) return true;
  if (item.weakNear && nearWords(ctx, hit, item.weakNear)) return true;
  const among = item.weakAmong;
  return among !== undefined && others(ctx, hit, among.concepts, among.words) >= among.min;
}

/**
 * The hits an item accepts, graded. With `concreteFirst`, a hit in a bullet of a measures section counts as
 * concrete too (an action by itself, "Wat gaan we doen: - sleutelpersonen inzetten", even without a commitment cue).
 */
export function itemHits(ctx: RuleContext, item: EvidenceItem, concreteFirst = false): GradedHit[] {
  const sentences = ctx.doc.sentences;
  const groups = item.with?.map((g) => presence(ctx, g).sentences);
  const blocks = item.blocks ? new Set<string>(item.blocks) : undefined;
  const out: GradedHit[] = [];
  for (const hit of ctx.find(item.concepts)) {
    const s = sentences[hit.sentence];
    if (groups && !groups.every((g) => g.has(hit.sentence))) continue;
    if (item.near && !near(ctx, s, item.near)) continue;
    if (item.unless && near(ctx, s, item.unless)) continue;
    if (item.nearWords && !nearWords(ctx, hit, item.nearWords)) continue;
    if (item.unlessWords && nearWords(ctx, hit, item.unlessWords)) continue;
    if (blocks && !blocks.has(s.blockType)) continue;
    if (item.keep && !item.keep(hit, s)) continue;
    const given = typeof item.grade === "function" ? item.grade(hit, s) : item.grade;
    if (given === null) continue;
    let grade: HitGrade | undefined = given;
    if (grade !== "weak" && passing(ctx, item, hit)) grade = "weak";
    else if (grade === undefined && concreteFirst && s.blockType === "listItem" && s.role === "measures") grade = "strong";
    out.push({ hit, grade });
  }
  return out;
}

const GRADE_RANK = (g?: HitGrade) => (g === "strong" ? 0 : g === undefined ? 1 : 2);

/**
 * The hits and their grades from graded evidence. Where several kinds of evidence offer the same hit, the best grade
 * counts (strong, then ungraded, then weak); hits come in document order.
 */
export function bestGrades(entries: Iterable<GradedHit>): { hits: Hit[]; grade: (h: Hit) => HitGrade | undefined } {
  const best = new Map<Hit, HitGrade | undefined>();
  for (const e of entries) if (!best.has(e.hit) || GRADE_RANK(e.grade) < GRADE_RANK(best.get(e.hit))) best.set(e.hit, e.grade);
  const hits = [...best.keys()].sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end);
  return { hits, grade: (h) => best.get(h) };
}

/**
 * The hits of all items (and of hits a code rule graded itself) with their best grades; with `concreteFirst`, a
 * sentence with a concrete hit keeps only its concrete hits.
 */
export function evidenceHits(
  ctx: RuleContext,
  items: readonly EvidenceItem[],
  concreteFirst = false,
  graded: readonly GradedHit[] = [],
): { hits: Hit[]; grade: (h: Hit) => HitGrade | undefined } {
  const { hits, grade } = bestGrades([...items.flatMap((item) => itemHits(ctx, item, concreteFirst)), ...graded]);
  if (!concreteFirst) return { hits, grade };
  const concrete = new Set(hits.filter((h) => grade(h) === "strong").map((h) => h.sentence));
  return { hits: hits.filter((h) => grade(h) !== undefined || !concrete.has(h.sentence)), grade };
}

/** Every concept the items read (for a rule's `uses`). */
export function evidenceConcepts(items: readonly EvidenceItem[]): string[] {
  return [
    ...new Set(
      items.flatMap((i) => [
        ...i.concepts,
        ...(i.with?.flat() ?? []),
        ...(i.near?.concepts ?? []),
        ...(i.unless?.concepts ?? []),
        ...(i.nearWords?.concepts ?? []),
        ...(i.unlessWords?.concepts ?? []),
        ...(i.weakInside ?? []),
        ...(i.weakWith ?? []),
        ...(i.weakNear?.concepts ?? []),
        ...(i.weakAmong?.concepts ?? []),
      ]),
    ),
  ];
}
