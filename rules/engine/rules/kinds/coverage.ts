import type { Hit } from "../../match/matcher.js";
import { sentenceText, type Sentence } from "../../text/document.js";
import { hasTitledSections, isMotion, titleRole } from "../../text/sections.js";
import { ATRIA_ROLES, type CoverageStatus, type Role } from "../../types.js";
import type { CoverageFile } from "../schema.js";
import type { CoverageReport, EvidenceReport, Rule, RuleContext, RuleMeta } from "../types.js";
import { evidenceConcepts, evidenceHits, type EvidenceItem, type GradedHit, type HitGrade } from "./evidence.js";
import { otherFieldSentences } from "./other-field.js";
import { PAST_REPORT_CONCEPTS, pastReport } from "./past-report.js";
import { presence, ruleConcepts } from "./shared.js";

export { bestGrades, type EvidenceItem, type GradedHit, type HitGrade } from "./evidence.js";

/**
 * A text of at most this many sentences is an excerpt, a news item, a motion or a paragraph: it has no room for
 * Atria's three parts, so one clear mention is enough for `present` (a passing mention stays partial).
 */
export const SHORT_TEXT = 40;
/** Medium mentions that make a short text's check present, unless the rule says otherwise. */
export const SHORT_TEXT_MEDIUM = 1;
/** Strong mentions that make a check present, unless the rule says otherwise: one concrete measure is enough. */
export const PRESENT_STRONG = 1;
/** Strong and medium mentions together that make a check present: several mentions in the body add up. */
export const PRESENT_MEDIUM = 3;
/** Evidence quoted per check: the best few, so a reader can verify without a wall of quotes. */
export const MAX_EVIDENCE = 3;
/** Mentions (not weak, not negated) that make a topic present in one section role without a strong one: one could be in passing. */
export const ROLE_PRESENT_MENTIONS = 2;

/** Roles that hold the policy itself: what the municipality will do, aim for and measure. */
export const BODY_ROLES: Role[] = ["vision-goals", "measures", "monitoring"];
/** Concept of the corpus that marks a concrete commitment ("we gaan", "wordt ingezet", "subsidiëren"). */
export const COMMITMENT_CUE = "commitment-cue";

export interface CoverageOptions {
  /** The concepts to look for (unless `evidence` or `hits` are given). */
  concepts?: string[];
  /**
   * Kinds of evidence (the YAML `evidence:` items, plus `keep` and a grade function in code), assessed instead of
   * the hits of `concepts`: the check is met by any of them; where several offer the same hit, the best grade counts.
   */
  evidence?: readonly EvidenceItem[];
  /** Hits graded strong and bullets of a measures section are concrete; in their sentence only concrete hits count. */
  concreteFirst?: boolean;
  /** Hits a code rule selected and graded itself, assessed with those of the `evidence` items (the best grade counts). */
  graded?: readonly GradedHit[];
  /** Evidence a code rule selected itself, assessed instead of the hits of `concepts` or `evidence`. */
  hits?: Hit[];
  /** Grades a hit; undefined leaves it to the engine. A "weak" hit can make the check partial, never present. */
  grade?: (hit: Hit, sentence: Sentence) => HitGrade | undefined;
  /** Do commitment cues ("we gaan", "wordt ingezet") make a mention concrete? Default true. */
  commitmentCues?: boolean;
  /**
   * Is a sentence that only reports a past activity ("In 2019 liep er een campagne") a passing mention at most?
   * One that carries it on ("zetten we voort", "ook dit jaar", "zal") keeps its strength.
   */
  pastIsMention?: boolean;
  /** Every group needs a hit in the same sentence. */
  requireAll?: string[][];
  strong?: string[];
  /** Concepts whose mentions are passing mentions at most. */
  weak?: string[];
  body?: Role[];
  /**
   * Mentions needed for `present`: strong ones, strong+medium ones, and strong+medium ones in a short text.
   * `shortHeaded`: a short text with headings (a motion's "Constaterende dat … Verzoekt het college", a news item
   * with subheads, a council question) is a short text too, not a plan with Atria's parts (issue 13 point 2).
   */
  present?: { strong?: number; medium?: number; short?: number; shortHeaded?: boolean };
  applicableIf?: string[];
}

