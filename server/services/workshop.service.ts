import { randomInt } from "node:crypto";
import type { DataSource } from "typeorm";
import { In, IsNull } from "typeorm";
import type { Engine } from "../../rules/engine/index.js";
import type { Viewer } from "../viewer.js";
import { DocumentEntity } from "../entities/document.entity.js";
import { FindingEntity } from "../entities/finding.entity.js";
import { ScanEntity } from "../entities/scan.entity.js";
import { TokenEntity } from "../entities/token.entity.js";
import { UserEntity } from "../entities/user.entity.js";
import { WorkshopEntity } from "../entities/workshop.entity.js";
import { badInput, notFound } from "../errors.js";
import type { AuditService } from "./audit.service.js";
import type { AuthService } from "./auth.service.js";
import { purgeDocuments } from "./data.service.js";
import { GraphQLError } from "graphql";

/** Join codes without look-alike characters (no 0/O, 1/I/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const now = () => new Date().toISOString();

export interface WorkshopAggregate {
  documents: number;
  scanned: number;
  participants: number;
  topFindings: Array<{ ruleId: string; count: number; documents: number }>;
  coverage: Array<{ check: string; module: string; present: number; partial: number; missing: number; notApplicable: number }>;
}

export class WorkshopService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly engine: Engine,
  ) {}

  async create(viewer: Viewer, title: string, expiresAt?: string): Promise<WorkshopEntity> {
    if (!title.trim() || title.length > 200) throw badInput("Geef de workshop een titel (max. 200 tekens). / Give the workshop a title (max 200 characters).", "title");
    const expiry = expiresAt ? new Date(expiresAt) : new Date(Date.now() + 24 * 3600_000);
    if (Number.isNaN(expiry.getTime()) || expiry.getTime() <= Date.now() || expiry.getTime() > Date.now() + 31 * 24 * 3600_000) {
      throw badInput("De einddatum moet in de komende 31 dagen liggen. / The expiry must be within the next 31 days.", "expiresAt");
    }
    const repo = this.ds.getRepository(WorkshopEntity);
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
      if (await repo.findOneBy({ code })) continue;
      const w = await repo.save(repo.create({ title: title.trim(), code, trainerId: viewer.id, expiresAt: expiry.toISOString(), closedAt: null, keepDocuments: false }));
      await this.audit.record(viewer, "create-workshop", "workshop", w.id, { title: w.title });
      return w;
    }
    throw new Error("no free workshop code");
  }

  /** A participant joins with the code and a display name and gets a token scoped to the workshop. */
  async join(code: string, displayName: string): Promise<{ token: string; user: UserEntity; workshop: WorkshopEntity }> {
    const name = displayName.trim();
    if (name.length < 1 || name.length > 60) throw badInput("Geef een naam van 1 tot 60 tekens. / Give a name of 1 to 60 characters.", "displayName");
    const w = await this.ds.getRepository(WorkshopEntity).findOneBy({ code: code.trim().toUpperCase() });
    if (!w || w.closedAt || w.expiresAt < now()) {
      throw new GraphQLError("Deze workshopcode is onbekend of verlopen. / This workshop code is unknown or expired.", { extensions: { code: "NOT_FOUND" } });
    }
    const users = this.ds.getRepository(UserEntity);
    const user = await users.save(
      users.create({ name: `${w.code}-${randomInt(1e9).toString(36)}-${Date.now().toString(36)}`, displayName: name, role: "participant", workshopId: w.id, disabledAt: null }),
    );
    const token = await this.auth.issue(user.id, "workshop", { label: w.title, expiresAt: w.expiresAt });
    return { token, user, workshop: w };
  }

  /** Only the trainer of a workshop sees it; anyone else gets NOT_FOUND. */
  async get(viewer: Viewer, id: string): Promise<WorkshopEntity> {
    const w = await this.ds.getRepository(WorkshopEntity).findOneBy({ id });
    if (!w || w.trainerId !== viewer.id) throw notFound("Workshop", id);
    return w;
  }

  list(viewer: Viewer): Promise<WorkshopEntity[]> {
    return this.ds.getRepository(WorkshopEntity).find({ where: { trainerId: viewer.id }, order: { createdAt: "DESC" } });
  }

  participants(w: WorkshopEntity): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).find({ where: { workshopId: w.id }, order: { createdAt: "ASC" } });
  }

  documents(w: WorkshopEntity): Promise<DocumentEntity[]> {
    return this.ds.getRepository(DocumentEntity).find({ where: { workshopId: w.id }, order: { updatedAt: "DESC" } });
  }

  /** For the projector: the most frequent findings and coverage across participants (latest scan per document). */
  async aggregate(w: WorkshopEntity): Promise<WorkshopAggregate> {
    const docs = await this.documents(w);
    const latest: ScanEntity[] = [];
    for (const d of docs) {
      const s = await this.ds.getRepository(ScanEntity).findOne({ where: { documentId: d.id }, order: { createdAt: "DESC" } });
      if (s) latest.push(s);
    }
    const findings = latest.length ? await this.ds.getRepository(FindingEntity).findBy({ scanId: In(latest.map((s) => s.id)), suppressed: false }) : [];
    const byRule = new Map<string, { count: number; docs: Set<string> }>();
    const docOf = new Map(latest.map((s) => [s.id, s.documentId]));
    for (const f of findings) {
      const e = byRule.get(f.ruleId) ?? { count: 0, docs: new Set() };
      e.count++;
      e.docs.add(docOf.get(f.scanId)!);
      byRule.set(f.ruleId, e);
    }
    const tally = new Map<string, WorkshopAggregate["coverage"][number]>();
    for (const s of latest) {
      for (const c of s.coverage) {
        const t = tally.get(c.check) ?? { check: c.check, module: c.module, present: 0, partial: 0, missing: 0, notApplicable: 0 };
        if (c.status === "present") t.present++;
        else if (c.status === "partial") t.partial++;
        else if (c.status === "missing") t.missing++;
        else t.notApplicable++;
        tally.set(c.check, t);
      }
    }
    return {
      documents: docs.length,
      scanned: latest.length,
      participants: (await this.participants(w)).length,
      topFindings: [...byRule.entries()]
        .map(([ruleId, e]) => ({ ruleId, count: e.count, documents: e.docs.size }))
        .sort((a, b) => b.documents - a.documents || b.count - a.count || a.ruleId.localeCompare(b.ruleId))
        .slice(0, 15),
      coverage: [...tally.values()],
    };
  }

  /** Closing ends the participants' tokens and deletes the workshop's documents unless the trainer keeps them. */
  async close(viewer: Viewer, id: string, keepDocuments: boolean): Promise<WorkshopEntity> {
    const w = await this.get(viewer, id);
    if (w.closedAt) return w;
    await this.ds.transaction(async (m) => {
      const participants = await m.getRepository(UserEntity).findBy({ workshopId: w.id });
      if (participants.length) {
        await m.getRepository(TokenEntity).update({ userId: In(participants.map((p) => p.id)), revokedAt: IsNull() }, { revokedAt: now() });
      }
      const docs = await m.getRepository(DocumentEntity).findBy({ workshopId: w.id });
      if (keepDocuments) {
        // The trainer becomes the owner of what was kept.
        for (const d of docs) {
          await m.getRepository(DocumentEntity).update(d.id, { ownerId: w.trainerId });
          await m.getRepository(ScanEntity).update({ documentId: d.id }, { ownerId: w.trainerId });
        }
      } else {
        await purgeDocuments(m, docs.map((d) => d.id));
      }
      w.closedAt = now();
      w.keepDocuments = keepDocuments;
      await m.getRepository(WorkshopEntity).save(w);
      await this.audit.record(viewer, "close-workshop", "workshop", w.id, { keepDocuments, documents: docs.length }, m);
    });
    // The participants' tokens end now, not when their kept viewers run out.
    this.auth.forgetSessions();
    return w;
  }

  ruleTitle(ruleId: string, lang: "nl" | "en"): string {
    return this.engine.rule(ruleId)?.meta.title[lang] ?? ruleId;
  }
}
