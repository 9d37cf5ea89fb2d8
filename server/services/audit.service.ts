import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../viewer.js";
import { AuditEntity } from "../entities/audit.entity.js";

export type AuditAction =
  | "suppress-finding"
  | "unsuppress-finding"
  | "delete-document"
  | "create-user"
  | "change-role"
  | "disable-user"
  | "revoke-token"
  | "create-workshop"
  | "close-workshop"
  | "export-data";

/** The audit log: who did what, when. It never holds document text, only ids. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(viewer: Viewer, action: AuditAction, targetType: string, targetId: string, details: Record<string, unknown> = {}, m?: EntityManager): Promise<void> {
    const repo = (m ?? this.ds.manager).getRepository(AuditEntity);
    await repo.save(repo.create({ actorId: viewer.id, actorName: viewer.name, action, targetType, targetId, details }));
  }

  /** Admins read the whole log; everyone else their own entries. */
  list(viewer: Viewer, offset: number, limit: number): Promise<[AuditEntity[], number]> {
    const where = viewer.role === "admin" ? {} : { actorId: viewer.id };
    return this.ds.getRepository(AuditEntity).findAndCount({ where, order: { createdAt: "DESC", id: "ASC" }, skip: offset, take: limit });
  }
}
