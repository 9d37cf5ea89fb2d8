// The server's public entry for administration tools (the CLI's `user` command): what they may do to the database,
// without reaching into services, entities or the data source.
import { openDatabase } from "./datasource.js";
import { AuditService } from "./services/audit.service.js";
import { AuthService } from "./services/auth.service.js";
import type { Role } from "./viewer.js";

export interface AdminDatabase {
  url?: string;
  sqlitePath?: string;
}

export interface UserSummary {
  name: string;
  role: Role;
  disabled: boolean;
}

async function withAuth<T>(db: AdminDatabase, f: (auth: AuthService) => Promise<T>): Promise<T> {
  const ds = await openDatabase({ url: db.url, sqlitePath: db.sqlitePath });
  try {
    return await f(new AuthService(ds, new AuditService(ds)));
  } finally {
    await ds.destroy();
  }
}

/** The first `limit` users. */
export function listUsers(db: AdminDatabase, limit = 1000): Promise<UserSummary[]> {
  return withAuth(db, async (auth) => {
    const [users] = await auth.users(0, limit);
    return users.map((u) => ({ name: u.name, role: u.role as Role, disabled: Boolean(u.disabledAt) }));
  });
}

/** Creates a user and an API token for it; the token is returned once and stored only as a hash. */
export function createUserWithToken(db: AdminDatabase, actorName: string, name: string, role: string): Promise<{ name: string; role: Role; token: string }> {
  return withAuth(db, async (auth) => {
    const actor = { id: "cli", name: actorName, role: "admin" as const };
    const user = await auth.createUser(actor, name, role);
    const token = await auth.issue(user.id, "api", { label: "genderscan user add" });
    return { name: user.name, role: user.role as Role, token };
  });
}
