import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BaseEntity } from "./base.js";
import type { BatchEntity } from "./batch.entity.js";

/** One document of a batch: queued, running, done (with its scan) or failed (with the reason). */
@Entity("batch_item")
@Index(["batchId"])
@Index(["status"])
export class BatchItemEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  batchId: string;

  @ManyToOne("BatchEntity", { onDelete: "CASCADE" })
  @JoinColumn({ name: "batchId" })
  batch: Relation<BatchEntity>;

  @Column("varchar", { length: 36 })
  documentId: string;

  @Column("varchar", { length: 10 })
  status: string;

  @Column("varchar", { length: 36, nullable: true })
  scanId: string | null;

  @Column("text", { nullable: true })
  error: string | null;

  @Column("integer")
  attempts: number;
}
