import type { Hit } from "../../engine/match/matcher.js";
import { assessCoverage } from "../../engine/rules/kinds/coverage.js";
import { near, presence } from "../../engine/rules/kinds/shared.js";
import type { WindowSpec } from "../../engine/rules/schema.js";
import type { CoverageReport, EvidenceReport, RuleContext } from "../../engine/rules/types.js";
import type { CoverageStatus, Role } from "../../engine/types.js";

// Shared helpers for the migrants coverage checks. A check is met by any of several kinds of
// evidence ("specs"): a migrant-specific measure by itself, or a general measure word (voorlichting,
// outreach, structurele middelen) only where a migrant group is named in the same sentence,
// paragraph or section. Specs marked `cap: "partial"` can make a check partial but never present
// (a generic outreach approach that never mentions migrants, a key figure without a migrant context).

/** The groups themselves (migrant-groups.yml), without residence status. */
export const GROUPS = ["migrants", "refugees", "status-holders", "marriage-migrants", "ethnic-minorities", "migrant-communities"];

/** Residence-status concepts (migrant-groups.yml). */
export const RESIDENCE = ["undocumented", "dependent-residence", "residence-status"];

/** Migrant-specific measures (migrant-reach.yml): naming one of them puts a passage in a migrant context. */
export const SPECIFIC_MEASURES = [
  "migrant-organisations",
  "mosques-imams",
  "community-mediators",
  "migrant-information-workers",
  "migrant-advisory-council",
  "representative-consultation",
  "community-platform",
  "migrant-organisation-strengthening",
  "own-language",
  "interpreters",
  "translated-material",
  "targeted-information",
  "intercultural-competence",
  "walk-in-consultation",
];

/** Anything that shows a passage is about migrants. */
export const MIGRANT_CONTEXT = [...GROUPS, ...RESIDENCE, ...SPECIFIC_MEASURES];

/** Measures of any kind (migrant-reach.yml): a group named in the same sentence is the target of a measure. */
export const MEASURES = [
  ...SPECIFIC_MEASURES,
  "key-figures",
  "living-room-sessions",
  "dialogue-meetings",
  "theatre-docudrama",
  "information-activity",
  "resilience-training",
  "professional-expertise",
  "diverse-staff",
  "outreach-work",
  "home-visits",
  "district-approach",
  "reach-monitoring",
];

export interface CoverSpec {
  concepts: string[];
  /** Every group needs a hit in the same sentence. */
  requireAll?: string[][];
  /** The hit only counts with one of these concepts nearby. */
  near?: WindowSpec;
  /** The hit does not count with one of these concepts nearby. */
  unless?: WindowSpec;
  /** "partial": this kind of evidence can never make the check present on its own. */
  cap?: "partial";
  /** Every accepted hit counts as concrete (strong) in the body, e.g. a group named in a measure. */
  strong?: boolean;
}

export interface CoverOptions {
  /** Concepts whose mention counts as concrete by itself. */
  strong?: string[];
  present?: { strong?: number; medium?: number };
}

/** The hits a spec accepts. */
export function specHits(ctx: RuleContext, spec: CoverSpec): Hit[] {
  let hits = ctx.find(spec.concepts);
  if (spec.requireAll) {
    const groups = spec.requireAll.map((g) => presence(ctx, g));
    hits = hits.filter((h) => groups.every((g) => g.sentences.has(h.sentence)));
  }
  if (spec.near) {
    const w = spec.near;
    hits = hits.filter((h) => near(ctx, ctx.doc.sentences[h.sentence], w));
  }
  if (spec.unless) {
    const w = spec.unless;
    hits = hits.filter((h) => !near(ctx, ctx.doc.sentences[h.sentence], w));
  }
  return spec.strong ? hits.map((h) => ({ ...h, concept: `${h.concept}${STRONG_TAG}` })) : hits;
}

/** Marks hits of a `strong` spec; the engine's assessment treats these concept ids as concrete. */
const STRONG_TAG = "#migrants-strong";

/**
 * A bullet in a measures section is an action by itself ("Wat gaan we doen: - sleutelpersonen inzetten …"),
 * even when its verb is not a commitment cue; such hits count as concrete.
 */
