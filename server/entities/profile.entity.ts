import { Column, Entity, UpdateDateColumn } from "typeorm";
import type { RuleSetting } from "../../rules/engine/index.js";
import { BaseEntity } from "./base.js";

/** A scan profile: preset, modules on/off, rule settings (severity, enabled, options). */
@Entity("profile")
export class ProfileEntity extends BaseEntity {
  @Column("varchar", { length: 120 })
  name: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("varchar", { length: 60, nullable: true })
  preset: string | null;

  @Column("simple-json")
  modules: Record<string, boolean>;

  @Column("simple-json")
  rules: Record<string, RuleSetting>;

  @Column("varchar", { length: 36 })
  ownerId: string;

  @UpdateDateColumn()
  updatedAt: Date;
}
