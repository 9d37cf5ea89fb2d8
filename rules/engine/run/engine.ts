import type { Corpus } from "../data/corpus.js";
import { compiledMatcher } from "../data/compiled.js";
import { InputError } from "../errors.js";
import type { ConceptHits, ConceptSpec, Matcher } from "../match/matcher.js";
import type { Rule, RuleModule } from "../rules/types.js";
import { parseDocument, type ParsedDocument, type TextFormat } from "../text/document.js";
import type { CueSets } from "../text/cues.js";
import type { DocumentKind, Lang, ScanResult } from "../types.js";
import { looksLikeFragment } from "./fragment.js";
import { resolveRules, type Profile } from "./profile.js";
import { ScanRun } from "./scan-run.js";
import { cuesFrom, TEXT_LAYER_LEXICONS, validateRules, withModuleCorpus, type EngineConfig } from "./setup.js";
import type { StoredSuppression } from "./suppressions.js";
import { isOnTopic, TOPIC_CORE } from "./topic.js";

// The engine: set up once (setup.ts), then each scan parses the text, runs the matcher and every enabled rule
// (scan-run.ts), and assembles the result (result.ts).

export { ENGINE_NAME } from "./result.js";
export type { StoredSuppression } from "./suppressions.js";
export type { EngineConfig } from "./setup.js";

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
  /**
   * Hit objects made, by rule id, and "(topic)" for the topic decision before the rules: a rule that asks for every
   * hit as an object costs memory in proportion to the document (test/engine/hit-objects.test.ts bounds it).
   */
  hitObjects: Map<string, number>;
}

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
    const concepts: ConceptSpec[] = [...this.corpus.concepts.values()].filter((c) => !TEXT_LAYER_LEXICONS.has(c.lexicon));
    for (const r of this.rules) for (const c of r.concepts ?? []) concepts.push(c);
    this.matcher = compiledMatcher(concepts);
    this.cues = cuesFrom(config.corpus);
    validateRules(this.rules, this.matcher, this.corpus);
  }

  rule(id: string): Rule | undefined {
    return this.ruleById.get(id);
  }

  allRules(): Rule[] {
    return this.rules;
  }

  /** Parses a text with the corpus's cue words (negation, reported speech, document kinds, generic headings). */
  parse(text: string, options: { format?: TextFormat; title?: string } = {}): ParsedDocument {
    return parseDocument(text, { format: options.format, title: options.title, cues: this.cues });
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
    const doc = this.parse(text, options);
    if (options.kind) doc.kind = options.kind;
    timings.parse = performance.now() - t0;
    const hits = this.matcher.run(doc);
    timings.match = performance.now() - t0 - timings.parse;
    const lang: Lang = options.lang ?? "nl";
    const dutch = doc.language === "nl";
    const onTopic = dutch && (options.assumeOnTopic ?? isOnTopic(doc, hits, this.corpus.concepts.has(TOPIC_CORE)));

    const fragment = onTopic && (options.fragment === "auto" ? looksLikeFragment(doc) : options.fragment === true);
    const topicObjects = hits.releaseObjects();

    const effective = resolveRules(this.modules, options.profile);
    const run = new ScanRun(this, doc, hits, lang, onTopic, fragment, options.suppressions);
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
    const hitObjects = new Map([["(topic)", topicObjects], ...run.hitObjects]);
    return { result, doc, hits, spans: run.spans, messageIds: run.messageIds, timings, hitObjects };
  }
}
