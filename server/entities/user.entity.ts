import { Column, Entity, Index } from "typeorm";
import { BaseEntity } from "./base.js";

/** A user: admin, trainer, member, or a workshop participant (scoped to one workshop). */
@Entity("app_user")
@Index(["name"], { unique: true })
export class UserEntity extends BaseEntity {
  @Column("varchar", { length: 120 })
  name: string;

  @Column("varchar", { length: 120 })
  displayName: string;

  /** admin | trainer | member | participant */
  @Column("varchar", { length: 20 })
  role: string;

  @Column("varchar", { length: 36, nullable: true })
  workshopId: string | null;

  @Column("varchar", { length: 30, nullable: true })
  disabledAt: string | null;
}
