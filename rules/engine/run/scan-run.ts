import type { Corpus } from "../data/corpus.js";
import { termWords, type ConceptHits, type Hit } from "../match/matcher.js";
import { fold, matchKey } from "../text/stem.js";
import type { CoverageReport, FindingReport, Rule, RuleContext, RuleModule } from "../rules/types.js";
import { attributedToOthers, negated, negatedInGap, type ParsedDocument, type Sentence } from "../text/document.js";
import type { Section } from "../text/sections.js";
import type { CoverageResult, Finding, Lang, ScanResult, Severity } from "../types.js";
import { buildFinding, coverageFindingReport, coverageResult, noticeFinding } from "./findings.js";
import { Fingerprinter } from "./fingerprint.js";
import type { EffectiveRule } from "./profile.js";
import { buildResult } from "./result.js";
import { suppressionFor, unjustifiedDirectives, type StoredSuppression } from "./suppressions.js";

// One scan's state: runs each rule with its context and collects what it reports (findings.ts makes the findings,
// suppressions.ts marks the suppressed ones, result.ts assembles the result).

/** What a scan needs of its engine. */
export interface ScanEngine {
  corpus: Corpus;
  modules: RuleModule[];
  version: string;
}

export class ScanRun {
  readonly findings: Finding[] = [];
  readonly coverage: CoverageResult[] = [];
  readonly spans = new Map<string, { start: number; end: number }>();
  readonly messageIds = new Map<string, string>();
  /** Hit objects each rule made (by rule id): the memory a rule costs beside the compact hit rows. */
  readonly hitObjects = new Map<string, number>();
  readonly fingerprints = new Fingerprinter();
  private readonly usedDirectives = new Set<number>();
  /** Rules that threw: their checks are missing, so the result is not complete (no grade is given). */
  readonly failedRules: string[] = [];

  constructor(
    private readonly engine: ScanEngine,
    readonly doc: ParsedDocument,
    private readonly hits: ConceptHits,
    readonly lang: Lang,
    private readonly onTopic: boolean,
    private readonly fragment: boolean,
    private readonly suppressions: StoredSuppression[] | undefined,
  ) {}

  get corpus(): Corpus {
    return this.engine.corpus;
  }

  /** Per concept: the match keys of its terms that have a negation word of their own, by segment ("waarom gaat ze niet weg"). */
  private readonly negatingTerms = new Map<string, string[][][]>();

  /**
   * Is the negation word inside this hit one of its term's own words ("waarom gaat ze niet weg", "houdt geen stand")
   * rather than a word in the gap of a split phrase ("lokt het geweld niet uit")? Own when a term of the concept with
   * a negation word covers the hit: its first words open it, its last words close it, the negation word is the term's.
   * Concepts outside the corpus (inline rule terms) count every such word as their own: the old scope.
   */
  private ownNegation(hit: Hit, k: number): boolean {
    const concept = this.corpus.concepts.get(hit.concept);
    if (!concept) return true;
    let terms = this.negatingTerms.get(hit.concept);
    if (!terms) {
      const negators = this.doc.cues.negators;
      terms = concept.terms
        .filter((t) => termWords(t.text).some((w) => negators.has(fold(w))))
        .map((t) => t.text.split(/\s*(?:…|\.\.\.)\s*/).map((seg) => termWords(seg).map((w) => matchKey(fold(w)))));
      this.negatingTerms.set(hit.concept, terms);
    }
    const key = (i: number) => matchKey(fold(this.doc.tokens.normAt(i)));
    return terms.some((segs) => literalAt(segs, key, hit.tokStart, hit.tokEnd, k));
  }

  runRule(rule: Rule, eff: EffectiveRule): void {
    const doc = this.doc;
    let covered = false;
    const ctx: RuleContext = {
      doc,
      hits: this.hits,
      options: eff.options,
      lang: this.lang,
      onTopic: this.onTopic,
      report: (r) => this.addFinding(rule, eff, r),
      cover: (r) => {
        if (covered) throw new Error(`${rule.meta.id} reported its coverage twice`);
        covered = true;
        this.addCoverage(rule, eff, r);
      },
      find: (concepts) => this.hits.of(concepts),
      sentenceOf: (hit: Hit) => doc.sentences[hit.sentence],
      sectionOf: (s: Sentence): Section => doc.sections[s.section],
      negated: (hit: Hit, from?: number) => negated(doc, doc.sentences[hit.sentence], hit.tokStart, hit.tokEnd, from),
      negatedInGap: (hit: Hit) => negatedInGap(doc, hit.tokStart, hit.tokEnd, (k) => !this.ownNegation(hit, k)),
      attributed: (hit: Hit) => attributedToOthers(doc, doc.sentences[hit.sentence], hit.tokStart),
    };
    try {
      const handlers = rule.create(ctx) ?? {};
      if (handlers.section) for (const s of doc.sections) handlers.section(s);
      if (handlers.sentence) for (const s of doc.sentences) handlers.sentence(s);
      handlers["document:exit"]?.();
    } finally {
      // Hit objects are one rule's: no rule keeps another's, so they need not be held to the end of the scan.
      this.hitObjects.set(rule.meta.id, this.hits.releaseObjects());
    }
    if (rule.meta.kind === "coverage" && !covered) {
      throw new Error(`coverage rule ${rule.meta.id} reported no status`);
    }
  }

