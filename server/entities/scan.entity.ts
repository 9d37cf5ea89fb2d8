import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from "typeorm";
import type { CoverageResult, DocumentInfo, ModuleResult } from "../../rules/engine/index.js";
import { BaseEntity } from "./base.js";
import type { DocumentVersionEntity } from "./document-version.entity.js";
import type { FindingEntity } from "./finding.entity.js";

/** A stored scan of one document version: result summary as JSON, findings as rows. */
@Entity("scan")
@Index(["documentId", "createdAt"])
export class ScanEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  documentId: string;

  @Column("varchar", { length: 36 })
  versionId: string;

  @ManyToOne("DocumentVersionEntity", { onDelete: "CASCADE" })
  @JoinColumn({ name: "versionId" })
  version: Relation<DocumentVersionEntity>;

  @Column("varchar", { length: 36, nullable: true })
  profileId: string | null;

  /** The profile as it was applied (profiles can change later). */
  @Column("simple-json", { nullable: true })
  profileSnapshot: Record<string, unknown> | null;

  @Column("varchar", { length: 40 })
  engineVersion: string;

  @Column("varchar", { length: 2 })
  lang: string;

  @Column("integer")
  score: number;

  @Column("varchar", { length: 1 })
  grade: string;

  /** The document as scanned, plus the rules that failed in that scan (absent in scans stored before). */
  @Column("simple-json")
  document: DocumentInfo & { failedRules?: string[] };

  @Column("simple-json")
  modules: ModuleResult[];

  @Column("simple-json")
  coverage: CoverageResult[];

  @Column("simple-json")
  timings: Record<string, number>;

  @Column("integer")
  findingCount: number;

  @Column("varchar", { length: 36 })
  ownerId: string;

  @OneToMany("FindingEntity", "scan")
  findings: Relation<FindingEntity[]>;
}
