import { describe, expect, it } from "vitest";
import { Throttle } from "../../server/services/throttle.js";
import { startTestServer } from "./harness.js";

// Limits that hold even when every request carries a fresh fake token, and guesses of sign-in and
// workshop codes that are cut off per address and per code.

const code = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0]?.extensions?.code;
const fake = () => `gs_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

describe("throttle", () => {
  it("blocks a key past its limit until the window ends", () => {
    let now = 0;
    const t = new Throttle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(t.blockedFor("a")).toBe(0);
      t.hit("a");
    }
    expect(t.blockedFor("a")).toBe(60);
    expect(t.blockedFor("b")).toBe(0);
    now = 60_000;
    expect(t.blockedFor("a")).toBe(0);
  });
});

describe("rate limits per address come before the token", () => {
  it("limits a flood with a fresh fake bearer on every request", async () => {
    const s = await startTestServer({ ratePerMinute: 5, ratePerAddressPerMinute: 8, authFailuresPerMinute: 1000 });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 12; i++) codes.push(code(await s.gql(`{ rules { id } }`, {}, fake())));
      expect(codes.slice(0, 8).every((c) => c !== "RATE_LIMITED")).toBe(true);
      expect(codes.slice(8)).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
      // The real token is limited as well while its address is.
      expect(code(await s.gql(`{ me { id } }`))).toBe("RATE_LIMITED");
    } finally {
      await s.close();
    }
  });

  it("cuts off an address that keeps sending unknown tokens", async () => {
    const s = await startTestServer({ authFailuresPerMinute: 4 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await s.gql(`{ rules { id } }`, {}, fake())).status);
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      const r = await s.gql(`{ rules { id } }`, {}, fake());
      expect(r.status).toBe(429);
      expect(code(r)).toBe("RATE_LIMITED");
      expect(r.body.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});

describe("a wrong token says so", () => {
  it("answers 401 UNAUTHENTICATED naming the token, not the generic sign-in message", async () => {
    const s = await startTestServer();
    try {
      const wrong = await s.gql(`{ me { id } }`, {}, "gs_not-a-real-token");
      expect(wrong.status).toBe(401);
      expect(code(wrong)).toBe("UNAUTHENTICATED");
      expect(wrong.body.errors![0].extensions!.reason).toBe("BAD_TOKEN");
      expect(wrong.body.errors![0].message).toMatch(/token/i);
      expect(wrong.body.errors![0].extensions!.http).toBeUndefined();
      const none = await s.gql(`{ me { id } }`, {}, null);
      expect(code(none)).toBe("UNAUTHENTICATED");
      expect(none.body.errors![0].extensions!.reason).toBeUndefined();
      // Public queries and sign-in still work with a stale token in the header.
      expect((await s.gql(`{ rules { id } }`, {}, "gs_stale")).body.errors).toBeUndefined();
    } finally {
      await s.close();
    }
  });
});

describe("sign-in and join guesses", () => {
  it("limits failed sign-in codes per address", async () => {
    const s = await startTestServer({ authFailuresPerMinute: 3 });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 5; i++) codes.push(code(await s.gql(`mutation($c: String!) { signIn(code: $c) { token } }`, { c: `gss_${i}guess` }, null)));
      expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED", "RATE_LIMITED"]);
    } finally {
      await s.close();
    }
  });

  it("limits workshop-code guesses per address, and joins per code", async () => {
    const s = await startTestServer({ authFailuresPerMinute: 3, joinsPerCodePerMinute: 2 });
    try {
      const JOIN = `mutation($c: String!, $n: String!) { joinWorkshop(code: $c, displayName: $n) { token } }`;
      const guesses: unknown[] = [];
      for (const c of ["AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE"]) guesses.push(code(await s.gql(JOIN, { c, n: "Gast" }, null)));
      expect(guesses).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "RATE_LIMITED", "RATE_LIMITED"]);

      const other = await startTestServer({ joinsPerCodePerMinute: 2 });
      try {
        const trainer = await other.user("trainer1", "trainer");
        const w = await other.gql<{ createWorkshop: { code: string } }>(`mutation { createWorkshop(title: "Training") { code } }`, {}, trainer);
        const c = w.body.data!.createWorkshop.code;
        const joins: unknown[] = [];
        for (let i = 0; i < 3; i++) joins.push(code(await other.gql(JOIN, { c, n: `Deelnemer ${i}` }, null)));
        expect(joins).toEqual([undefined, undefined, "RATE_LIMITED"]);
      } finally {
        await other.close();
      }
    } finally {
      await s.close();
    }
  });
});

describe("query size", () => {
  it("answers 400 QUERY_TOO_LARGE for more than 2000 tokens", async () => {
    const s = await startTestServer();
    try {
      for (const q of [
        `{ ${Array.from({ length: 2500 }, () => "__typename").join(" ")} }`,
        `query(${Array.from({ length: 700 }, (_, i) => `$v${i}: Int`).join(" ")}) { __typename }`,
      ]) {
        const r = await s.gql(q);
        expect(r.status).toBe(400);
        expect(code(r)).toBe("QUERY_TOO_LARGE");
        expect(r.body.errors![0].extensions!.limit).toBe(2000);
      }
    } finally {
      await s.close();
    }
  });
});
