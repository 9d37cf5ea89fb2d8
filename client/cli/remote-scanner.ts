import { basename } from "node:path";
import type { CoverageResult, Finding, ScanResult } from "../../rules/engine/index.js";
import { defaultEngine } from "./engine.js";
import type { FindingFieldsFragment, ScanQuery } from "../generated/operations.js";
import { createClient, type GenderscanClient } from "../sdk/client.js";
import type { Scanner } from "./scanner.js";

// The scanner behind --server, in a module of its own: only a remote scan loads the GraphQL client.

/** Through the GraphQL API with the typed SDK: upload, scanDocument, then the scan and all its findings. */
export function remoteScanner(cwd: string, url: string, options: { token?: string; profileId?: string; lang?: string } = {}): Scanner & { client: GenderscanClient } {
  // The server writes its messages in the CLI's language.
  const client = createClient({ url, token: options.token, headers: { "accept-language": options.lang === "en" ? "en" : "nl" } });
  return {
    client,
    async scan(file, { lang, title, fragment }) {
      const name = file.name === "-" ? "stdin.txt" : basename(file.name);
      const version = await client.uploadDocument({ title: title ?? name.replace(/\.[^.]+$/, "") }, { bytes: file.read(), filename: name });
      const scan = await client.scanDocument({ documentId: version.documentId, versionId: version.id, profileId: options.profileId, lang: lang === "en" ? "EN" : "NL", fragment: fragment === "auto" || fragment === undefined ? null : fragment });
      const [full, findings] = await Promise.all([client.scan(scan.id), client.allFindings(scan.id)]);
      return fromApi(full, findings);
    },
    // Rendering (SARIF rules, reports) uses the rule metadata of the installed engine.
    rules: async () => (await defaultEngine(cwd)).allRules().map((r) => r.meta),
    corpus: async () => (await defaultEngine(cwd)).corpus,
    version: async () => (await defaultEngine(cwd)).version,
  };
}

const value = (e: string) => e.toLowerCase().replace(/_/g, "-");

/** An API scan back in the engine's result shape (enum names → the engine's strings). */
export function fromApi(scan: ScanQuery["scan"], findings: FindingFieldsFragment[]): ScanResult {
  return {
    engine: { name: scan.engine.name, version: scan.engine.version },
    document: {
      title: scan.document.title,
      kind: value(scan.document.kind) as ScanResult["document"]["kind"],
      language: scan.document.language,
      onTopic: scan.document.onTopic,
      fragment: scan.document.fragment,
      characters: scan.document.characters,
      sections: scan.document.sections.map((s) => ({ title: s.title, role: value(s.role) as never, line: s.line, level: s.level })),
    },
    score: scan.score,
    grade: scan.grade as ScanResult["grade"],
    graded: scan.graded,
    failedRules: scan.failedRules,
    modules: scan.modules.map((m) => ({ id: m.id, name: m.name, score: m.score, grade: m.grade as ScanResult["grade"], applicable: m.applicable })),
    coverage: scan.coverage.map(
      (c): CoverageResult => ({
        check: c.check,
        module: c.module,
        status: value(c.status) as CoverageResult["status"],
        evidence: c.evidence.map((e) => ({ line: e.line, quote: e.quote, ...(e.role ? { role: value(e.role) as never } : {}) })),
        ...(c.roles.length ? { roles: Object.fromEntries(c.roles.map((r) => [value(r.role), value(r.status)])) } : {}),
      }),
    ),
    findings: findings.map(
      (f): Finding => ({
        id: `f-${f.fingerprint.slice(0, 16)}`,
        ruleId: f.ruleId,
        module: f.module,
        severity: value(f.severity) as Finding["severity"],
        score: f.score,
        message: f.message,
        remedy: f.remedy,
        remedies: f.remedies.map((r) => ({ ...r })),
        quote: f.quote,
        location: f.location ?? null,
        sources: f.sources.map((s) => ({ source: s.source, locator: s.locator })),
        fingerprint: f.fingerprint,
        suppressed: f.suppressed,
        ...(f.suppression
          ? { suppression: { kind: f.suppression.kind as never, justification: f.suppression.justification, ...(f.suppression.by ? { by: f.suppression.by } : {}), ...(f.suppression.at ? { at: f.suppression.at } : {}) } }
          : {}),
        ...(f.fix ? { fix: f.fix } : {}),
      }),
    ),
  };
}
