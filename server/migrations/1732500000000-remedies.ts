import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { columns } from "./columns.js";

/** Findings keep their remedies in parts (title, action, where, example); older rows have none (null). */
export class Remedies1732500000000 implements MigrationInterface {
  name = "Remedies1732500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("finding", new TableColumn(columns(q).json("remedies", true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn("finding", "remedies");
  }
}
