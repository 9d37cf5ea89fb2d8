import type { Corpus } from "../data/corpus.js";
import type { RuleMeta } from "../rules/types.js";
import { renderRemedy } from "../run/render.js";
import type { CoverageResult, Finding, Lang, ScanResult, Severity } from "../types.js";

// SARIF 2.1.0: findings → results (level, ruleId, locations, fixes); coverage checks → results of
// kind pass/fail/notApplicable; rules → tool.driver.rules; Istanbul articles → a taxonomy.

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const TAXONOMY = "IstanbulConvention";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export interface SarifInput {
  result: ScanResult;
  /** Where the document lives (file path or URI); shown by SARIF viewers. */
  uri: string;
}

type Json = Record<string, unknown>;

export function toSarif(inputs: SarifInput[], rules: RuleMeta[], corpus: Corpus, lang: Lang = "nl", version = "0.0.0"): Json {
  const articles = corpus.sources.get("istanbul-convention")?.passages ?? [];
  const taxa = articles.map((p) => ({
    id: p.id,
    name: p.title.en,
    shortDescription: { text: p.title[lang] },
    fullDescription: { text: p.summary[lang] },
  }));
  const taxonIndex = new Map(taxa.map((t, i) => [t.id, i]));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const driverRules = rules.map((r) => ({
    id: r.id,
    name: pascal(r.id.split("/")[1]),
    shortDescription: { text: r.title[lang] },
    fullDescription: { text: r.description[lang] },
    help: {
      text: r.remedies.map((id) => corpus.remedies.get(id)).filter(Boolean).map((rem) => renderRemedy(rem!, lang)).join("\n\n") || r.description[lang],
    },
    defaultConfiguration: { level: LEVEL[r.severity], enabled: r.enabled, rank: r.score },
    properties: {
      module: r.module,
      kind: r.kind,
      scope: r.scope,
      tags: [...new Set([r.module, r.kind, ...r.tags])], // SARIF requires unique tags
      sources: r.sources.map((s) => `${s.source} ${s.locator}`),
    },
    relationships: r.articles
      .map((a) => articleId(a))
      .filter((id) => taxonIndex.has(id))
      .map((id) => ({ target: { id, index: taxonIndex.get(id), toolComponent: { name: TAXONOMY, index: 0 } }, kinds: ["relevant"] })),
  }));

  const results: Json[] = [];
  inputs.forEach((input, artifactIndex) => {
    const coverageRules = new Set(input.result.coverage.map((c) => c.check));
    for (const c of input.result.coverage) {
      const finding = input.result.findings.find((f) => f.ruleId === c.check && !f.suppressed && f.location === null) ??
        input.result.findings.find((f) => f.ruleId === c.check);
      results.push(coverageResult(c, finding, input.uri, artifactIndex, ruleIndex.get(c.check)));
    }
    for (const f of input.result.findings) {
      if (coverageRules.has(f.ruleId)) continue; // reported above as the check's pass/fail result
      results.push(findingResult(f, input.uri, artifactIndex, ruleIndex.get(f.ruleId)));
    }
  });

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "genderscan",
            version,
            semanticVersion: version,
            informationUri: "https://github.com/genderscan/genderscan",
            language: lang,
            rules: driverRules,
            supportedTaxonomies: [{ name: TAXONOMY, index: 0 }],
          },
        },
        taxonomies: [
          {
            name: TAXONOMY,
            organization: "Council of Europe",
            shortDescription: { text: "Council of Europe Convention on preventing and combating violence against women and domestic violence (CETS No. 210)" },
            taxa,
          },
        ],
        artifacts: inputs.map((i) => ({ location: { uri: i.uri }, length: i.result.document.characters, sourceLanguage: "nl" })),
        invocations: [{ executionSuccessful: true }],
        language: lang,
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          documents: inputs.map((i) => ({ uri: i.uri, score: i.result.score, grade: i.result.grade, onTopic: i.result.document.onTopic, modules: i.result.modules })),
        },
      },
    ],
  };
}

function findingResult(f: Finding, uri: string, artifactIndex: number, ruleIndex: number | undefined): Json {
  const r: Json = {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    kind: "fail",
    level: LEVEL[f.severity],
    message: { text: f.remedy ? `${f.message}\n\n${f.remedy}` : f.message },
    locations: [location(uri, artifactIndex, f)],
    partialFingerprints: { "genderscan/v1": f.fingerprint },
    rank: f.score,
    properties: { module: f.module, score: f.score, sources: f.sources },
  };
  if (f.fix && f.location) {
    r.fixes = [
      {
        description: { text: f.remedy.split("\n")[0] || f.message },
        artifactChanges: [
          {
            artifactLocation: { uri, index: artifactIndex },
            replacements: [{ deletedRegion: { charOffset: f.location.offset, charLength: f.location.length }, insertedContent: { text: f.fix } }],
          },
        ],
      },
    ];
  }
  if (f.suppressed) {
    r.suppressions = [{ kind: f.suppression?.kind === "inline" ? "inSource" : "external", status: "accepted", justification: f.suppression?.justification ?? "" }];
  }
  return r;
}

function coverageResult(c: CoverageResult, f: Finding | undefined, uri: string, artifactIndex: number, ruleIndex: number | undefined): Json {
  // SARIF "open": the tool could not tell (a fragment does not show whether the whole document meets the check).
  const kind = c.status === "present" ? "pass" : c.status === "not-applicable" ? "notApplicable" : c.status === "not-assessed" ? "open" : "fail";
  const r: Json = {
    ruleId: c.check,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    kind,
    level: kind === "fail" && f ? LEVEL[f.severity] : "none",
    message: { text: f ? (f.remedy ? `${f.message}\n\n${f.remedy}` : f.message) : `${c.check}: ${c.status}` },
    locations: [location(uri, artifactIndex, f)],
    properties: { status: c.status, evidence: c.evidence, ...(c.roles ? { roles: c.roles } : {}) },
  };
  if (f) r.partialFingerprints = { "genderscan/v1": f.fingerprint };
  if (f?.suppressed) {
    r.suppressions = [{ kind: f.suppression?.kind === "inline" ? "inSource" : "external", status: "accepted", justification: f.suppression?.justification ?? "" }];
  }
  return r;
}

function location(uri: string, index: number, f?: Finding): Json {
  const physical: Json = { artifactLocation: { uri, index } };
  if (f?.location) {
    physical.region = {
      startLine: f.location.line,
      startColumn: f.location.column,
      endLine: f.location.endLine,
      endColumn: f.location.endColumn,
      charOffset: f.location.offset,
      charLength: f.location.length,
      snippet: { text: f.quote },
    };
  }
  return { physicalLocation: physical };
}

/** "art. 23" → "art-23" (the passage id in corpus/sources/istanbul-convention.yml). */
export function articleId(article: string): string {
  const m = article.match(/(\d+)/);
  return m ? `art-${m[1]}` : article;
}

function pascal(s: string): string {
  return s.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}
