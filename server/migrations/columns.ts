import type { QueryRunner, TableColumnOptions } from "typeorm";

/** Column helpers that give the same schema on SQLite and PostgreSQL (matching the entities). */
export function columns(q: QueryRunner) {
  const pg = q.connection.driver.options.type === "postgres";
  const timestamp = pg ? "timestamp" : "datetime";
  const now = pg ? "now()" : "datetime('now')";
  return {
    id: (): TableColumnOptions => ({ name: "id", type: "varchar", length: "36", isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: "varchar", length: "36", isNullable: nullable }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: "varchar", length: String(length), isNullable: nullable }),
    text: (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable }),
    integer: (name: string, nullable = false): TableColumnOptions => ({ name, type: "integer", isNullable: nullable }),
    boolean: (name: string): TableColumnOptions => ({ name, type: "boolean", isNullable: false }),
    json: (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable }),
    created: (): TableColumnOptions => ({ name: "createdAt", type: timestamp, default: now, isNullable: false }),
    updated: (): TableColumnOptions => ({ name: "updatedAt", type: timestamp, default: now, isNullable: false }),
  };
}