type Strength = "strong" | "medium" | "weak" | "negated";

interface Mention {
  sentence: Sentence;
  hit: Hit;
  strength: Strength;
}

const RANK: Record<Strength, number> = { strong: 0, medium: 1, weak: 2, negated: 3 };

/**
 * An entry of a table of contents names a chapter the document has: as strong as that chapter's heading in the
 * body, unless the entry is an appendix or definitions ("Bijlage 2 Begrippen"), or the analysis or introduction.
 */
function contentsStrength(ctx: RuleContext, s: Sentence, body: readonly Role[]): Strength {
  const role = titleRole(ctx.doc.cues.sections, sentenceText(ctx.doc, s));
  if (role === "appendix" || role === "definitions") return "weak";
  return role === null || body.includes(role) ? "strong" : "medium";
}

/**
 * Decides a coverage check. Each sentence that mentions the topic is one mention:
 * strong = in the policy body (goals, measures, monitoring) and concrete (a commitment cue, a
 *          named strong concept, or the heading of a section devoted to it);
 * medium = in the body without such a cue, or concrete outside it;
 * weak   = only in the analysis, definitions or an appendix, someone else's words, graded weak
 *          by the rule, or in a sentence about another policy field (a passing mention at most); a short
 *          motion's considerations are no analysis chapter: a concrete mention there is medium;
 * negated mentions ("er is nog geen …", "… ontbreekt") count for nothing.
 * present: at least `present.strong` (1) strong mentions, or `present.medium` (3) strong+medium, in a short text
 *          (without headings, or with them where `present.shortHeaded`) `present.short` (1);
 * partial: any other non-negated mention; missing: none. A document without headings that name a
 * role has no roles to go by, so all its text counts as body.
 */
