import { randomUUID } from "node:crypto";
import { BeforeInsert, CreateDateColumn, PrimaryColumn } from "typeorm";

/** UUID primary key generated in code (same on SQLite and PostgreSQL) and a creation time. */
export abstract class BaseEntity {
  @PrimaryColumn("varchar", { length: 36 })
  id: string;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  assignId(): void {
    this.id ??= randomUUID();
  }
}
