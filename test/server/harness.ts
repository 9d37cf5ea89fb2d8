import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DataSource } from "typeorm";
import type { Engine } from "../../rules/engine/run/engine.js";
import { createApp, type App } from "../../server/app.js";
import { createDataSource } from "../../server/datasource.js";
import { limitsFromEnv, type ServerLimits } from "../../server/services/limits.js";
import { allRulesEngine } from "../helpers/modules.js";

/** The suite runs on in-memory SQLite, or on PostgreSQL when TEST_DB=postgres (npm run test:pg). */
export const DB = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";
export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type GqlResult<T> = { status: number; body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };

export interface TestServer extends App {
  ds: DataSource;
  engine: Engine;
  url: string;
  /** Token of the default test user (a member named "tester"). */
  token: string;
  /** A GraphQL request as the default user, or with the given token (null: none). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  upload(query: string, variables: Record<string, unknown>, file: { path: string; bytes: Buffer; name: string; type: string }, headers?: Record<string, string>): ReturnType<typeof upload>;
  /** Creates a user with a role and returns its token. */
  user(name: string, role?: "admin" | "trainer" | "member"): Promise<string>;
  close(): Promise<void>;
}

/** A fresh database (own PostgreSQL schema, or in-memory SQLite) with migrations run, and a listening HTTP server. */
export async function startTestServer(
  limits: Partial<ServerLimits> = {},
  viewerFor?: Parameters<typeof createApp>[0]["viewerFor"],
  runner?: Parameters<typeof createApp>[0]["runner"],
): Promise<TestServer> {
  let ds: DataSource;
  let schema: string | null = null;
  if (DB === "postgres") {
    schema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new DataSource({ type: "postgres", url: PG_URL });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.destroy();
    const base = createDataSource({ url: PG_URL });
    // Own schema per test file; search_path also makes raw queries in tests find the tables.
    ds = new DataSource({ ...(base.options as object), schema, extra: { max: 5, options: `-c search_path=${schema}` } } as ConstructorParameters<typeof DataSource>[0]);
  } else {
    ds = createDataSource({ sqlitePath: ":memory:" });
  }
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  const engine = await allRulesEngine();
  const httpServer: Server = createServer();
  const app = await createApp({ ds, engine, limits: { ...limitsFromEnv({}), ratePerMinute: 100_000, ratePerAddressPerMinute: 100_000, authFailuresPerMinute: 1000, joinsPerCodePerMinute: 1000, ...limits }, httpServer, viewerFor, runner });
  httpServer.on("request", app.app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  const system = { id: "system", name: "system", role: "admin" as const };
  const user = async (name: string, role: "admin" | "trainer" | "member" = "member") => {
    const u = await app.services.auth.createUser(system, name, role);
    return app.services.auth.issue(u.id, "api");
  };
  const token = await user("tester");
  const auth = (t: string | null | undefined): Record<string, string> => (t ? { authorization: `Bearer ${t}` } : {});
  return {
    ...app,
    ds,
    engine,
    url,
    token,
    user,
    gql: (query, variables = {}, t = token) => gql(url, query, variables, auth(t)),
    upload: (query, variables, file, headers = { "apollo-require-preflight": "true" }) => upload(url, query, variables, file, { ...auth(token), ...headers }),
    async close() {
      await app.queue.stop();
      await app.apollo.stop();
      httpServer.close();
      if (schema) await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
      await ds.destroy();
    },
  };
}

/** POSTs a GraphQL operation as JSON. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as never };
}

/** Sends a GraphQL multipart upload (https://github.com/jaydenseric/graphql-multipart-request-spec). */
export async function upload(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  file: { path: string; bytes: Buffer; name: string; type: string },
  headers: Record<string, string> = { "apollo-require-preflight": "true" },
) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables }));
  form.append("map", JSON.stringify({ "0": [file.path] }));
  form.append("0", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(url, { method: "POST", body: form, headers });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}
