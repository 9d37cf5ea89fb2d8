import { Column, Entity, Index, UpdateDateColumn } from "typeorm";
import { BaseEntity } from "./base.js";

/** A batch scan of many documents, run as jobs; progress is counted here. */
@Entity("batch")
@Index(["ownerId", "createdAt"])
export class BatchEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  ownerId: string;

  @Column("varchar", { length: 36, nullable: true })
  profileId: string | null;

  @Column("varchar", { length: 2 })
  lang: string;

  @Column("integer")
  total: number;

  @Column("integer")
  done: number;

  @Column("integer")
  failed: number;

  /** queued | running | done */
  @Column("varchar", { length: 10 })
  status: string;

  @UpdateDateColumn()
  updatedAt: Date;
}
