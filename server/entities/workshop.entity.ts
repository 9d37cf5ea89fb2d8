import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "./base.js";

/** A workshop: a trainer, a short join code, an expiry; closing it ends its tokens. */
@Entity("workshop")
@Index(["code"], { unique: true })
export class WorkshopEntity extends BaseEntity {
  @Column("varchar", { length: 200 })
  title: string;

  @Column("varchar", { length: 12 })
  code: string;

  @Column("varchar", { length: 36 })
  trainerId: string;

  @Column("varchar", { length: 30 })
  expiresAt: string;

  @Column("varchar", { length: 30, nullable: true })
  closedAt: string | null;

  @Column("boolean")
  keepDocuments: boolean;
}
