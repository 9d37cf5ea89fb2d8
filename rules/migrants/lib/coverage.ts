import { assessCoverage, bestGrades, near, presence, type CoverageReport, type GradedHit, type Hit, type Role, type RuleContext, type WindowSpec } from "../../engine/rule-api.js";

// Shared helpers for the migrants coverage checks. A check is met by any of several kinds of
// evidence ("specs"): a migrant-specific measure by itself, or a general measure word (voorlichting,
// outreach, structurele middelen) only where a migrant group is named in the same sentence,
// paragraph or section. Specs marked `cap: "partial"` can make a check partial but never present
// (a generic outreach approach that never mentions migrants, a key figure without a migrant context).

/**
 * The groups themselves (migrant-groups.yml), without residence status; a passage on civic integration or on
 * cultural background and origin is about them too.
 */
export const GROUPS = ["migrants", "refugees", "status-holders", "marriage-migrants", "ethnic-minorities", "migrant-communities", "integration", "cultural-background"];

/** Words that set origin aside ("ongeacht afkomst of culturele achtergrond", gender-framing.yml). */
export const REGARDLESS = ["gender-neutrality-cue"];
/** Tokens from "ongeacht" to the last item of its list ("ongeacht leeftijd, gender, culturele achtergrond"). */
export const REGARDLESS_REACH = 6;

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
  /** The hit counts only right after a hit of these concepts ("Turkse vrouwenorganisatie"); `elided`: also after
   *  the first part of an elided compound ("migranten- en professionele organisaties"). */
  after?: { concepts: string[]; gap: number; elided?: { gap: number } };
  /** The hit does not count within `gap` tokens after one of these concepts ("ongeacht … afkomst"). */
  notAfter?: { concepts: string[]; gap: number };
  /** "partial": this kind of evidence can never make the check present on its own. */
  cap?: "partial";
  /** Every accepted hit counts as concrete (strong) in the body, e.g. a group named in a measure. */
  strong?: boolean;
}

export interface CoverOptions {
  /** Concepts whose mention counts as concrete by itself. */
  strong?: string[];
  present?: { strong?: number; medium?: number; short?: number; shortHeaded?: boolean };
  /** Roles that count as policy body (default: the engine's goals, measures and monitoring). */
  body?: Role[];
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
  if (spec.after) {
    const a = spec.after;
    hits = hits.filter((h) => ctx.hits.inSentence(h.sentence, a.concepts).some((p) => follows(p, h, a.gap) || (!!a.elided && elided(ctx, p) && follows(p, h, a.elided.gap))));
  }
  if (spec.notAfter) {
    const n = spec.notAfter;
    hits = hits.filter((h) => !ctx.hits.inSentence(h.sentence, n.concepts).some((p) => follows(p, h, n.gap)));
  }
  return hits;
}

/** Does `h` start at most `gap` tokens after `p` ends? */
function follows(p: Hit, h: Hit, gap: number): boolean {
  return p.tokEnd <= h.tokStart && h.tokStart - p.tokEnd <= gap;
}

/** Is the hit the first part of an elided compound ("migranten- en …", "vluchtelingen- of …")? */
function elided(ctx: RuleContext, p: Hit): boolean {
  return /^-\s+(?:en|of)\s/.test(ctx.doc.text.slice(p.end, p.end + 6));
}

/**
 * Is the hit concrete by itself? Hits of a `strong` spec are, and so is a bullet in a measures section: an
 * action by itself ("Wat gaan we doen: - sleutelpersonen inzetten …"), even when its verb is no commitment cue.
 */
function concrete(ctx: RuleContext, h: Hit, spec: CoverSpec): boolean {
  const s = ctx.doc.sentences[h.sentence];
  return !!spec.strong || (s.blockType === "listItem" && s.role === "measures");
}

/**
 * A coverage check met by any of the specs, in one assessment by the engine: the mentions of uncapped specs
 * add up as in a single coverage rule; capped specs are passing mentions, which can make the check partial at
 * most. In a sentence with a concrete hit only the concrete hits count.
 */
export function coverAny(ctx: RuleContext, specs: CoverSpec[], o: CoverOptions = {}): CoverageReport {
  const entries: GradedHit[] = specs.flatMap((spec) =>
    specHits(ctx, spec).map((hit) => ({ hit, grade: spec.cap ? "weak" : concrete(ctx, hit, spec) ? "strong" : undefined })),
  );
  const { hits, grade } = bestGrades(entries);
  const concreteSentences = new Set(hits.filter((h) => grade(h) === "strong").map((h) => h.sentence));
  return assessCoverage(ctx, {
    concepts: [],
    hits: hits.filter((h) => grade(h) !== undefined || !concreteSentences.has(h.sentence)),
    grade,
    strong: o.strong,
    // A motion, news item or council question with headings states its plan as briefly as one without (issue 13).
    present: { shortHeaded: true, ...o.present },
    body: o.body,
  });
}
