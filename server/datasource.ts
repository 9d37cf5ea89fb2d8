import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import "reflect-metadata";
import { DataSource } from "typeorm";
import { PACKAGE_ROOT } from "../rules/engine/index.js";
import { DocumentVersionEntity } from "./entities/document-version.entity.js";
import { DocumentEntity } from "./entities/document.entity.js";
import { FindingEntity } from "./entities/finding.entity.js";
import { ProfileEntity } from "./entities/profile.entity.js";
import { ScanEntity } from "./entities/scan.entity.js";
import { SuppressionEntity } from "./entities/suppression.entity.js";
import { MIGRATIONS } from "./migrations/index.js";
import { AuditEntity } from "./entities/audit.entity.js";
import { TokenEntity } from "./entities/token.entity.js";
import { UserEntity } from "./entities/user.entity.js";
import { WorkshopEntity } from "./entities/workshop.entity.js";
import { BatchEntity } from "./entities/batch.entity.js";
import { BatchItemEntity } from "./entities/batch-item.entity.js";

export const ENTITIES = [DocumentEntity, DocumentVersionEntity, ScanEntity, FindingEntity, SuppressionEntity, ProfileEntity, UserEntity, TokenEntity, WorkshopEntity, AuditEntity, BatchEntity, BatchItemEntity];

export interface DataSourceOptions {
  /** postgres://… ; without it an embedded SQLite file is used. */
  url?: string;
  /** PostgreSQL schema (default public); lets several deployments or test runs share a database. */
  schema?: string;
  /** SQLite file (default data/genderscan.sqlite) or ":memory:". */
  sqlitePath?: string;
  logging?: boolean;
}

/**
 * The sqlite3 module for TypeORM without its long stack traces: TypeORM calls `verbose()`, which wraps every
 * query in a `new Error()` and an `util.inspect` of its SQL and parameters (a tenth of the main thread's time
 * under load, measured in bench/server.ts). Errors keep their own stack, only without the caller's.
 */
function quietSqlite(): unknown {
  const sqlite3 = createRequire(import.meta.url)("sqlite3") as { verbose(): unknown };
  return Object.assign(Object.create(sqlite3) as object, { verbose: () => sqlite3 });
}

/** SQLite by default (file under data/, created on first start), PostgreSQL when a URL is given. */
export function createDataSource(options: DataSourceOptions = {}): DataSource {
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) throw new Error(`DATABASE_URL must be a postgres:// URL (got ${options.url.split(":")[0]}:)`);
    return new DataSource({
      type: "postgres",
      url: options.url,
      ...(options.schema ? { schema: options.schema } : {}),
      entities: ENTITIES,
      migrations: MIGRATIONS,
      migrationsRun: false,
      synchronize: false,
      logging: options.logging ?? false,
      extra: { max: Number(process.env.PG_POOL_MAX ?? 10), ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) },
    });
  }
  const database = options.sqlitePath ?? join(PACKAGE_ROOT, "data/genderscan.sqlite");
  if (database !== ":memory:") mkdirSync(dirname(database), { recursive: true });
  return new DataSource({
    type: "sqlite",
    database,
    driver: quietSqlite(),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    logging: options.logging ?? false,
    // WAL: readers do not block the writer; a crash mid-write leaves the last committed state.
    enableWAL: database !== ":memory:",
    busyErrorRetry: 50,
  });
}

/** Initialises the connection and runs pending migrations. */
export async function openDatabase(options: DataSourceOptions = {}): Promise<DataSource> {
  const ds = createDataSource(options);
  await ds.initialize();
  if (ds.options.type === "sqlite") await ds.query("PRAGMA foreign_keys = ON");
  await ds.runMigrations({ transaction: "each" });
  return ds;
}
