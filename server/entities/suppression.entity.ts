import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BaseEntity } from "./base.js";
import type { DocumentEntity } from "./document.entity.js";

/**
 * A finding suppressed for a document (all its versions), matched by fingerprint in later scans.
 * Never deleted on unsuppress: revokedAt/revokedBy keep the audit trail.
 */
@Entity("suppression")
@Index(["documentId", "fingerprint"])
export class SuppressionEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  documentId: string;

  @ManyToOne("DocumentEntity", { onDelete: "CASCADE" })
  @JoinColumn({ name: "documentId" })
  document: Relation<DocumentEntity>;

  @Column("varchar", { length: 64 })
  fingerprint: string;

  @Column("varchar", { length: 120 })
  ruleId: string;

  @Column("text")
  justification: string;

  @Column("varchar", { length: 120 })
  createdBy: string;

  @Column("varchar", { length: 36 })
  ownerId: string;

  /** ISO time; a string column because SQLite and PostgreSQL share no nullable timestamp type name. */
  @Column("varchar", { length: 30, nullable: true })
  revokedAt: string | null;

  @Column("varchar", { length: 120, nullable: true })
  revokedBy: string | null;
}
