import { Column, Entity, Index, OneToMany, UpdateDateColumn, type Relation } from "typeorm";
import { BaseEntity } from "./base.js";
import type { DocumentVersionEntity } from "./document-version.entity.js";

/** A policy document; each upload with the same title and municipality is a new version of it. */
@Entity("document")
@Index(["ownerId", "titleKey", "municipalityKey"], { unique: true })
export class DocumentEntity extends BaseEntity {
  @Column("varchar", { length: 300 })
  title: string;

  @Column("varchar", { length: 120, nullable: true })
  municipality: string | null;

  /** Lower-case, spacing-folded title and municipality: what makes two uploads the same document. */
  @Column("varchar", { length: 300 })
  titleKey: string;

  @Column("varchar", { length: 120 })
  municipalityKey: string;

  @Column("varchar", { length: 20 })
  kind: string;

  @Column("integer", { nullable: true })
  year: number | null;

  @Column("varchar", { length: 36 })
  ownerId: string;

  @Column("varchar", { length: 36, nullable: true })
  workshopId: string | null;

  @UpdateDateColumn()
  updatedAt: Date;

  @OneToMany("DocumentVersionEntity", "document")
  versions: Relation<DocumentVersionEntity[]>;
}
