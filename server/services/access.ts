import type { DataSource } from "typeorm";
import type { Viewer } from "../viewer.js";
import { DocumentEntity } from "../entities/document.entity.js";
import { WorkshopEntity } from "../entities/workshop.entity.js";
import { notFound } from "../errors.js";

/**
 * Ownership: a viewer reads only their own documents (and, once workshops exist, those of the
 * workshops they lead). Anything else is NOT_FOUND, never the data.
 */
export class Access {
  constructor(private readonly ds: DataSource) {}

  /** Workshop ids whose documents this viewer may read besides their own: the workshops they lead. */
  async readableWorkshops(viewer: Viewer): Promise<string[]> {
    if (viewer.role !== "trainer" && viewer.role !== "admin") return [];
    const rows = await this.ds.getRepository(WorkshopEntity).find({ select: { id: true }, where: { trainerId: viewer.id } });
    return rows.map((w) => w.id);
  }

  async document(viewer: Viewer, id: string): Promise<DocumentEntity> {
    const doc = await this.ds.getRepository(DocumentEntity).findOneBy({ id });
    if (!doc || !(await this.canRead(viewer, doc))) throw notFound("Document", id);
    return doc;
  }

  async canRead(viewer: Viewer, doc: { ownerId: string; workshopId: string | null }): Promise<boolean> {
    if (doc.ownerId === viewer.id) return true;
    if (doc.workshopId && (await this.readableWorkshops(viewer)).includes(doc.workshopId)) return true;
    return false;
  }
}
