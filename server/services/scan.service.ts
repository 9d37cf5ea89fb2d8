import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { htmlReport, markdownReport, motionDraft, toSarif, compareResults, type Engine, type Profile, type TextFormat, type Lang, type ScanResult, type Severity } from "../../rules/engine/index.js";
import type { Viewer } from "../viewer.js";
import { FindingEntity } from "../entities/finding.entity.js";
import { ScanEntity } from "../entities/scan.entity.js";
import { SuppressionEntity } from "../entities/suppression.entity.js";
import { badInput, notFound } from "../errors.js";
import type { Access } from "./access.js";
import type { DocumentService } from "./document.service.js";
import type { ServerLimits } from "./limits.js";
import { resultOf } from "./mappers.js";
import type { ProfileService } from "./profile.service.js";
import type { ScanRunner } from "../scan/runner.js";

export interface FindingQuery {
  module?: string;
  severity?: Severity;
  status?: "open" | "suppressed";
  ruleId?: string;
}

export interface Comparison {
  base: ScanEntity;
  head: ScanEntity;
  new: FindingEntity[];
  fixed: FindingEntity[];
  unchanged: FindingEntity[];
  coverageChanges: Array<{ check: string; module: string; before: string; after: string }>;
}

export class ScanService {
  constructor(
    private readonly ds: DataSource,
    private readonly engine: Engine,
    private readonly access: Access,
    private readonly documents: DocumentService,
    private readonly profiles: ProfileService,
    private readonly limits: ServerLimits,
    private readonly runner: ScanRunner,
  ) {}

  /** Scans a stored version (the latest by default) and stores the scan and its findings in one transaction. */
  async scanDocument(
    viewer: Viewer,
    documentId: string,
    options: {
      versionId?: string;
      profileId?: string;
      lang?: Lang;
      fragment?: boolean | "auto";
      /** Runs inside the transaction that stores the scan (batch jobs mark their item done there). */
      inTransaction?: (m: EntityManager, scan: ScanEntity) => Promise<void>;
    } = {},
  ): Promise<ScanEntity> {
    const doc = await this.access.document(viewer, documentId);
    const version = options.versionId ? await this.documents.version(viewer, options.versionId) : await this.documents.latestVersion(doc.id);
    if (!version || version.documentId !== doc.id) throw badInput("Deze versie hoort niet bij het document. / This version does not belong to the document.", "versionId");
    const profileEntity = options.profileId ? await this.profiles.get(viewer, options.profileId) : null;
    const profile = profileEntity ? this.profiles.toEngineProfile(profileEntity) : undefined;
    const suppressions = await this.ds.getRepository(SuppressionEntity).find({ where: { documentId: doc.id } });
    const active = suppressions.filter((s) => !s.revokedAt);
    const lang = options.lang ?? "nl";
    const t0 = performance.now();
    const { result, timings } = await this.runner.scan(version.originalText, {
      format: version.textFormat as TextFormat,
      title: doc.title,
      kind: doc.kind as ScanResult["document"]["kind"],
      profile,
      lang,
      fragment: options.fragment ?? "auto",
      timeoutMs: this.limits.scanTimeoutMs,
      suppressions: active.map((s) => ({ fingerprint: s.fingerprint, justification: s.justification, by: s.createdBy, at: s.createdAt.toISOString() })),
    });
    const t1 = performance.now();
    return this.ds.transaction(async (m) => {
      const scan = await m.getRepository(ScanEntity).save(
        m.getRepository(ScanEntity).create({
          documentId: doc.id,
          versionId: version.id,
          profileId: profileEntity?.id ?? null,
          profileSnapshot: profile ? { ...profile } : null,
          engineVersion: result.engine.version,
          lang,
          score: result.score,
          grade: result.grade,
          // Failed rules ride along in the document JSON (no column of their own; old scans have none).
          document: { ...result.document, failedRules: result.failedRules },
          modules: result.modules,
          coverage: result.coverage,
          timings: { ...timings, scan: t1 - t0 },
          findingCount: result.findings.length,
          ownerId: doc.ownerId,
        }),
      );
      const rows = result.findings.map((f, position) => ({
          id: randomUUID(),
          scanId: scan.id,
          position,
          engineId: f.id,
          ruleId: f.ruleId,
          module: f.module,
          severity: f.severity,
          score: f.score,
          message: f.message,
          remedy: f.remedy,
          remedies: f.remedies,
          quote: f.quote,
          location: f.location,
          sources: f.sources,
          fingerprint: f.fingerprint,
          suppressed: f.suppressed,
          suppression: f.suppression ?? null,
          fix: f.fix ?? null,
      }));
      // Multi-row INSERTs without reading the rows back (save() inserted and reloaded them one by one): 125 findings
      // took 200–600 ms to store on SQLite. 100 rows × 18 columns stay under every driver's parameter limit.
      for (let i = 0; i < rows.length; i += 100) {
        await m.createQueryBuilder().insert().into(FindingEntity).values(rows.slice(i, i + 100)).updateEntity(false).execute();
      }
      scan.timings = { ...scan.timings, store: performance.now() - t1, total: performance.now() - t0 };
      await m.getRepository(ScanEntity).update(scan.id, { timings: scan.timings });
      await options.inTransaction?.(m, scan);
      return scan;
    });
  }

