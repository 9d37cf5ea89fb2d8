import PgBoss from "pg-boss";

/** Batch items to scan, as jobs. */
export interface BatchQueue {
  readonly kind: "pg-boss" | "in-process";
  enqueue(itemIds: string[]): Promise<void>;
  /** Start taking jobs: `handler` throws to have the job retried. */
  work(handler: (itemId: string) => Promise<void>, concurrency?: number): Promise<void>;
  stop(): Promise<void>;
}

const QUEUE = "genderscan-scan";

export interface PgBossOptions {
  url: string;
  /** Schema for pg-boss's own tables (default pgboss). */
  schema?: string;
  /** A job whose worker died is retried after this many seconds. */
  expireInSeconds?: number;
  retryLimit?: number;
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
}

/**
 * Jobs on PostgreSQL with pg-boss: several server instances and workers share them; a job whose
 * worker is killed expires and is retried by another.
 */
export async function pgBossQueue(o: PgBossOptions): Promise<BatchQueue> {
  const boss = new PgBoss({
    connectionString: o.url,
    schema: o.schema ?? "pgboss",
    maintenanceIntervalSeconds: o.maintenanceIntervalSeconds ?? 30,
  });
  boss.on("error", (e) => console.error("[genderscan] job queue:", e.message));
  await boss.start();
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    retryLimit: o.retryLimit ?? 3,
    retryDelay: 1,
    expireInSeconds: o.expireInSeconds ?? 15 * 60,
  });
  return {
    kind: "pg-boss",
    async enqueue(itemIds) {
      await boss.insert(itemIds.map((itemId) => ({ name: QUEUE, data: { itemId }, retryLimit: o.retryLimit ?? 3, expireInSeconds: o.expireInSeconds ?? 15 * 60 })));
    },
    async work(handler, concurrency = 1) {
      for (let i = 0; i < concurrency; i++) {
        let workerId: string | null = null;
        workerId = await boss.work<{ itemId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 1 }, async ([job]) => {
          await handler(job.data.itemId);
          // pg-boss waits a polling interval even after a job; a busy worker asks for the next at once.
          if (workerId) boss.notifyWorker(workerId);
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
    },
  };
}

/** One SQLite instance: jobs in this process, one after another (pending items are re-queued at start). */
export function inProcessQueue(): BatchQueue {
  const pending: string[] = [];
  let handler: ((id: string) => Promise<void>) | null = null;
  let running = 0;
  let limit = 1;
  let stopped = false;
  const pump = () => {
    while (!stopped && handler && running < limit && pending.length) {
      const id = pending.shift()!;
      running++;
      handler(id)
        .catch((e) => console.error("[genderscan] batch item failed:", (e as Error).message))
        .finally(() => {
          running--;
          pump();
        });
    }
  };
  return {
    kind: "in-process",
    async enqueue(ids) {
      for (const id of ids) pending.push(id);
      pump();
    },
    async work(h, concurrency = 1) {
      handler = h;
      limit = concurrency;
      pump();
    },
    async stop() {
      stopped = true;
      while (running > 0) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
