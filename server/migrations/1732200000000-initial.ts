import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { columns } from "./columns.js";

/** Documents with versions, scans with findings, suppressions and profiles. */
export class Initial1732200000000 implements MigrationInterface {
  name = "Initial1732200000000";

  async up(q: QueryRunner): Promise<void> {
    const c = columns(q);
    await q.createTable(
      new Table({
        name: "document",
        columns: [
          c.id(),
          c.created(),
          c.varchar("title", 300),
          c.varchar("municipality", 120, true),
          c.varchar("titleKey", 300),
          c.varchar("municipalityKey", 120),
          c.varchar("kind", 20),
          c.integer("year", true),
          c.ref("ownerId"),
          c.ref("workshopId", true),
          c.updated(),
        ],
        indices: [{ columnNames: ["ownerId", "titleKey", "municipalityKey"], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: "document_version",
        columns: [
          c.id(),
          c.created(),
          c.ref("documentId"),
          c.integer("number"),
          c.varchar("filename", 255, true),
          c.varchar("sourceFormat", 10),
          c.varchar("textFormat", 10),
          c.varchar("checksum", 64),
          c.integer("byteLength"),
          c.text("originalText"),
          c.text("normalisedText"),
          c.json("notes"),
        ],
        indices: [{ columnNames: ["documentId", "number"], isUnique: true }],
        foreignKeys: [{ columnNames: ["documentId"], referencedTableName: "document", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await q.createTable(
      new Table({
        name: "scan",
        columns: [
          c.id(),
          c.created(),
          c.ref("documentId"),
          c.ref("versionId"),
          c.ref("profileId", true),
          c.json("profileSnapshot", true),
          c.varchar("engineVersion", 40),
          c.varchar("lang", 2),
          c.integer("score"),
          c.varchar("grade", 1),
          c.json("document"),
          c.json("modules"),
          c.json("coverage"),
          c.json("timings"),
          c.integer("findingCount"),
          c.ref("ownerId"),
        ],
        indices: [{ columnNames: ["documentId", "createdAt"] }],
        foreignKeys: [{ columnNames: ["versionId"], referencedTableName: "document_version", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await q.createTable(
      new Table({
        name: "finding",
        columns: [
          c.id(),
          c.created(),
          c.ref("scanId"),
          c.integer("position"),
          c.varchar("engineId", 40),
          c.varchar("ruleId", 120),
          c.varchar("module", 60),
          c.varchar("severity", 10),
          c.integer("score"),
          c.text("message"),
          c.text("remedy"),
          c.text("quote"),
          c.json("location", true),
          c.json("sources"),
          c.varchar("fingerprint", 64),
          c.boolean("suppressed"),
          c.json("suppression", true),
          c.text("fix", true),
        ],
        indices: [{ columnNames: ["scanId", "position"] }, { columnNames: ["fingerprint"] }],
        foreignKeys: [{ columnNames: ["scanId"], referencedTableName: "scan", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await q.createTable(
      new Table({
        name: "suppression",
        columns: [
          c.id(),
          c.created(),
          c.ref("documentId"),
          c.varchar("fingerprint", 64),
          c.varchar("ruleId", 120),
          c.text("justification"),
          c.varchar("createdBy", 120),
          c.ref("ownerId"),
          c.varchar("revokedAt", 30, true),
          c.varchar("revokedBy", 120, true),
        ],
        indices: [{ columnNames: ["documentId", "fingerprint"] }],
        foreignKeys: [{ columnNames: ["documentId"], referencedTableName: "document", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await q.createTable(
      new Table({
        name: "profile",
        columns: [c.id(), c.created(), c.varchar("name", 120), c.text("description", true), c.varchar("preset", 60, true), c.json("modules"), c.json("rules"), c.ref("ownerId"), c.updated()],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["profile", "suppression", "finding", "scan", "document_version", "document"]) await q.dropTable(t);
  }
}