  /** Scans text without storing anything. */
  async scanText(viewer: Viewer, text: string, options: { format?: TextFormat; profileId?: string; lang?: Lang; title?: string; fragment?: boolean | "auto" } = {}): Promise<ScanResult> {
    const name = options.format === "markdown" ? "text.md" : options.format === "text" ? "text.txt" : undefined;
    const profileEntity = options.profileId ? await this.profiles.get(viewer, options.profileId) : null;
    // Encoding, decoding, parsing and scanning all in the scan thread, in one hand-off.
    const { result } = await this.runner.scanBytes(text, { filename: name, maxBytes: this.limits.maxUploadBytes }, {
      title: options.title,
      lang: options.lang ?? "nl",
      fragment: options.fragment ?? "auto",
      profile: profileEntity ? this.profiles.toEngineProfile(profileEntity) : undefined,
      timeoutMs: this.limits.scanTimeoutMs,
    });
    return result;
  }

  async get(viewer: Viewer, id: string): Promise<ScanEntity> {
    const scan = await this.ds.getRepository(ScanEntity).findOneBy({ id });
    if (!scan) throw notFound("Scan", id);
    try {
      await this.access.document(viewer, scan.documentId);
    } catch {
      throw notFound("Scan", id);
    }
    return scan;
  }

  async list(viewer: Viewer, documentId: string, offset: number, limit: number): Promise<[ScanEntity[], number]> {
    await this.access.document(viewer, documentId);
    return this.ds.getRepository(ScanEntity).findAndCount({ where: { documentId }, order: { createdAt: "DESC", id: "ASC" }, skip: offset, take: limit });
  }

  async findings(scanId: string, q: FindingQuery, offset: number, limit: number): Promise<[FindingEntity[], number]> {
    const where: Record<string, unknown> = { scanId };
    if (q.module) where.module = q.module;
    if (q.severity) where.severity = q.severity;
    if (q.ruleId) where.ruleId = q.ruleId;
    if (q.status) where.suppressed = q.status === "suppressed";
    return this.ds.getRepository(FindingEntity).findAndCount({ where, order: { position: "ASC" }, skip: offset, take: limit });
  }

  allFindings(scanId: string): Promise<FindingEntity[]> {
    return this.ds.getRepository(FindingEntity).find({ where: { scanId }, order: { position: "ASC" } });
  }

  async result(scan: ScanEntity): Promise<ScanResult> {
    return resultOf(scan, await this.allFindings(scan.id));
  }

  async sarif(scan: ScanEntity, lang: Lang): Promise<Record<string, unknown>> {
    const rules = this.engine.allRules().map((r) => r.meta);
    return toSarif([{ result: await this.result(scan), uri: `genderscan:document/${scan.documentId}/version/${scan.versionId}` }], rules, this.engine.corpus, lang, scan.engineVersion);
  }

  async report(scan: ScanEntity, format: "markdown" | "html", lang: Lang): Promise<string> {
    const options = { lang, rules: this.engine.allRules().map((r) => r.meta), corpus: this.engine.corpus };
    const result = await this.result(scan);
    return format === "html" ? htmlReport(result, options) : markdownReport(result, options);
  }

  async motion(scan: ScanEntity, lang: Lang, municipality?: string | null): Promise<string> {
    return motionDraft(await this.result(scan), {
      lang,
      rules: this.engine.allRules().map((r) => r.meta),
      corpus: this.engine.corpus,
      municipality: municipality ?? undefined,
    });
  }

  /** New, fixed and unchanged findings by fingerprint; coverage checks whose status changed. */
  async compare(viewer: Viewer, baseId: string, headId: string): Promise<Comparison> {
    const base = await this.get(viewer, baseId);
    const head = await this.get(viewer, headId);
    const [bf, hf] = await Promise.all([this.allFindings(base.id), this.allFindings(head.id)]);
    const c = compareResults(resultOf(base, bf), resultOf(head, hf));
    const rows = (list: FindingEntity[], fps: Array<{ fingerprint: string }>) => {
      const wanted = new Set(fps.map((f) => f.fingerprint));
      return list.filter((f) => wanted.has(f.fingerprint));
    };
    return { base, head, new: rows(hf, c.new), fixed: rows(bf, c.fixed), unchanged: rows(hf, c.unchanged), coverageChanges: c.coverageChanges };
  }

  findingsByIds(ids: string[]): Promise<FindingEntity[]> {
    return this.ds.getRepository(FindingEntity).findBy({ id: In(ids) });
  }
}

export type { Profile };
