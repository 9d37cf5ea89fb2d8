import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BaseEntity } from "./base.js";
import type { UserEntity } from "./user.entity.js";

/** An API token, stored only as a sha256 hash; revocable; sign-in links are single-use tokens. */
@Entity("api_token")
@Index(["tokenHash"], { unique: true })
export class TokenEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  userId: string;

  @ManyToOne("UserEntity", { onDelete: "CASCADE" })
  @JoinColumn({ name: "userId" })
  user: Relation<UserEntity>;

  @Column("varchar", { length: 64 })
  tokenHash: string;

  /** api | signin (single use, exchanged for an api token) | workshop */
  @Column("varchar", { length: 10 })
  kind: string;

  @Column("varchar", { length: 120, nullable: true })
  label: string | null;

  @Column("varchar", { length: 30, nullable: true })
  expiresAt: string | null;

  @Column("varchar", { length: 30, nullable: true })
  revokedAt: string | null;

  @Column("varchar", { length: 30, nullable: true })
  lastUsedAt: string | null;
}