export function assessCoverage(ctx: RuleContext, o: CoverageOptions): CoverageReport {
  if (!ctx.onTopic) return { status: "not-applicable", evidence: [] };
  if (o.applicableIf && ctx.find(o.applicableIf).length === 0) return { status: "not-applicable", evidence: [] };
  const doc = ctx.doc;
  const body = o.body ?? BODY_ROLES;
  const unstructured = !hasTitledSections(doc.sections);
  // A short motion's considerations are the council's own position, not an analysis chapter of a plan: a concrete
  // mention there addresses the item (medium); one that is not concrete stays a passing mention (issue 13 point 2).
  const motion = doc.sentences.length <= SHORT_TEXT && isMotion(doc.cues.sections, doc.sections);
  const strongConcepts = new Set(o.strong ?? []);
  const weakConcepts = new Set(o.weak ?? []);
  const cues = o.commitmentCues === false ? new Set<number>() : presence(ctx, [COMMITMENT_CUE]).sentences;
  const groups = o.requireAll?.map((g) => presence(ctx, g));
  const otherField = otherFieldSentences(ctx);
  const selected = (o.evidence || o.graded) && !o.hits ? evidenceHits(ctx, o.evidence ?? [], o.concreteFirst, o.graded) : undefined;
  const gradeOf = o.grade ?? (selected ? (h: Hit) => selected.grade(h) : undefined);

  // One mention per sentence: its strongest hit (a negated "geen opvang" and a concrete
  // "opvangplekken realiseren" in one sentence count as the concrete one).
  const bySentence = new Map<number, Mention>();
  for (const hit of o.hits ?? selected?.hits ?? ctx.find(o.concepts ?? [])) {
    const s = doc.sentences[hit.sentence];
    if (s.blockType === "footnote") continue;
    if (groups && !groups.every((g) => g.sentences.has(s.index))) continue;
    const m = { sentence: s, hit, strength: strengthOf(ctx, s, hit) };
    const prev = bySentence.get(s.index);
    if (!prev || RANK[m.strength] < RANK[prev.strength]) bySentence.set(s.index, m);
  }
  const mentions = [...bySentence.values()];

  function strengthOf(c: RuleContext, s: Sentence, hit: Hit): Strength {
    if (c.negated(hit)) return "negated";
    if (c.attributed(hit)) return "weak";
    // "Preventie van depressie", "campagne tegen woninginbraken": the measure is about another field.
    if (otherField.has(s.index)) return "weak";
    if (o.pastIsMention && pastReport(c, s)) return "weak";
    const grade = gradeOf?.(hit, s) ?? (weakConcepts.has(hit.concept) ? "weak" : strongConcepts.has(hit.concept) ? "strong" : undefined);
    if (grade === "weak") return "weak";
    if (s.blockType === "contents") return contentsStrength(c, s, body);
    const inBody = unstructured || body.includes(s.role);
    const isHeading = s.blockType === "heading" && s.role !== "appendix";
    // A bullet in a measures section is a measure.
    const isMeasureItem = s.blockType === "listItem" && s.role === "measures";
    const concrete = cues.has(s.index) || grade === "strong" || isHeading || isMeasureItem;
    if (s.role === "appendix") return "weak";
    if (inBody && concrete) return "strong";
    const considered = motion && s.role === "problem-analysis" && doc.sections[s.section].roleFrom === "title";
    if (inBody || (concrete && (considered || (s.role !== "problem-analysis" && s.role !== "definitions")))) return "medium";
    return "weak";
  }

  const count = (k: Strength) => mentions.filter((m) => m.strength === k).length;
  const strong = count("strong");
  const medium = count("medium");
  const weak = count("weak");
  const needStrong = o.present?.strong ?? PRESENT_STRONG;
  const short = doc.sentences.length <= SHORT_TEXT && (unstructured || o.present?.shortHeaded === true);
  const needMedium = short
    ? (o.present?.short ?? Math.min(SHORT_TEXT_MEDIUM, o.present?.medium ?? PRESENT_MEDIUM))
    : (o.present?.medium ?? PRESENT_MEDIUM);
  let status: CoverageStatus;
  if ((needStrong > 0 && strong >= needStrong) || strong + medium >= needMedium) status = "present";
  else if (strong + medium + weak > 0) status = "partial";
  else status = "missing";

  const ordered = [...mentions].sort((a, b) => RANK[a.strength] - RANK[b.strength] || a.sentence.index - b.sentence.index);
  const evidence: EvidenceReport[] = ordered
    .filter((m) => (status === "missing" ? true : m.strength !== "negated"))
    .slice(0, MAX_EVIDENCE)
    .map((m) => ({ start: m.hit.start, end: m.hit.end, role: m.sentence.role, sentence: m.sentence.index }));

  const roles: Partial<Record<Role, CoverageStatus>> = {};
  const usedRoles = new Set<Role>([...ATRIA_ROLES, ...mentions.map((m) => m.sentence.role)]);
  for (const r of usedRoles) {
    const inRole = mentions.filter((m) => m.sentence.role === r && m.strength !== "negated" && m.strength !== "weak");
    const weakInRole = mentions.filter((m) => m.sentence.role === r && m.strength === "weak");
    roles[r] = inRole.length >= ROLE_PRESENT_MENTIONS || inRole.some((m) => m.strength === "strong") ? "present" : inRole.length + weakInRole.length > 0 ? "partial" : "missing";
  }
  const where = evidence[0] ? doc.sentences[evidence[0].sentence].role : "";
  return { status, evidence, roles, data: { where } };
}

/** coverage: a document-level check with present / partial / missing / not-applicable and evidence. */
export function coverageRule(meta: RuleMeta, spec: CoverageFile): Rule {
  const concepts = ruleConcepts(meta, spec.concepts, !!spec.terms?.length);
  const options: CoverageOptions = {
    concepts,
    evidence: spec.evidence,
    concreteFirst: spec.concreteFirst,
    commitmentCues: spec.commitmentCues,
    pastIsMention: spec.pastIsMention,
    requireAll: spec.requireAll,
    strong: spec.strong,
    weak: spec.weak,
    body: spec.body,
    present: spec.present,
    applicableIf: spec.applicableIf,
  };
  return {
    meta,
    uses: [...concepts, ...evidenceConcepts(spec.evidence ?? []), ...(spec.requireAll?.flat() ?? []), ...(spec.strong ?? []), ...(spec.weak ?? []), ...(spec.applicableIf ?? []), ...(spec.pastIsMention ? PAST_REPORT_CONCEPTS : [])],
    create(ctx) {
      return {
        "document:exit"() {
          ctx.cover(assessCoverage(ctx, options));
        },
      };
    },
  };
}
