import type { DataSource } from "typeorm";
import { In, Not } from "typeorm";
import { InputError, type Lang } from "../../rules/engine/index.js";
import type { Role, Viewer } from "../viewer.js";
import { BatchItemEntity } from "../entities/batch-item.entity.js";
import { BatchEntity } from "../entities/batch.entity.js";
import { UserEntity } from "../entities/user.entity.js";
import { badInput, notFound } from "../errors.js";
import type { Access } from "../services/access.js";
import type { ScanService } from "../services/scan.service.js";
import type { BatchQueue } from "./queue.js";

/** The item was finished by another worker while this one scanned it. */
class AlreadyDone extends Error {}

const MAX_BATCH = 1000;

/** Batch scans: one job per document; progress counted on the batch; a finished item is never scanned twice. */
export class BatchService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: Access,
    private readonly scans: ScanService,
    private readonly queue: BatchQueue,
  ) {}

  async start(viewer: Viewer, documentIds: string[], options: { profileId?: string; lang?: Lang } = {}): Promise<BatchEntity> {
    const ids = [...new Set(documentIds)];
    if (ids.length === 0 || ids.length > MAX_BATCH) throw badInput(`Een batch heeft 1 tot ${MAX_BATCH} documenten. / A batch has 1 to ${MAX_BATCH} documents.`, "documentIds");
    for (const id of ids) await this.access.document(viewer, id);
    const batch = await this.ds.transaction(async (m) => {
      const b = await m.getRepository(BatchEntity).save(
        m.getRepository(BatchEntity).create({ ownerId: viewer.id, profileId: options.profileId ?? null, lang: options.lang ?? "nl", total: ids.length, done: 0, failed: 0, status: "queued" }),
      );
      const items = ids.map((documentId) => m.getRepository(BatchItemEntity).create({ batchId: b.id, documentId, status: "queued", scanId: null, error: null, attempts: 0 }));
      for (let i = 0; i < items.length; i += 200) await m.getRepository(BatchItemEntity).save(items.slice(i, i + 200));
      return b;
    });
    const items = await this.ds.getRepository(BatchItemEntity).find({ select: { id: true }, where: { batchId: batch.id } });
    await this.queue.enqueue(items.map((i) => i.id));
    return batch;
  }

  async get(viewer: Viewer, id: string): Promise<BatchEntity> {
    const b = await this.ds.getRepository(BatchEntity).findOneBy({ id });
    if (!b || b.ownerId !== viewer.id) throw notFound("Batch", id);
    return b;
  }

  items(batchId: string): Promise<BatchItemEntity[]> {
    return this.ds.getRepository(BatchItemEntity).find({ where: { batchId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /**
   * A job: scans one item as the batch's owner. The scan and the item's "done" are stored in one
   * transaction, so a retried job after a crash finds the item done and does nothing.
   */
  async process(itemId: string): Promise<void> {
    const items = this.ds.getRepository(BatchItemEntity);
    const item = await items.findOneBy({ id: itemId });
    if (!item || item.status === "done" || item.status === "failed") return;
    const batch = await this.ds.getRepository(BatchEntity).findOneByOrFail({ id: item.batchId });
    await items.update(item.id, { status: "running", attempts: item.attempts + 1 });
    await this.ds.getRepository(BatchEntity).update({ id: batch.id, status: "queued" }, { status: "running" });
    const owner = await this.ds.getRepository(UserEntity).findOneBy({ id: batch.ownerId });
    const viewer: Viewer = owner ? { id: owner.id, name: owner.name, role: owner.role as Role, workshopId: owner.workshopId } : { id: batch.ownerId, name: "batch", role: "member" };
    try {
      await this.scans.scanDocument(viewer, item.documentId, {
        profileId: batch.profileId ?? undefined,
        lang: batch.lang as Lang,
        inTransaction: async (m, scan) => {
          // A job that outlives JOB_EXPIRE_SECONDS is handed to another worker while this one still scans; whichever
          // commits second finds the item done and rolls its scan back (the row lock makes the check hold).
          const marked = await m.getRepository(BatchItemEntity).update({ id: item.id, status: Not(In(["done", "failed"])) }, { status: "done", scanId: scan.id });
          if (!marked.affected) throw new AlreadyDone();
          await m.getRepository(BatchEntity).increment({ id: batch.id }, "done", 1);
        },
      });
    } catch (e) {
      if (e instanceof AlreadyDone) return;
      // Input problems (document gone, unreadable, too slow) will not improve on retry.
      const permanent = e instanceof InputError || (e as { extensions?: { code?: string } }).extensions?.code !== undefined;
      if (!permanent) {
        await items.update(item.id, { status: "queued" });
        throw e;
      }
      await this.ds.transaction(async (m) => {
        await m.getRepository(BatchItemEntity).update(item.id, { status: "failed", error: (e as Error).message.slice(0, 500) });
        await m.getRepository(BatchEntity).increment({ id: batch.id }, "failed", 1);
      });
    }
    await this.finish(batch.id);
  }

  private async finish(batchId: string): Promise<void> {
    const b = await this.ds.getRepository(BatchEntity).findOneByOrFail({ id: batchId });
    if (b.done + b.failed >= b.total && b.status !== "done") await this.ds.getRepository(BatchEntity).update(b.id, { status: "done" });
  }

  /** Items left queued or running when a single instance stopped: queue them again (in-process queue). */
  async resumePending(): Promise<number> {
    const open = await this.ds.getRepository(BatchItemEntity).find({ select: { id: true }, where: { status: In(["queued", "running"]) } });
    if (open.length) await this.queue.enqueue(open.map((i) => i.id));
    return open.length;
  }
}
