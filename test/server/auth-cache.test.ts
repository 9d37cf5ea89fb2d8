import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../server/datasource.js";
import { TokenEntity } from "../../server/entities/token.entity.js";
import { AuditService } from "../../server/services/audit.service.js";
import { AuthService, hashToken } from "../../server/services/auth.service.js";
import { limitsFromEnv } from "../../server/services/limits.js";

// A token's viewer is kept in memory for a short time (AUTH_CACHE_MS) instead of being read from the database on
// every request; revocations through this instance apply at once, expiries always, other changes within that time.

const SYSTEM = { id: "system", name: "system", role: "admin" as const };
let ds: DataSource;
let time = Date.parse("2026-12-01T10:00:00.000Z");
const clock = () => time;

beforeAll(async () => {
  ds = createDataSource({ sqlitePath: ":memory:" });
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
});
afterAll(() => ds.destroy());

async function userWithToken(auth: AuthService, name: string, options: { expiresAt?: string } = {}) {
  const user = await auth.createUser(SYSTEM, name, "member");
  return { user, token: await auth.issue(user.id, "api", options) };
}
/** Revokes a token in the database behind the service's back, as another API instance would. */
const revokeElsewhere = (token: string) => ds.getRepository(TokenEntity).update({ tokenHash: hashToken(token) }, { revokedAt: new Date(time).toISOString() });

describe("viewer cache", () => {
  it("is on by default for five seconds, and AUTH_CACHE_MS=0 turns it off", () => {
    expect(limitsFromEnv({}).authCacheMs).toBe(5000);
    expect(limitsFromEnv({ AUTH_CACHE_MS: "0" }).authCacheMs).toBe(0);
    expect(limitsFromEnv({ AUTH_CACHE_MS: "2000" }).authCacheMs).toBe(2000);
  });

  it("keeps a token's viewer for the cache time, then reads the database again", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 5000, clock });
    const { user, token } = await userWithToken(auth, "kept");
    expect(await auth.authenticate(token)).toMatchObject({ id: user.id, name: "kept", role: "member" });
    await revokeElsewhere(token);
    time += 4000;
    // Within the cache time the kept viewer answers: the database was not read.
    expect(await auth.authenticate(token)).toMatchObject({ id: user.id });
    time += 1001;
    expect(await auth.authenticate(token)).toBeNull();
  });

  it("reads the database on every request when the cache time is 0", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 0, clock });
    const { token } = await userWithToken(auth, "uncached");
    expect(await auth.authenticate(token)).not.toBeNull();
    await revokeElsewhere(token);
    expect(await auth.authenticate(token)).toBeNull();
  });

  it("forgets kept viewers at once when this instance revokes a token, changes a role or disables a user", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 60_000, clock });
    const a = await userWithToken(auth, "revoked-here");
    const b = await userWithToken(auth, "promoted-here");
    const c = await userWithToken(auth, "disabled-here");
    for (const x of [a, b, c]) expect(await auth.authenticate(x.token)).not.toBeNull();

    const owner = { id: a.user.id, name: a.user.name, role: "member" as const };
    const [row] = await auth.tokens(owner);
    await auth.revokeToken(owner, row.id);
    expect(await auth.authenticate(a.token)).toBeNull();

    await auth.setRole(SYSTEM, b.user.id, "trainer");
    expect(await auth.authenticate(b.token)).toMatchObject({ role: "trainer" });

    await auth.disableUser(SYSTEM, c.user.id);
    expect(await auth.authenticate(c.token)).toBeNull();
    expect(await auth.authenticate(b.token)).toMatchObject({ role: "trainer" });
  });

  it("never answers for a token past its expiry, however long the cache time", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 60_000, clock });
    const { token } = await userWithToken(auth, "expiring", { expiresAt: new Date(time + 1000).toISOString() });
    expect(await auth.authenticate(token)).not.toBeNull();
    time += 999;
    expect(await auth.authenticate(token)).not.toBeNull();
    time += 2;
    expect(await auth.authenticate(token)).toBeNull();
  });

  it("reads the database once for a burst of requests with one token, and not at all for none", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 5000, clock });
    const { user, token } = await userWithToken(auth, "burst");
    const reads = vi.spyOn(ds, "getRepository");
    try {
      const viewers = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate(token)));
      expect(viewers.every((v) => v?.id === user.id)).toBe(true);
      const tokenReads = reads.mock.calls.filter(([target]) => target === TokenEntity).length;
      // One look-up, and at most one touch of lastUsedAt.
      expect(tokenReads).toBeGreaterThanOrEqual(1);
      expect(tokenReads).toBeLessThanOrEqual(2);
      expect(await auth.authenticate(undefined)).toBeNull();
      expect(await auth.authenticate("gs_unknown")).toBeNull();
      expect(await auth.authenticate("gs_unknown")).toBeNull(); // unknown tokens are not kept
      expect(reads.mock.calls.filter(([target]) => target === TokenEntity).length).toBe(tokenReads + 2);
    } finally {
      reads.mockRestore();
    }
  });

  it("keeps at most cacheSize viewers", async () => {
    const auth = new AuthService(ds, new AuditService(ds), { cacheMs: 60_000, cacheSize: 2, clock });
    const xs = [await userWithToken(auth, "size-a"), await userWithToken(auth, "size-b"), await userWithToken(auth, "size-c")];
    for (const x of xs) await auth.authenticate(x.token);
    // The oldest was dropped, so its revocation elsewhere is seen; the two newest are still kept.
    for (const x of xs) await revokeElsewhere(x.token);
    expect(await auth.authenticate(xs[0].token)).toBeNull();
    expect(await auth.authenticate(xs[2].token)).not.toBeNull();
  });
});
