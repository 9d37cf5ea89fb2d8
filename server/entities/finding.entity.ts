import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { Location, RemedyText, SourceRef, Suppression } from "../../rules/engine/index.js";
import { BaseEntity } from "./base.js";
import type { ScanEntity } from "./scan.entity.js";

/** One finding of a stored scan. */
@Entity("finding")
@Index(["scanId", "position"])
@Index(["fingerprint"])
export class FindingEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  scanId: string;

  @ManyToOne("ScanEntity", "findings", { onDelete: "CASCADE" })
  @JoinColumn({ name: "scanId" })
  scan: Relation<ScanEntity>;

  /** Order within the scan (the engine's order: by position, then severity). */
  @Column("integer")
  position: number;

  @Column("varchar", { length: 40 })
  engineId: string;

  @Column("varchar", { length: 120 })
  ruleId: string;

  @Column("varchar", { length: 60 })
  module: string;

  @Column("varchar", { length: 10 })
  severity: string;

  @Column("integer")
  score: number;

  @Column("text")
  message: string;

  @Column("text")
  remedy: string;

  /** The remedies in parts; null for findings stored before they were kept. */
  @Column("simple-json", { nullable: true })
  remedies: RemedyText[] | null;

  @Column("text")
  quote: string;

  @Column("simple-json", { nullable: true })
  location: Location | null;

  @Column("simple-json")
  sources: SourceRef[];

  @Column("varchar", { length: 64 })
  fingerprint: string;

  @Column("boolean")
  suppressed: boolean;

  @Column("simple-json", { nullable: true })
  suppression: Suppression | null;

  @Column("text", { nullable: true })
  fix: string | null;
}
