import type { Corpus } from "../data/corpus-load.js";
import { InputError, RuleDataError } from "../errors.js";
import type { ConceptHits, ConceptSpec, Hit, Matcher } from "../match/matcher.js";
import { compiledMatcher } from "../data/compiled.js";
import type { CoverageReport, FindingReport, Rule, RuleContext, RuleModule } from "../rules/types.js";
import {
  attributedToOthers,
  locate,
  negated,
  parseDocument,
  quoteOf,
  type ParsedDocument,
  type Sentence,
  type TextFormat,
} from "../text/document.js";
import type { Section } from "../text/sections.js";
import type { CueSets } from "../text/cues.js";
import { fold } from "../text/stem.js";
import type {
  CoverageResult,
  DocumentKind,
  Finding,
  Lang,
  ModuleResult,
  ScanResult,
  Severity,
  SourceRef,
  Suppression,
} from "../types.js";
import { Fingerprinter } from "./fingerprint.js";
import { resolveRules, type EffectiveRule, type Profile } from "./profile.js";
import { remedyAsText, remedyText, renderMessage, roleLabel } from "./render.js";
import { grade, moduleScore, overallScore } from "./score.js";
import { isOnTopic, TOPIC_CORE } from "./topic.js";
import { looksLikeFragment } from "./fragment.js";

export const ENGINE_NAME = "genderscan";

export interface StoredSuppression {
  fingerprint: string;
  justification: string;
  by?: string;
  at?: string;
}

export interface ScanOptions {
  format?: TextFormat;
  title?: string;
  kind?: DocumentKind;
  profile?: Profile;
  lang?: Lang;
  /**
   * Is the text a part of a document? true: document-level checks it does not meet are "not-assessed" and no
   * whole-document findings are made; false (the default for the engine API): a whole document; "auto": decided
   * from the text (looksLikeFragment). Hosts (server, CLI) default to "auto".
   */
  fragment?: boolean | "auto";
  /** Skip off-topic detection (rule examples are short texts). */
  assumeOnTopic?: boolean;
  /** Suppressions stored by the server, matched by fingerprint. */
  suppressions?: StoredSuppression[];
  /** Run only these rule ids (the example harness). */
  onlyRules?: string[];
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
}

export interface ScanDetails {
  result: ScanResult;
  doc: ParsedDocument;
  hits: ConceptHits;
  /** Normalised spans of span findings, by finding id (for the example harness). */
  spans: Map<string, { start: number; end: number }>;
  /** The message id each finding was reported with, by finding id (for the example harness). */
  messageIds: Map<string, string>;
  timings: Record<string, number>;
}

export interface EngineConfig {
  modules: RuleModule[];
  corpus: Corpus;
  version: string;
}

/** The corpus plus the lexicons and remedies that modules ship; ids must not collide. */
function withModuleCorpus(corpus: Corpus, modules: RuleModule[]): Corpus {
  if (!modules.some((m) => m.corpus)) return corpus;
  const concepts = new Map(corpus.concepts);
  const remedies = new Map(corpus.remedies);
  for (const m of modules) {
    for (const c of m.corpus?.concepts ?? []) {
      if (concepts.has(c.id)) throw new RuleDataError(m.dir ?? m.meta.id, undefined, "concepts", `concept "${c.id}" already exists in the corpus`);
      concepts.set(c.id, c);
    }
    for (const r of m.corpus?.remedies ?? []) {
      if (remedies.has(r.id)) throw new RuleDataError(m.dir ?? m.meta.id, undefined, "remedies", `remedy "${r.id}" already exists in the corpus`);
      remedies.set(r.id, r);
    }
  }
  return { ...corpus, concepts, remedies };
}

/** Cue word sets from the corpus lexicon "cues" (single words, folded). */
function cuesFrom(corpus: Corpus): CueSets {
  const words = (id: string) =>
    new Set((corpus.concepts.get(id)?.terms ?? []).map((t) => fold(t.text)).filter((w) => !/\s/.test(w)));
  return {
    negators: words("negation-cue"),
    postNegators: words("post-negation-cue"),
    notNegatingAfterNiet: words("negation-exception"),
    clauseBreakers: words("clause-breaker"),
    relativePronouns: words("relative-pronoun"),
    reportingVerbs: words("reporting-verb"),
    authorSubjects: words("author-voice"),
    mannerAfterVolgens: words("manner-after-volgens"),
  };
}

const DOWNGRADE: Record<Severity, Severity> = { error: "warning", warning: "info", info: "info" };

export class Engine {
  readonly version: string;
  readonly modules: RuleModule[];
  readonly corpus: Corpus;
  private readonly matcher: Matcher;
  private readonly rules: Rule[];
  private readonly ruleById = new Map<string, Rule>();
  readonly cues: CueSets;

