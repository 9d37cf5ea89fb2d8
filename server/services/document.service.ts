import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { fold } from "../../rules/engine/index.js";
import type { Viewer } from "../viewer.js";
import { DocumentVersionEntity } from "../entities/document-version.entity.js";
import { DocumentEntity } from "../entities/document.entity.js";
import { badInput } from "../errors.js";
import type { ScanRunner } from "../scan/runner.js";
import type { Access } from "./access.js";
import type { ServerLimits } from "./limits.js";

export interface SubmitInput {
  title: string;
  municipality?: string | null;
  kind?: string | null;
  year?: number | null;
  text?: string | null;
  format?: "markdown" | "text" | null;
  file?: { bytes: Buffer; filename?: string; mimetype?: string } | null;
}

export interface DocumentFilter {
  kind?: string;
  municipality?: string;
  search?: string;
}

const key = (s: string | null | undefined) => fold((s ?? "").trim()).replace(/\s+/g, " ");

export class DocumentService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: Access,
    private readonly limits: ServerLimits,
    private readonly runner: ScanRunner,
  ) {}

  /**
   * Stores an upload as a new version of the document with the same title and municipality (or a
   * new document). Re-uploading identical bytes returns the latest version instead of a duplicate.
   */
  async submit(viewer: Viewer, input: SubmitInput): Promise<DocumentVersionEntity> {
    // Participants' documents belong to their workshop, so its trainer can read them.
    const workshopId = viewer.workshopId ?? null;
    if (!input.title.trim()) throw badInput("Een titel is verplicht. / A title is required.", "title");
    const hasText = typeof input.text === "string";
    if (hasText === !!input.file) throw badInput("Geef tekst óf een bestand. / Give either text or a file.", "text");
    const bytes = input.file ? input.file.bytes : Buffer.from(input.text!, "utf8");
    const name = input.format === "markdown" ? "document.md" : input.format === "text" ? "document.txt" : undefined;
    // Reading and parsing run where scans run (a worker thread with the time limit), not on the event loop.
    const parsed = await this.runner.prepare(
      bytes,
      input.file ? { filename: input.file.filename, mediaType: input.file.mimetype, maxBytes: this.limits.maxUploadBytes } : { filename: name, maxBytes: this.limits.maxUploadBytes },
    );
    const { ingested } = parsed;
    const checksum = createHash("sha256").update(bytes).digest("hex");
    return this.ds.transaction(async (m) => {
      const docs = m.getRepository(DocumentEntity);
      const versions = m.getRepository(DocumentVersionEntity);
      const titleKey = key(input.title);
      const municipalityKey = key(input.municipality);
      let doc = await docs.findOneBy({ ownerId: viewer.id, titleKey, municipalityKey });
      if (!doc) {
        doc = docs.create({
          title: input.title.trim(),
          municipality: input.municipality?.trim() || null,
          titleKey,
          municipalityKey,
          kind: input.kind ?? parsed.kind,
          year: input.year ?? null,
          ownerId: viewer.id,
          workshopId,
        });
        doc = await docs.save(doc);
      } else {
        const latest = await versions.findOne({ where: { documentId: doc.id }, order: { number: "DESC" } });
        if (latest && latest.checksum === checksum) return latest;
        if (input.kind) doc.kind = input.kind;
        if (input.year) doc.year = input.year;
        doc = await docs.save(doc);
      }
      const count = await versions.countBy({ documentId: doc.id });
      const version = versions.create({
        documentId: doc.id,
        number: count + 1,
        filename: input.file?.filename ?? null,
        sourceFormat: ingested.source,
        textFormat: ingested.format,
        checksum,
        byteLength: bytes.length,
        originalText: ingested.text,
        normalisedText: parsed.normalisedText,
        notes: ingested.notes,
      });
      return versions.save(version);
    });
  }

  get(viewer: Viewer, id: string): Promise<DocumentEntity> {
    return this.access.document(viewer, id);
  }

  async list(viewer: Viewer, filter: DocumentFilter, offset: number, limit: number): Promise<[DocumentEntity[], number]> {
    const qb = this.ds.getRepository(DocumentEntity).createQueryBuilder("d");
    const workshops = await this.access.readableWorkshops(viewer);
    if (workshops.length) qb.where("(d.ownerId = :owner OR d.workshopId IN (:...workshops))", { owner: viewer.id, workshops });
    else qb.where("d.ownerId = :owner", { owner: viewer.id });
    if (filter.kind) qb.andWhere("d.kind = :kind", { kind: filter.kind });
    if (filter.municipality) qb.andWhere("d.municipalityKey = :m", { m: key(filter.municipality) });
    if (filter.search) qb.andWhere("d.titleKey LIKE :s", { s: `%${key(filter.search).replace(/[%_]/g, "")}%` });
    return qb.orderBy("d.updatedAt", "DESC").addOrderBy("d.id", "ASC").skip(offset).take(limit).getManyAndCount();
  }

  async version(viewer: Viewer, id: string): Promise<DocumentVersionEntity> {
    const v = await this.ds.getRepository(DocumentVersionEntity).findOneBy({ id });
    if (!v) throw badInput("Versie niet gevonden. / Version not found.", "versionId");
    await this.access.document(viewer, v.documentId);
    return v;
  }

  async latestVersion(documentId: string): Promise<DocumentVersionEntity | null> {
    return this.ds.getRepository(DocumentVersionEntity).findOne({ where: { documentId }, order: { number: "DESC" } });
  }

  async versions(viewer: Viewer, documentId: string, offset: number, limit: number): Promise<[DocumentVersionEntity[], number]> {
    await this.access.document(viewer, documentId);
    return this.ds.getRepository(DocumentVersionEntity).findAndCount({ where: { documentId }, order: { number: "DESC" }, skip: offset, take: limit });
  }
}
