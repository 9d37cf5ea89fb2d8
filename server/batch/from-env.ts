import { inProcessQueue, pgBossQueue, type BatchQueue } from "./queue.js";

/** pg-boss on PostgreSQL (shared by every instance and worker), in-process on SQLite. */
export async function queueFromEnv(env: Record<string, string | undefined> = process.env): Promise<BatchQueue> {
  if (!env.DATABASE_URL) return inProcessQueue();
  return pgBossQueue({
    url: env.DATABASE_URL,
    schema: env.PG_BOSS_SCHEMA ?? (env.PG_SCHEMA ? `${env.PG_SCHEMA}_boss` : undefined),
    expireInSeconds: env.JOB_EXPIRE_SECONDS ? Number(env.JOB_EXPIRE_SECONDS) : undefined,
    maintenanceIntervalSeconds: env.JOB_MAINTENANCE_SECONDS ? Number(env.JOB_MAINTENANCE_SECONDS) : undefined,
  });
}
