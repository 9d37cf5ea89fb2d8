import type { Remedy as RemedyData } from "../../corpus/lib/schema.js";
import { fold, type Engine, type RuleMeta, type Lang } from "../../rules/engine/index.js";
import { CorpusItemKind, RuleKind, SectionRole, Severity } from "../graphql/enums.js";
import type { CorpusHit, Source } from "../graphql/corpus.type.js";
import type { Remedy, Rule, RuleModuleInfo } from "../graphql/rule.type.js";

/** Rules, modules, sources and the corpus, as the API shows them. */
export class CatalogService {
  constructor(private readonly engine: Engine) {}

  modules(lang: Lang): RuleModuleInfo[] {
    return this.engine.modules.map((m) => ({
      id: m.meta.id,
      name: m.meta.name[lang],
      version: m.meta.version,
      description: m.meta.description[lang],
      language: m.meta.language,
      weight: m.meta.weight,
      sources: m.meta.sources,
      presets: Object.keys(m.presets),
      rules: m.rules.map((r) => this.rule(r.meta, lang)),
    }));
  }

  rules(lang: Lang, filter: { module?: string; severity?: string }): Rule[] {
    return this.engine
      .allRules()
      .map((r) => r.meta)
      .filter((m) => (!filter.module || m.module === filter.module) && (!filter.severity || m.severity === filter.severity))
      .map((m) => this.rule(m, lang));
  }

  ruleTitle(id: string, lang: Lang): string | null {
    return this.engine.rule(id)?.meta.title[lang] ?? null;
  }

  ruleById(id: string, lang: Lang): Rule | null {
    const r = this.engine.rule(id);
    return r ? this.rule(r.meta, lang) : null;
  }

  private rule(m: RuleMeta, lang: Lang): Rule {
    return {
      id: m.id,
      module: m.module,
      title: m.title[lang],
      description: m.description[lang],
      kind: m.kind as RuleKind,
      scope: m.scope,
      severity: m.severity as Severity,
      score: m.score,
      roles: m.roles as SectionRole[],
      articles: m.articles,
      tags: m.tags,
      enabled: m.enabled,
      options: m.options,
      remedies: m.remedies.map((id) => this.engine.corpus.remedies.get(id)).filter((r): r is RemedyData & { file: string } => !!r).map((r) => remedy(r, lang)),
      sources: m.sources.map(({ source, locator }) => ({ source, locator })),
      examples: m.examples.map((e) => ({ text: e.text, expect: e.expect, note: e.note })),
    };
  }

  sources(lang: Lang): Source[] {
    return [...this.engine.corpus.sources.values()].map((s) => ({
      id: s.id,
      title: s.title,
      issuer: s.issuer,
      year: s.year,
      language: s.language,
      kind: s.kind,
      locatorScheme: s.locatorScheme,
      description: s.description[lang],
      file: s.file,
      sha256: s.sha256,
      url: s.url,
      passages: (s.passages ?? []).map((p) => ({ id: p.id, locator: p.locator, title: p.title[lang], summary: p.summary[lang], relevance: p.relevance?.[lang] })),
    }));
  }

  /** Searches concepts (labels and terms) and remedies (title, action, example); best first. */
  search(query: string, lang: Lang, limit: number): CorpusHit[] {
    const words = fold(query).split(/\s+/).filter((w) => w.length >= 2);
    if (words.length === 0) return [];
    const score = (text: string) => {
      const t = fold(text);
      let s = 0;
      for (const w of words) {
        if (!t.includes(w)) return 0;
        s += new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(t) ? 2 : 1;
      }
      return s;
    };
    const hits: CorpusHit[] = [];
    for (const c of this.engine.corpus.concepts.values()) {
      const label = `${c.label.nl} ${c.label.en}`;
      const matching = c.rawTerms.filter((t) => score(t) > 0);
      const s = Math.max(score(label) * 2, score(c.id), matching.length ? score(matching.join(" ")) + 1 : 0);
      if (s > 0) {
        hits.push({ kind: CorpusItemKind.CONCEPT, id: c.id, title: c.label[lang], snippet: (matching.length ? matching : c.rawTerms).slice(0, 8).join(", "), lexicon: c.lexicon, for: [], score: s, sources: c.sources });
      }
    }
    for (const r of this.engine.corpus.remedies.values()) {
      const s = Math.max(score(`${r.title.nl} ${r.title.en}`) * 2, score(`${r.action.nl} ${r.action.en} ${r.example.nl} ${r.example.en}`), score(r.for.join(" ")));
      if (s > 0) hits.push({ kind: CorpusItemKind.REMEDY, id: r.id, title: r.title[lang], snippet: r.action[lang], for: r.for, score: s, sources: r.sources });
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}

function remedy(r: RemedyData, lang: Lang): Remedy {
  return {
    id: r.id,
    title: r.title[lang],
    action: r.action[lang],
    where: r.where[lang],
    example: r.example[lang],
    goodPractice: (r.goodPractice ?? []).map((g) => g.text[lang]),
    sources: r.sources.map(({ source, locator }) => ({ source, locator })),
  };
}