  constructor(config: EngineConfig) {
    this.version = config.version;
    this.modules = config.modules;
    this.corpus = withModuleCorpus(config.corpus, config.modules);
    this.rules = config.modules.flatMap((m) => m.rules);
    for (const r of this.rules) this.ruleById.set(r.meta.id, r);
    const concepts: ConceptSpec[] = [...this.corpus.concepts.values()];
    for (const r of this.rules) for (const c of r.concepts ?? []) concepts.push(c);
    this.matcher = compiledMatcher(concepts);
    this.cues = cuesFrom(config.corpus);
    this.validate();
  }

  /** Rules refer only to concepts, remedies and sources that exist. */
  private validate(): void {
    for (const r of this.rules) {
      const file = r.meta.file ?? r.meta.id;
      for (const c of r.uses ?? []) {
        if (!this.matcher.has(c)) throw new RuleDataError(file, undefined, "concepts", `unknown concept "${c}"`);
      }
      for (const id of r.meta.remedies) {
        if (!this.corpus.remedies.has(id)) throw new RuleDataError(file, undefined, "remedies", `unknown remedy "${id}"`);
      }
      for (const s of r.meta.sources) {
        if (!this.corpus.sources.has(s.source)) throw new RuleDataError(file, undefined, "sources", `unknown source "${s.source}"`);
      }
      if (r.meta.sources.length === 0) throw new RuleDataError(file, undefined, "sources", "every rule needs a source");
    }
  }

  rule(id: string): Rule | undefined {
    return this.ruleById.get(id);
  }

  allRules(): Rule[] {
    return this.rules;
  }

  scan(text: string, options: ScanOptions = {}): ScanResult {
    return this.scanDetailed(text, options).result;
  }

  scanDetailed(text: string, options: ScanOptions = {}): ScanDetails {
    const timings: Record<string, number> = {};
    const t0 = performance.now();
    const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity;
    if (text.trim().length === 0) {
      throw new InputError("EMPTY_DOCUMENT", "Het document is leeg. / The document is empty.");
    }
    const doc = parseDocument(text, { format: options.format, title: options.title, cues: this.cues });
    if (options.kind) doc.kind = options.kind;
    timings.parse = performance.now() - t0;
    const hits = this.matcher.run(doc);
    timings.match = performance.now() - t0 - timings.parse;
    const lang: Lang = options.lang ?? "nl";
    const dutch = doc.language === "nl";
    const onTopic = dutch && (options.assumeOnTopic ?? isOnTopic(doc, hits, this.corpus.concepts.has(TOPIC_CORE)));

    const fragment = onTopic && (options.fragment === "auto" ? looksLikeFragment(doc) : options.fragment === true);

    const effective = resolveRules(this.modules, options.profile);
    const run = new ScanRun(this, doc, hits, lang, onTopic, fragment, options);
    for (const module of this.modules) {
      for (const rule of module.rules) {
        const eff = effective.get(rule.meta.id)!;
        if (!eff.enabled || (options.onlyRules && !options.onlyRules.includes(rule.meta.id))) continue;
        if (!dutch) continue;
        if (Date.now() > deadline) {
          throw new InputError("SCAN_TIMEOUT", "De scan duurde te lang en is afgebroken. / The scan took too long and was stopped.");
        }
        const r0 = performance.now();
        try {
          run.runRule(rule, eff);
        } catch (e) {
          // One broken rule must not cost the user the whole scan: report it and go on.
          if (e instanceof InputError) throw e;
          run.ruleFailed(rule, e as Error);
        }
        timings[`module:${module.meta.id}`] = (timings[`module:${module.meta.id}`] ?? 0) + performance.now() - r0;
      }
    }
    if (!dutch) run.languageNotice();
    run.checkDirectives();
    timings.rules = performance.now() - t0 - timings.parse - timings.match;

    const result = run.result(effective);
    timings.total = performance.now() - t0;
    return { result, doc, hits, spans: run.spans, messageIds: run.messageIds, timings };
  }
}

/** State of one scan: the findings and coverage reported by the rules. */
class ScanRun {
  readonly findings: Finding[] = [];
  readonly coverage: CoverageResult[] = [];
  readonly spans = new Map<string, { start: number; end: number }>();
  readonly messageIds = new Map<string, string>();
  private readonly fingerprints = new Fingerprinter();
  private readonly usedDirectives = new Set<number>();

