import type { CoverageResult, Finding as EngineFinding, Role, ScanResult } from "../../rules/engine/index.js";
import type { DocumentVersionEntity } from "../entities/document-version.entity.js";
import type { DocumentEntity } from "../entities/document.entity.js";
import type { FindingEntity } from "../entities/finding.entity.js";
import type { ProfileEntity } from "../entities/profile.entity.js";
import type { ScanEntity } from "../entities/scan.entity.js";
import type { CoverageCheck } from "../graphql/coverage.type.js";
import type { Document, DocumentVersion } from "../graphql/document.type.js";
import { CoverageStatus, DocumentKind, SectionRole, Severity, TextFormat } from "../graphql/enums.js";
import type { Finding } from "../graphql/finding.type.js";
import type { Profile } from "../graphql/profile.type.js";
import type { Scan } from "../graphql/scan.type.js";

// Entities and engine results → GraphQL objects. The engine's strings are the enum values.

export function toDocument(d: DocumentEntity): Document {
  return { id: d.id, title: d.title, municipality: d.municipality, kind: d.kind as DocumentKind, year: d.year, createdAt: d.createdAt, updatedAt: d.updatedAt };
}

export function toVersion(v: DocumentVersionEntity): DocumentVersion {
  return {
    id: v.id,
    documentId: v.documentId,
    number: v.number,
    filename: v.filename,
    sourceFormat: v.sourceFormat,
    textFormat: v.textFormat as TextFormat,
    checksum: v.checksum,
    byteLength: v.byteLength,
    originalText: v.originalText,
    normalisedText: v.normalisedText,
    notes: v.notes,
    createdAt: v.createdAt,
  };
}

/** Stored scans from before fragments existed were scanned as whole documents. */
const documentOf = (s: ScanEntity): ScanResult["document"] => {
  const { failedRules: _failed, ...document } = s.document;
  return { ...document, fragment: s.document.fragment ?? false };
};
const failedRulesOf = (s: ScanEntity): string[] => s.document.failedRules ?? [];
/** As the engine decides it (ScanResult.graded), from what a stored scan keeps. */
const gradedOf = (s: ScanEntity): boolean =>
  s.document.onTopic && !s.document.fragment && s.document.language === "nl" && failedRulesOf(s).length === 0;

export function toScan(s: ScanEntity): Scan {
  return {
    id: s.id,
    documentId: s.documentId,
    versionId: s.versionId,
    profileId: s.profileId,
    createdAt: s.createdAt,
    engine: { name: "genderscan", version: s.engineVersion },
    lang: s.lang,
    document: { ...documentOf(s), kind: s.document.kind as DocumentKind, sections: s.document.sections.map((x) => ({ ...x, role: x.role as SectionRole })) },
    score: s.score,
    grade: s.grade,
    graded: gradedOf(s),
    failedRules: failedRulesOf(s),
    modules: s.modules,
    timings: s.timings,
    findingCount: s.findingCount,
  };
}

export function toFindingFromEntity(f: FindingEntity): Finding {
  return {
    id: f.id,
    ruleId: f.ruleId,
    module: f.module,
    severity: f.severity as Severity,
    score: f.score,
    message: f.message,
    remedy: f.remedy,
    remedies: f.remedies ?? [],
    quote: f.quote,
    location: f.location,
    sources: f.sources,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed,
    suppression: f.suppression,
    fix: f.fix,
  };
}

export function toFindingFromEngine(f: EngineFinding): Finding {
  return { ...f, severity: f.severity as Severity, suppression: f.suppression ?? null, fix: f.fix ?? null };
}

export function toCoverage(c: CoverageResult): CoverageCheck {
  return {
    check: c.check,
    module: c.module,
    status: c.status as CoverageStatus,
    evidence: c.evidence.map((e) => ({ line: e.line, quote: e.quote, role: e.role as SectionRole | undefined })),
    roles: Object.entries(c.roles ?? {}).map(([role, status]) => ({ role: role as SectionRole, status: status as CoverageStatus })),
  };
}

/** Coverage and findings are mapped only if the query asks for them (GraphQL reads the property). */
export function toScanResult(r: ScanResult) {
  return {
    engine: r.engine,
    document: { ...r.document, kind: r.document.kind as DocumentKind, sections: r.document.sections.map((x) => ({ ...x, role: x.role as SectionRole })) },
    score: r.score,
    grade: r.grade,
    graded: r.graded,
    failedRules: r.failedRules,
    modules: r.modules,
    get coverage() {
      return r.coverage.map(toCoverage);
    },
    get findings() {
      return r.findings.map(toFindingFromEngine);
    },
  };
}

/** A stored scan back in the engine's result shape (for SARIF, reports and comparisons). */
export function resultOf(s: ScanEntity, findings: FindingEntity[]): ScanResult {
  return {
    engine: { name: "genderscan", version: s.engineVersion },
    document: documentOf(s),
    score: s.score,
    grade: s.grade as ScanResult["grade"],
    graded: gradedOf(s),
    failedRules: failedRulesOf(s),
    modules: s.modules,
    coverage: s.coverage,
    findings: findings.map((f) => ({
      id: f.engineId,
      ruleId: f.ruleId,
      module: f.module,
      severity: f.severity as EngineFinding["severity"],
      score: f.score,
      message: f.message,
      remedy: f.remedy,
      remedies: f.remedies ?? [],
      quote: f.quote,
      location: f.location,
      sources: f.sources,
      fingerprint: f.fingerprint,
      suppressed: f.suppressed,
      ...(f.suppression ? { suppression: f.suppression } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    })),
  };
}

export function toProfile(p: ProfileEntity): Profile {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    preset: p.preset,
    modules: Object.entries(p.modules).map(([module, enabled]) => ({ module, enabled })),
    rules: Object.entries(p.rules).map(([ruleId, s]) =>
      s === "off"
        ? { ruleId, enabled: false }
        : typeof s === "string"
          ? { ruleId, enabled: true, severity: s as Severity }
          : { ruleId, enabled: s.enabled ?? true, severity: s.severity as Severity | undefined, options: s.options },
    ),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export type { Role };
