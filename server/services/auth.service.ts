import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { IsNull } from "typeorm";
import type { Role, Viewer } from "../viewer.js";
import { TokenEntity } from "../entities/token.entity.js";
import { UserEntity } from "../entities/user.entity.js";
import { WorkshopEntity } from "../entities/workshop.entity.js";
import { badInput, notFound } from "../errors.js";
import type { AuditService } from "./audit.service.js";
import { GraphQLError } from "graphql";

export const ROLES = ["admin", "trainer", "member", "participant"] as const;

/** Tokens are shown once and stored only as a sha256 hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(prefix = "gs"): string {
  return `${prefix}_${randomBytes(24).toString("base64url")}`;
}

const now = () => new Date().toISOString();

export interface AuthOptions {
  /**
   * How long (ms) a token's viewer is kept in memory after it was read from the database; 0: read it on every
   * request. Revoking a token, disabling a user, changing a role or closing a workshop through this instance
   * forgets the kept viewers at once; a change made through another instance (or directly in the database) takes
   * effect here within this time. A token's or workshop's expiry is always checked against the clock.
   */
  cacheMs?: number;
  /** Most viewers kept (the oldest are dropped first). */
  cacheSize?: number;
  clock?: () => number;
}

interface Kept {
  viewer: Viewer;
  /** Kept until then (ms since the epoch): the cache time, or the token's or its workshop's expiry if sooner. */
  until: number;
}

