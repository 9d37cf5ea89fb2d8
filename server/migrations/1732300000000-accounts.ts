import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { columns } from "./columns.js";

/** Users, hashed API tokens, workshops and the audit log. */
export class Accounts1732300000000 implements MigrationInterface {
  name = "Accounts1732300000000";

  async up(q: QueryRunner): Promise<void> {
    const c = columns(q);
    await q.createTable(
      new Table({
        name: "app_user",
        columns: [c.id(), c.created(), c.varchar("name", 120), c.varchar("displayName", 120), c.varchar("role", 20), c.ref("workshopId", true), c.varchar("disabledAt", 30, true)],
        indices: [{ columnNames: ["name"], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: "api_token",
        columns: [
          c.id(),
          c.created(),
          c.ref("userId"),
          c.varchar("tokenHash", 64),
          c.varchar("kind", 10),
          c.varchar("label", 120, true),
          c.varchar("expiresAt", 30, true),
          c.varchar("revokedAt", 30, true),
          c.varchar("lastUsedAt", 30, true),
        ],
        indices: [{ columnNames: ["tokenHash"], isUnique: true }],
        foreignKeys: [{ columnNames: ["userId"], referencedTableName: "app_user", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await q.createTable(
      new Table({
        name: "workshop",
        columns: [c.id(), c.created(), c.varchar("title", 200), c.varchar("code", 12), c.ref("trainerId"), c.varchar("expiresAt", 30), c.varchar("closedAt", 30, true), c.boolean("keepDocuments")],
        indices: [{ columnNames: ["code"], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: "audit_log",
        columns: [c.id(), c.created(), c.ref("actorId"), c.varchar("actorName", 120), c.varchar("action", 40), c.varchar("targetType", 30), c.ref("targetId"), c.json("details")],
        indices: [{ columnNames: ["actorId", "createdAt"] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["audit_log", "workshop", "api_token", "app_user"]) await q.dropTable(t);
  }
}
