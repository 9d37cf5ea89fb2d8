import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { columns } from "./columns.js";

/** Batch scans and their items. */
export class Batches1732400000000 implements MigrationInterface {
  name = "Batches1732400000000";

  async up(q: QueryRunner): Promise<void> {
    const c = columns(q);
    await q.createTable(
      new Table({
        name: "batch",
        columns: [c.id(), c.created(), c.ref("ownerId"), c.ref("profileId", true), c.varchar("lang", 2), c.integer("total"), c.integer("done"), c.integer("failed"), c.varchar("status", 10), c.updated()],
        indices: [{ columnNames: ["ownerId", "createdAt"] }],
      }),
    );
    await q.createTable(
      new Table({
        name: "batch_item",
        columns: [c.id(), c.created(), c.ref("batchId"), c.ref("documentId"), c.varchar("status", 10), c.ref("scanId", true), c.text("error", true), c.integer("attempts")],
        indices: [{ columnNames: ["batchId"] }, { columnNames: ["status"] }],
        foreignKeys: [{ columnNames: ["batchId"], referencedTableName: "batch", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("batch_item");
    await q.dropTable("batch");
  }
}