export class AuthService {
  private readonly kept = new Map<string, Kept>();
  /** Look-ups in flight, so a burst of requests with one token reads the database once. */
  private readonly reading = new Map<string, Promise<Kept | null>>();
  private readonly cacheMs: number;
  private readonly cacheSize: number;
  private readonly clock: () => number;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    options: AuthOptions = {},
  ) {
    this.cacheMs = options.cacheMs ?? 0;
    this.cacheSize = options.cacheSize ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /**
   * The viewer behind a bearer token, or null (unknown, revoked, expired, disabled or a closed workshop). `hash` is
   * the token's hashToken when the caller has it already.
   */
  async authenticate(token: string | undefined, hash = token ? hashToken(token) : ""): Promise<Viewer | null> {
    if (!token) return null;
    if (this.cacheMs > 0) {
      const hit = this.kept.get(hash);
      if (hit && hit.until > this.clock()) return hit.viewer;
      if (hit) this.kept.delete(hash);
    }
    let pending = this.reading.get(hash);
    if (!pending) {
      const generation = this.generation;
      pending = this.read(hash).finally(() => this.reading.delete(hash));
      this.reading.set(hash, pending);
      const found = await pending;
      // Not kept when the sessions were forgotten while it was read (it may predate a revocation).
      if (found && this.cacheMs > 0 && generation === this.generation) {
        if (this.kept.size >= this.cacheSize) this.kept.delete(this.kept.keys().next().value!);
        this.kept.set(hash, found);
      }
      return found?.viewer ?? null;
    }
    return (await pending)?.viewer ?? null;
  }

  /** Counts forgetSessions calls, so a look-up that raced with one is not kept. */
  private generation = 0;

  /**
   * Forgets every kept viewer: called whenever a token is revoked, a user disabled or given another role, or a
   * workshop closed, so the change holds for the next request to this instance.
   */
  forgetSessions(): void {
    this.generation++;
    this.kept.clear();
  }

  private async read(hash: string): Promise<Kept | null> {
    const row = await this.ds.getRepository(TokenEntity).findOne({ where: { tokenHash: hash }, relations: { user: true } });
    if (!row || row.revokedAt || row.kind === "signin") return null;
    const at = new Date(this.clock()).toISOString();
    if (row.expiresAt && row.expiresAt < at) return null;
    const user = row.user;
    if (!user || user.disabledAt) return null;
    let until = this.clock() + this.cacheMs;
    if (row.expiresAt) until = Math.min(until, Date.parse(row.expiresAt));
    if (user.workshopId) {
      const w = await this.ds.getRepository(WorkshopEntity).findOneBy({ id: user.workshopId });
      if (!w || w.closedAt || w.expiresAt < at) return null;
      until = Math.min(until, Date.parse(w.expiresAt));
    }
    // Touch at most once a minute, to keep reads cheap.
    if (!row.lastUsedAt || Date.parse(row.lastUsedAt) < Date.now() - 60_000) {
      await this.ds.getRepository(TokenEntity).update(row.id, { lastUsedAt: now() });
    }
    return { viewer: { id: user.id, name: user.name, role: user.role as Role, workshopId: user.workshopId }, until };
  }

  async issue(userId: string, kind: "api" | "signin" | "workshop", options: { label?: string; expiresAt?: string } = {}): Promise<string> {
    const token = newToken(kind === "signin" ? "gss" : "gs");
    const repo = this.ds.getRepository(TokenEntity);
    await repo.save(repo.create({ userId, tokenHash: hashToken(token), kind, label: options.label ?? null, expiresAt: options.expiresAt ?? null, revokedAt: null, lastUsedAt: null }));
    return token;
  }

  /**
   * First start: with no users yet, create an admin and a one-time sign-in code (24 hours), so local
   * use stays one step. Returns the code, or null when users exist.
   */
  async bootstrap(): Promise<string | null> {
    if ((await this.ds.getRepository(UserEntity).count()) > 0) return null;
    const admin = await this.createUser({ id: "system", name: "system", role: "admin" }, "admin", "admin");
    return this.issue(admin.id, "signin", { label: "first start", expiresAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
  }

  /** Exchanges a single-use sign-in code for an API token. */
  async signIn(code: string): Promise<{ token: string; user: UserEntity }> {
    const repo = this.ds.getRepository(TokenEntity);
    const row = await repo.findOne({ where: { tokenHash: hashToken(code), kind: "signin" }, relations: { user: true } });
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < now()) || row.user.disabledAt) {
      throw new GraphQLError("Deze aanmeldcode is ongeldig of al gebruikt. / This sign-in code is invalid or already used.", { extensions: { code: "UNAUTHENTICATED" } });
    }
    await repo.update(row.id, { revokedAt: now() });
    this.forgetSessions();
    return { token: await this.issue(row.userId, "api", { label: "sign-in" }), user: row.user };
  }

  async createUser(actor: Viewer, name: string, role: string, displayName?: string): Promise<UserEntity> {
    const clean = name.trim();
    if (!/^[\p{L}\p{N}._@ -]{2,120}$/u.test(clean)) throw badInput("Een naam heeft 2 tot 120 letters, cijfers of . _ @ -. / A name has 2 to 120 letters, digits or . _ @ -.", "name");
    if (!(ROLES as readonly string[]).includes(role) || role === "participant") throw badInput(`Onbekende rol "${role}". / Unknown role "${role}".`, "role");
    const repo = this.ds.getRepository(UserEntity);
    if (await repo.findOneBy({ name: clean })) throw badInput(`De naam "${clean}" bestaat al. / The name "${clean}" is taken.`, "name");
    const user = await repo.save(repo.create({ name: clean, displayName: displayName ?? clean, role, workshopId: null, disabledAt: null }));
    await this.audit.record(actor, "create-user", "user", user.id, { role });
    return user;
  }

  async setRole(actor: Viewer, userId: string, role: string): Promise<UserEntity> {
    if (!(ROLES as readonly string[]).includes(role) || role === "participant") throw badInput(`Onbekende rol "${role}". / Unknown role "${role}".`, "role");
    const repo = this.ds.getRepository(UserEntity);
    const user = await repo.findOneBy({ id: userId });
    if (!user || user.role === "participant") throw notFound("Gebruiker", userId);
    const before = user.role;
    user.role = role;
    await repo.save(user);
    this.forgetSessions();
    await this.audit.record(actor, "change-role", "user", user.id, { from: before, to: role });
    return user;
  }

  async disableUser(actor: Viewer, userId: string): Promise<UserEntity> {
    const repo = this.ds.getRepository(UserEntity);
    const user = await repo.findOneBy({ id: userId });
    if (!user) throw notFound("Gebruiker", userId);
    if (user.id === actor.id) throw badInput("U kunt uzelf niet uitschakelen. / You cannot disable yourself.", "userId");
    user.disabledAt = now();
    await repo.save(user);
    await this.ds.getRepository(TokenEntity).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now() });
    this.forgetSessions();
    await this.audit.record(actor, "disable-user", "user", user.id);
    return user;
  }

  users(offset: number, limit: number): Promise<[UserEntity[], number]> {
    return this.ds.getRepository(UserEntity).findAndCount({ order: { name: "ASC" }, skip: offset, take: limit });
  }

  tokens(viewer: Viewer): Promise<TokenEntity[]> {
    return this.ds.getRepository(TokenEntity).find({ where: { userId: viewer.id }, order: { createdAt: "DESC" } });
  }

  /** Revokes one of your own tokens (admins: anyone's). */
  async revokeToken(viewer: Viewer, tokenId: string): Promise<boolean> {
    const repo = this.ds.getRepository(TokenEntity);
    const t = await repo.findOneBy({ id: tokenId });
    if (!t || (t.userId !== viewer.id && viewer.role !== "admin")) throw notFound("Token", tokenId);
    await repo.update(t.id, { revokedAt: now() });
    this.forgetSessions();
    await this.audit.record(viewer, "revoke-token", "token", t.id);
    return true;
  }

  user(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }
}