function listedMeasure(ctx: RuleContext, h: Hit): Hit {
  const s = ctx.doc.sentences[h.sentence];
  if (s.blockType !== "listItem" || s.role !== "measures" || h.concept.endsWith(STRONG_TAG)) return h;
  return { ...h, concept: `${h.concept}${STRONG_TAG}` };
}

/** Runs the engine's coverage assessment over a given set of hits. */
function assessHits(ctx: RuleContext, hits: Hit[], o: CoverOptions): CoverageReport {
  const key = ["migrants/lib#union"];
  // In a sentence with a strong-tagged hit only the tagged hits count (the first hit of a sentence decides).
  const tagged = new Set(hits.filter((h) => h.concept.endsWith(STRONG_TAG)).map((h) => h.sentence));
  const kept = hits.filter((h) => h.concept.endsWith(STRONG_TAG) || !tagged.has(h.sentence));
  const strong = [...(o.strong ?? []), ...new Set(kept.filter((h) => h.concept.endsWith(STRONG_TAG)).map((h) => h.concept))];
  // The engine lets the first hit of a sentence stand for it: put concrete concepts first.
  const isStrong = (h: Hit) => (strong.includes(h.concept) ? 0 : 1);
  const sorted = [...new Map(kept.map((h) => [`${h.concept}|${h.start}|${h.end}`, h])).values()].sort(
    (a, b) => a.sentence - b.sentence || isStrong(a) - isStrong(b) || a.start - b.start || b.end - a.end,
  );
  const scoped: RuleContext = { ...ctx, find: (concepts) => (concepts === key ? sorted : ctx.find(concepts)) };
  return assessCoverage(scoped, { concepts: key, strong, present: o.present });
}

const RANK: Record<CoverageStatus, number> = { present: 0, partial: 1, missing: 2, "not-applicable": 3 };

/**
 * A coverage check met by any of the specs. Uncapped specs are assessed together (their mentions
 * add up, as in a single coverage rule); capped specs can lift a missing check to partial at most.
 */
export function coverAny(ctx: RuleContext, specs: CoverSpec[], o: CoverOptions = {}): CoverageReport {
  const full = assessHits(ctx, specs.filter((s) => !s.cap).flatMap((s) => specHits(ctx, s)).map((h) => listedMeasure(ctx, h)), o);
  const cappedHits = specs.filter((s) => s.cap).flatMap((s) => specHits(ctx, s));
  if (full.status === "not-applicable" || full.status === "present" || cappedHits.length === 0) return full;
  const capped = assessHits(ctx, cappedHits, o);
  const cappedStatus: CoverageStatus = capped.status === "present" ? "partial" : capped.status;
  if (RANK[cappedStatus] >= RANK[full.status]) {
    // Nothing better from the capped specs; keep their negated evidence only when all is missing.
    return full.status === "missing" && full.evidence.length === 0 ? { ...full, evidence: capped.evidence } : full;
  }
  return {
    status: cappedStatus,
    evidence: mergeEvidence(capped.evidence, full.evidence),
    roles: mergeRoles(full.roles, capped.roles),
    data: capped.data,
  };
}

function mergeEvidence(a: EvidenceReport[], b: EvidenceReport[]): EvidenceReport[] {
  const seen = new Set<number>();
  const out: EvidenceReport[] = [];
  for (const e of [...a, ...b]) {
    if (seen.has(e.sentence)) continue;
    seen.add(e.sentence);
    out.push(e);
  }
  return out.slice(0, 3);
}

function mergeRoles(
  a: CoverageReport["roles"] = {},
  b: CoverageReport["roles"] = {},
): Partial<Record<Role, CoverageStatus>> {
  const out: Partial<Record<Role, CoverageStatus>> = { ...a };
  for (const [role, s] of Object.entries(b) as Array<[Role, CoverageStatus]>) {
    const capped: CoverageStatus = s === "present" ? "partial" : s;
    const prev = out[role];
    if (!prev || RANK[capped] < RANK[prev]) out[role] = capped;
  }
  return out;
}