  private addFinding(rule: Rule, eff: EffectiveRule, r: FindingReport): void {
    const meta = rule.meta;
    const messageId = r.messageId ?? "default";
    if (!meta.messages[messageId]) throw new Error(`${meta.id} reported undeclared message "${messageId}"`);
    // A fragment is not the whole document: what it lacks may be elsewhere, so nothing is said about the whole.
    if (this.fragment && r.at === "document") return;
    const finding = buildFinding(this, meta, eff.severity, r, messageId);
    const suppression = suppressionFor(finding, this.suppressions, this.doc.directives, this.usedDirectives);
    if (suppression) {
      finding.suppressed = true;
      finding.suppression = suppression;
    }
    this.findings.push(finding);
    if (r.at !== "document") this.spans.set(finding.id, { start: r.at.start, end: r.at.end });
    this.messageIds.set(finding.id, messageId);
  }

  private addCoverage(rule: Rule, eff: EffectiveRule, r: CoverageReport): void {
    if (this.fragment && r.status === "missing") {
      this.coverage.push({ check: rule.meta.id, module: rule.meta.module, status: "not-assessed", evidence: [] });
      return;
    }
    this.coverage.push(coverageResult(this.doc, rule.meta, r));
    const report = coverageFindingReport(r, eff.severity, this.lang);
    if (report) this.addFinding(rule, eff, report);
  }

  /** Directives without a reason are refused (a suppression must be justified), and said so. */
  checkDirectives(): void {
    for (const message of unjustifiedDirectives(this.doc.directives)) this.engineNotice("engine/suppression-without-reason", message, "warning");
  }

  ruleFailed(rule: Rule, e: Error): void {
    console.error(`[genderscan] rule ${rule.meta.id} failed:`, e);
    this.failedRules.push(rule.meta.id);
    this.engineNotice(
      "engine/rule-failed",
      {
        nl: `De regel ${rule.meta.id} kon niet worden uitgevoerd; de uitslag mist deze controle. Meld dit aan de beheerder.`,
        en: `The rule ${rule.meta.id} could not run; the result lacks this check. Please report this.`,
      },
      "warning",
    );
  }

  languageNotice(): void {
    this.engineNotice(
      "engine/non-dutch-text",
      {
        nl: `De tekst lijkt niet Nederlands (herkend: ${this.doc.language}). genderscan beoordeelt alleen Nederlandse beleidsteksten; er zijn geen regels toegepast.`,
        en: `The text does not look Dutch (detected: ${this.doc.language}). genderscan assesses Dutch policy texts only; no rules were applied.`,
      },
      "warning",
    );
  }

  private engineNotice(ruleId: string, message: { nl: string; en: string }, severity: Severity): void {
    this.findings.push(noticeFinding(this.fingerprints, ruleId, message, severity, this.lang));
  }

  result(effective: Map<string, EffectiveRule>): ScanResult {
    return buildResult({
      modules: this.engine.modules,
      version: this.engine.version,
      doc: this.doc,
      lang: this.lang,
      onTopic: this.onTopic,
      fragment: this.fragment,
      effective,
      coverage: this.coverage,
      findings: this.findings,
      failedRules: this.failedRules,
    });
  }
}

/**
 * Does a term (its segments of match keys, split at "…") cover tokens [from, to) with token k one of its own words?
 * The first segment opens the range, the last closes it, the ones between follow in order; greedy, as terms are short.
 */
function literalAt(segs: string[][], key: (i: number) => string, from: number, to: number, k: number): boolean {
  const own: number[] = [];
  let at = from;
  for (let si = 0; si < segs.length; si++) {
    const seg = segs[si];
    const last = si === segs.length - 1;
    let pos = si === 0 ? at : last ? to - seg.length : -1;
    if (pos < 0) for (let p = at; p + seg.length <= to && pos < 0; p++) if (seg.every((w, j) => key(p + j) === w)) pos = p;
    if (pos < at || !seg.every((w, j) => key(pos + j) === w)) return false;
    for (let j = 0; j < seg.length; j++) own.push(pos + j);
    at = pos + seg.length;
  }
  return at === to && own.includes(k);
}
