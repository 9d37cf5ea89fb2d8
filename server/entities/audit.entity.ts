import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "./base.js";

/** Who did what, when: suppressions, deletions, role changes, token and workshop events. */
@Entity("audit_log")
@Index(["actorId", "createdAt"])
export class AuditEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  actorId: string;

  @Column("varchar", { length: 120 })
  actorName: string;

  @Column("varchar", { length: 40 })
  action: string;

  @Column("varchar", { length: 30 })
  targetType: string;

  @Column("varchar", { length: 36 })
  targetId: string;

  @Column("simple-json")
  details: Record<string, unknown>;
}