  constructor(
    private readonly engine: Engine,
    private readonly doc: ParsedDocument,
    private readonly hits: ConceptHits,
    private readonly lang: Lang,
    private readonly onTopic: boolean,
    private readonly fragment: boolean,
    private readonly options: ScanOptions,
  ) {}

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
      negated: (hit: Hit) => negated(doc, doc.sentences[hit.sentence], hit.tokStart, hit.tokEnd),
      attributed: (hit: Hit) => attributedToOthers(doc, doc.sentences[hit.sentence], hit.tokStart),
    };
    const handlers = rule.create(ctx) ?? {};
    if (handlers.section) for (const s of doc.sections) handlers.section(s);
    if (handlers.sentence) for (const s of doc.sentences) handlers.sentence(s);
    handlers["document:exit"]?.();
    if (rule.meta.kind === "coverage" && !covered) {
      throw new Error(`coverage rule ${rule.meta.id} reported no status`);
    }
  }

  private addFinding(rule: Rule, eff: EffectiveRule, r: FindingReport): void {
    const meta = rule.meta;
    const messageId = r.messageId ?? "default";
    const template = meta.messages[messageId];
    if (!template) throw new Error(`${meta.id} reported undeclared message "${messageId}"`);
    // A fragment is not the whole document: what it lacks may be elsewhere, so nothing is said about the whole.
    if (this.fragment && r.at === "document") return;
    const remedyIds = r.remedies ?? meta.remedies;
    for (const id of remedyIds) if (!meta.remedies.includes(id)) throw new Error(`${meta.id} used undeclared remedy "${id}"`);
    // In parts once; the one-text form (finding.remedy) is made from the parts.
    const remedies = remedyIds.map((id) => remedyText(this.engine.corpus.remedies.get(id)!, this.lang));
    const doc = this.doc;
    let location = null;
    let quote = "";
    let anchor = "document";
    if (r.at !== "document") {
      location = locate(doc, r.at.start, r.at.end);
      quote = quoteOf(doc, r.at.start, r.at.end);
      const s = r.sentence !== undefined ? doc.sentences[r.sentence] : doc.sentences[doc.tokens.sentence[firstToken(doc, r.at.start)]];
      anchor = s ? doc.text.slice(s.start, s.end) : quote;
    }
    const weight = Math.max(0, Math.min(1.5, r.weight ?? 1));
    const fingerprint = r.key !== undefined ? this.fingerprints.next(meta.id, `key:${r.key}`, "") : this.fingerprints.next(meta.id, anchor, quote);
    const data = { ...r.data, quote, title: meta.title[this.lang] };
    const finding: Finding = {
      id: `f-${fingerprint.slice(0, 16)}`,
      ruleId: meta.id,
      module: meta.module,
      severity: r.severity ?? eff.severity,
      score: Math.round(Math.min(100, meta.score * weight)),
      message: renderMessage(template[this.lang], data),
      remedy: remedies.map((t) => remedyAsText(t, this.lang)).join("\n\n"),
      remedies,
      quote,
      location,
      sources: this.sourcesOf(meta.sources, remedyIds),
      fingerprint,
      suppressed: false,
      ...(r.replacement && r.at !== "document" ? { fix: r.replacement } : {}),
    };
    const suppression = this.suppressionFor(finding);
    if (suppression) {
      finding.suppressed = true;
      finding.suppression = suppression;
    }
    this.findings.push(finding);
    if (r.at !== "document") this.spans.set(finding.id, { start: r.at.start, end: r.at.end });
    this.messageIds.set(finding.id, messageId);
  }

  private sourcesOf(ruleSources: SourceRef[], remedyIds: string[]): SourceRef[] {
    const all: SourceRef[] = [...ruleSources];
    for (const id of remedyIds) for (const s of this.engine.corpus.remedies.get(id)?.sources ?? []) all.push(s);
    const seen = new Set<string>();
    return all
      .filter((s) => {
        const k = `${s.source}|${s.locator}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .map(({ source, locator }) => ({ source, locator }));
  }

  private addCoverage(rule: Rule, eff: EffectiveRule, r: CoverageReport): void {
    const doc = this.doc;
    if (this.fragment && r.status === "missing") {
      this.coverage.push({ check: rule.meta.id, module: rule.meta.module, status: "not-assessed", evidence: [] });
      return;
    }
    const evidence = r.evidence.map((e) => {
      const s = doc.sentences[e.sentence];
      return { line: locate(doc, e.start, e.end).line, quote: excerpt(doc, s, e.start, e.end), role: e.role };
    });
    this.coverage.push({ check: rule.meta.id, module: rule.meta.module, status: r.status, evidence, ...(r.roles ? { roles: r.roles } : {}) });
    if (r.status === "missing" || r.status === "partial") {
      const first = r.evidence[0];
      const where = first ? roleLabel(first.role, this.lang) : "";
      this.addFinding(rule, eff, {
        at: r.status === "partial" && first ? { start: first.start, end: first.end } : "document",
        sentence: first?.sentence,
        messageId: r.status,
        severity: r.status === "partial" ? DOWNGRADE[eff.severity] : eff.severity,
        weight: r.status === "partial" ? 0.5 : 1,
        data: { ...r.data, where },
      });
    }
  }

  private suppressionFor(f: Finding): Suppression | null {
    const stored = this.options.suppressions?.find((s) => s.fingerprint === f.fingerprint);
    if (stored) return { kind: "stored", justification: stored.justification, by: stored.by, at: stored.at };
    const directives = this.doc.directives;
    for (let i = 0; i < directives.length; i++) {
      const d = directives[i];
      if (!d.reason) continue;
      const ruleMatches = d.ruleId === f.ruleId || d.ruleId === "*" || (d.ruleId.endsWith("/*") && f.ruleId.startsWith(d.ruleId.slice(0, -1)));
      if (!ruleMatches) continue;
      const lineMatches = d.kind === "disable" || (f.location !== null && f.location.line <= d.line && d.line <= f.location.endLine);
      if (!lineMatches) continue;
      this.usedDirectives.add(i);
      return { kind: "inline", justification: d.reason };
    }
    return null;
  }

  /** Directives without a reason are refused (a suppression must be justified), and said so. */
  checkDirectives(): void {
    this.doc.directives.forEach((d) => {
      if (d.reason) return;
      this.engineNotice(
        "engine/suppression-without-reason",
        {
          nl: `De onderdrukking van '${d.ruleId}' op regel ${d.line} heeft geen reden en is genegeerd. Schrijf: <!-- genderscan-disable-next-line ${d.ruleId} -- reden -->`,
          en: `The suppression of '${d.ruleId}' at line ${d.line} gives no reason and was ignored. Write: <!-- genderscan-disable-next-line ${d.ruleId} -- reason -->`,
        },
        "warning",
      );
    });
  }

  /** Rules that threw: their checks are missing, so the result is not complete (no grade is given). */
  readonly failedRules: string[] = [];

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
    const fingerprint = this.fingerprints.next(ruleId, "document", message.en);
    this.findings.push({
      id: `f-${fingerprint.slice(0, 16)}`,
      ruleId,
      module: "engine",
      severity,
      score: 0,
      message: message[this.lang],
      remedy: "",
      remedies: [],
      quote: "",
      location: null,
      sources: [],
      fingerprint,
      suppressed: false,
    });
  }

  result(effective: Map<string, EffectiveRule>): ScanResult {
    const doc = this.doc;
    const severityOf = (check: string) => effective.get(check)?.severity ?? "warning";
    const modules: Array<ModuleResult & { weight: number }> = this.engine.modules.map((m) => {
      const enabled = m.rules.some((r) => effective.get(r.meta.id)?.enabled);
      const applicable = this.onTopic && enabled && doc.language === "nl";
      const coverage = this.coverage.filter((c) => c.module === m.meta.id);
      const findings = this.findings.filter((f) => f.module === m.meta.id);
      const score = applicable ? moduleScore(coverage, severityOf, findings) : 0;
      return { id: m.meta.id, name: m.meta.name[this.lang], score, grade: grade(score), applicable, weight: m.meta.weight };
    });
    const score = overallScore(modules);
    return {
      engine: { name: ENGINE_NAME, version: this.engine.version },
      document: {
        title: doc.title,
        kind: doc.kind,
        language: doc.language,
        onTopic: this.onTopic,
        fragment: this.fragment,
        characters: doc.original.length,
        sections: doc.sections.slice(1).map((s) => ({ title: s.title, role: s.role, line: s.line, level: s.level })),
      },
      score,
      grade: grade(score),
      graded: this.onTopic && !this.fragment && doc.language === "nl" && this.failedRules.length === 0,
      failedRules: this.failedRules,
      modules: modules.map(({ weight: _w, ...m }) => m),
      coverage: this.coverage,
      findings: this.findings.sort(compareFindings),
    };
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareFindings(a: Finding, b: Finding): number {
  const la = a.location?.offset ?? -1;
  const lb = b.location?.offset ?? -1;
  return la - lb || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

function firstToken(doc: ParsedDocument, pos: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.start[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The sentence around a hit, cut to about 240 characters. */
function excerpt(doc: ParsedDocument, s: Sentence, start: number, end: number): string {
  const max = 240;
  let a = s.start;
  let b = s.end;
  if (b - a > max) {
    a = Math.max(s.start, start - 100);
    b = Math.min(s.end, Math.max(end + 100, a + max));
  }
  const text = quoteOf(doc, a, b);
  return `${a > s.start ? "…" : ""}${text}${b < s.end ? "…" : ""}`;
}
