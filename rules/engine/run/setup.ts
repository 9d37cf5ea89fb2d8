import type { Corpus } from "../data/corpus.js";
import { RuleDataError } from "../errors.js";
import type { Matcher, TermSpec } from "../match/matcher.js";
import type { Rule, RuleModule } from "../rules/types.js";
import type { CueSets } from "../text/cues.js";
import { plainTextCues } from "../text/plain/layout-cues.js";
import { sectionCues } from "../text/sections.js";
import { wordPattern } from "../text/word-pattern.js";
import { fold } from "../text/stem.js";
import type { DocumentKind } from "../types.js";

// Setting an engine up, once per engine: the corpus merged with what modules ship, the cue words from the corpus,
// and the check that every rule refers only to concepts, remedies and sources that exist.

export interface EngineConfig {
  modules: RuleModule[];
  corpus: Corpus;
  version: string;
}

/** The corpus plus the lexicons and remedies that modules ship; ids must not collide. */
export function withModuleCorpus(corpus: Corpus, modules: RuleModule[]): Corpus {
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

/**
 * Lexicons that only the text layer reads (the layout words of plain text, compiled into cues.plainText). No rule
 * matches them, so the matcher leaves them out: their function words ("de", "en", "van") would add a hit for a large
 * share of the tokens of every document. A rule that names one of their concepts fails validation as unknown.
 */
export const TEXT_LAYER_LEXICONS: ReadonlySet<string> = new Set(["plain-headings", "page-furniture", "footnotes", "hyphenation"]);

/** Cue word sets from the corpus lexicon "cues" (single words, folded; the promise verbs as phrases). */
export function cuesFrom(corpus: Corpus): CueSets {
  const folded = (ids: string[]) => ids.flatMap((id) => corpus.concepts.get(id)?.terms ?? []).map((t) => fold(t.text));
  const words = (...ids: string[]) => new Set(folded(ids).filter((w) => !/\s/.test(w)));
  /** The multi-word terms ("zegt toe"), folded. */
  const phrases = (...ids: string[]) => new Set(folded(ids).filter((w) => /\s/.test(w)));
  return {
    negators: words("negation-cue", "negation-phrase-head", "negation-adverb", "negation-determiner"),
    phraseNegators: words("negation-phrase-head"),
    cancellableNegators: words("negation-adverb"),
    trailingNegators: words("negation-adverb", "negation-determiner"),
    trailingNegationLead: words("negation-verb-lead", "negation-copula"),
    trailingDeterminers: words("negation-determiner"),
    copulas: words("negation-copula"),
    postNegators: words("post-negation-cue"),
    notNegatingAfterNiet: words("negation-exception"),
    comparativesAfterNiet: words("negation-comparative"),
    clauseBreakers: words("clause-breaker"),
    relativePronouns: words("relative-pronoun"),
    reportingVerbs: words("reporting-verb", "opinion-verb"),
    opinionVerbs: words("opinion-verb"),
    promiseVerbs: phrases("promise-verb"),
    accordingTo: words("according-to"),
    attributionMarkers: words("attribution-marker"),
    authorSubjects: words("author-voice"),
    mannerAfterVolgens: words("manner-after-volgens"),
    kindCues: KIND_ORDER.flatMap((kind): Array<[DocumentKind, RegExp]> => {
      const terms = corpus.concepts.get(`document-kind-${kind}`)?.terms ?? [];
      return terms.length ? [[kind, new RegExp(terms.map(wordPattern).join("|"), "gi")]] : [];
    }),
    genericHeading: genericHeading(corpus.concepts.get("generic-heading")?.terms ?? []),
    sections: sectionCues((id) => corpus.concepts.get(id)?.terms ?? []),
    plainText: plainTextCues((id) => corpus.concepts.get(id)?.terms ?? []),
  };
}

/** Document kinds in order of precedence: the title's first match decides, and the first wins a tie in counts. */
const KIND_ORDER: readonly DocumentKind[] = ["motie", "raadsvoorstel", "regiovisie", "uitvoeringsplan", "beleidsnota"];

/** A heading that starts with a generic heading word, or with a number, names a part of the document. */
function genericHeading(terms: TermSpec[]): RegExp | null {
  return terms.length ? new RegExp(`^(?:${terms.map(wordPattern).join("|")}|\\d)`, "i") : null;
}

/** Rules refer only to concepts, remedies and sources that exist. */
export function validateRules(rules: Rule[], matcher: Matcher, corpus: Corpus): void {
  for (const r of rules) {
    const file = r.meta.file ?? r.meta.id;
    for (const c of r.uses ?? []) {
      if (!matcher.has(c)) throw new RuleDataError(file, undefined, "concepts", `unknown concept "${c}"`);
    }
    for (const id of r.meta.remedies) {
      if (!corpus.remedies.has(id)) throw new RuleDataError(file, undefined, "remedies", `unknown remedy "${id}"`);
    }
    for (const s of r.meta.sources) {
      if (!corpus.sources.has(s.source)) throw new RuleDataError(file, undefined, "sources", `unknown source "${s.source}"`);
    }
    if (r.meta.sources.length === 0) throw new RuleDataError(file, undefined, "sources", "every rule needs a source");
  }
}
