import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Viewer } from "../viewer.js";
import { AuditEntity } from "../entities/audit.entity.js";
import { DocumentVersionEntity } from "../entities/document-version.entity.js";
import { DocumentEntity } from "../entities/document.entity.js";
import { FindingEntity } from "../entities/finding.entity.js";
import { ProfileEntity } from "../entities/profile.entity.js";
import { ScanEntity } from "../entities/scan.entity.js";
import { SuppressionEntity } from "../entities/suppression.entity.js";
import { TokenEntity } from "../entities/token.entity.js";
import { UserEntity } from "../entities/user.entity.js";
import { notFound } from "../errors.js";
import type { Access } from "./access.js";
import type { AuditService } from "./audit.service.js";

/** Data rights: export everything of yours as JSON; delete a document with everything derived from it. */
export class DataService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: Access,
    private readonly audit: AuditService,
  ) {}

  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: viewer.id });
    const documents = await this.ds.getRepository(DocumentEntity).find({ where: { ownerId: viewer.id }, order: { createdAt: "ASC" } });
    const ids = documents.map((d) => d.id);
    const versions = ids.length ? await this.ds.getRepository(DocumentVersionEntity).find({ where: { documentId: In(ids) }, order: { number: "ASC" } }) : [];
    const scans = ids.length ? await this.ds.getRepository(ScanEntity).find({ where: { documentId: In(ids) }, order: { createdAt: "ASC" } }) : [];
    const findings = scans.length ? await this.ds.getRepository(FindingEntity).find({ where: { scanId: In(scans.map((s) => s.id)) }, order: { position: "ASC" } }) : [];
    const suppressions = ids.length ? await this.ds.getRepository(SuppressionEntity).findBy({ documentId: In(ids) }) : [];
    const profiles = await this.ds.getRepository(ProfileEntity).findBy({ ownerId: viewer.id });
    const tokens = await this.ds.getRepository(TokenEntity).findBy({ userId: viewer.id });
    const audit = await this.ds.getRepository(AuditEntity).find({ where: { actorId: viewer.id }, order: { createdAt: "ASC" } });
    await this.audit.record(viewer, "export-data", "user", viewer.id, { documents: documents.length });
    return {
      exportedAt: new Date().toISOString(),
      user: user && { id: user.id, name: user.name, displayName: user.displayName, role: user.role, workshopId: user.workshopId, createdAt: user.createdAt },
      documents: documents.map((d) => ({
        ...d,
        versions: versions.filter((v) => v.documentId === d.id),
        scans: scans.filter((s) => s.documentId === d.id).map((s) => ({ ...s, findings: findings.filter((f) => f.scanId === s.id) })),
        suppressions: suppressions.filter((s) => s.documentId === d.id),
      })),
      profiles,
      tokens: tokens.map(({ tokenHash: _h, ...t }) => t),
      audit,
    };
  }

  /** Deletes the document, its versions, scans, findings and suppressions (real deletion, one transaction). */
  async deleteDocument(viewer: Viewer, id: string): Promise<boolean> {
    const doc = await this.access.document(viewer, id);
    if (doc.ownerId !== viewer.id && !(await this.access.readableWorkshops(viewer)).includes(doc.workshopId ?? "")) throw notFound("Document", id);
    await this.ds.transaction(async (m) => {
      await purgeDocuments(m, [doc.id]);
      await this.audit.record(viewer, "delete-document", "document", doc.id, {}, m);
    });
    return true;
  }
}

/** Deletes documents and everything derived from them, children first (no reliance on cascades). */
export async function purgeDocuments(m: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const scanIds = (await m.getRepository(ScanEntity).find({ select: { id: true }, where: { documentId: In(ids) } })).map((s) => s.id);
  for (let i = 0; i < scanIds.length; i += 500) await m.getRepository(FindingEntity).delete({ scanId: In(scanIds.slice(i, i + 500)) });
  await m.getRepository(ScanEntity).delete({ documentId: In(ids) });
  await m.getRepository(SuppressionEntity).delete({ documentId: In(ids) });
  await m.getRepository(DocumentVersionEntity).delete({ documentId: In(ids) });
  await m.getRepository(DocumentEntity).delete({ id: In(ids) });
}
