import type { DataSource } from "typeorm";
import type { Viewer } from "../viewer.js";
import { FindingEntity } from "../entities/finding.entity.js";
import { ScanEntity } from "../entities/scan.entity.js";
import { SuppressionEntity } from "../entities/suppression.entity.js";
import { badInput, notFound } from "../errors.js";
import type { Access } from "./access.js";
import type { AuditService } from "./audit.service.js";

/** Suppress a finding with a justification (who and when recorded); later scans of the document keep it suppressed. */
export class SuppressionService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: Access,
    private readonly audit: AuditService,
  ) {}

  private async findingOf(viewer: Viewer, findingId: string): Promise<{ finding: FindingEntity; scan: ScanEntity }> {
    const finding = await this.ds.getRepository(FindingEntity).findOneBy({ id: findingId });
    if (!finding) throw notFound("Bevinding", findingId);
    const scan = await this.ds.getRepository(ScanEntity).findOneByOrFail({ id: finding.scanId });
    try {
      await this.access.document(viewer, scan.documentId);
    } catch {
      throw notFound("Bevinding", findingId);
    }
    return { finding, scan };
  }

  async suppress(viewer: Viewer, findingId: string, justification: string): Promise<{ finding: FindingEntity; suppression: SuppressionEntity }> {
    const reason = justification.trim();
    if (reason.length < 3) throw badInput("Een onderbouwing is verplicht. / A justification is required.", "justification");
    if (reason.length > 2000) throw badInput("De onderbouwing is te lang (max. 2000 tekens). / The justification is too long (max 2000 characters).", "justification");
    const { finding, scan } = await this.findingOf(viewer, findingId);
    if (finding.suppression?.kind === "inline") throw badInput("Deze bevinding is al in de tekst zelf onderdrukt. / This finding is already suppressed in the text itself.", "findingId");
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SuppressionEntity);
      const existing = (await repo.findBy({ documentId: scan.documentId, fingerprint: finding.fingerprint })).find((s) => !s.revokedAt);
      const suppression =
        existing ??
        (await repo.save(
          repo.create({ documentId: scan.documentId, fingerprint: finding.fingerprint, ruleId: finding.ruleId, justification: reason, createdBy: viewer.name, ownerId: scan.ownerId }),
        ));
      finding.suppressed = true;
      finding.suppression = { kind: "stored", justification: suppression.justification, by: suppression.createdBy, at: suppression.createdAt.toISOString() };
      await m.getRepository(FindingEntity).save(finding);
      await this.audit.record(viewer, "suppress-finding", "finding", finding.id, { ruleId: finding.ruleId, fingerprint: finding.fingerprint, justification: reason }, m);
      return { finding, suppression };
    });
  }

  async unsuppress(viewer: Viewer, findingId: string): Promise<FindingEntity> {
    const { finding, scan } = await this.findingOf(viewer, findingId);
    if (finding.suppression?.kind === "inline") throw badInput("Deze bevinding is in de tekst zelf onderdrukt; haal daar het commentaar weg. / This finding is suppressed by a comment in the text; remove it there.", "findingId");
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SuppressionEntity);
      const active = (await repo.findBy({ documentId: scan.documentId, fingerprint: finding.fingerprint })).filter((s) => !s.revokedAt);
      const now = new Date().toISOString();
      for (const s of active) await repo.update(s.id, { revokedAt: now, revokedBy: viewer.name });
      finding.suppressed = false;
      finding.suppression = null;
      await this.audit.record(viewer, "unsuppress-finding", "finding", finding.id, { ruleId: finding.ruleId, fingerprint: finding.fingerprint }, m);
      return m.getRepository(FindingEntity).save(finding);
    });
  }

  async forDocument(viewer: Viewer, documentId: string): Promise<SuppressionEntity[]> {
    await this.access.document(viewer, documentId);
    return this.ds.getRepository(SuppressionEntity).find({ where: { documentId }, order: { createdAt: "DESC" } });
  }
}
