import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageIn } from "../../rules/engine/errors.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { startTestServer, upload, type TestServer } from "./harness.js";

// Every message a user reads is in one language: the request's (Accept-Language) or the CLI's (--lang).

const ENGLISH = /\b(the|not|found|please|cannot|this|which|with|from|invalid|too|only|first|sign in|try again)\b/i;
const DUTCH = /\b(het|een|niet|gevonden|geen|deze|dit|wordt|zijn|voor|naar|bij|ook|nog|uit|opnieuw|ongeldig|ongeldige|te veel|probeer)\b/i;

function expectDutch(message: string, where: string) {
  expect(message, where).not.toContain(" / ");
  expect(message.match(ENGLISH)?.[0], `${where}: ${message}`).toBeUndefined();
}
function expectEnglish(message: string, where: string) {
  expect(message, where).not.toContain(" / ");
  expect(message.match(DUTCH)?.[0], `${where}: ${message}`).toBeUndefined();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "node_modules" || f === "dist" ? [] : sources(p);
    return p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

describe("messages in the code", () => {
  it("every two-language message splits into a Dutch half and an English half", () => {
    const files = ["server", "rules/engine", "client/cli", "client/sdk"].flatMap((d) => sources(join(PACKAGE_ROOT, d)));
    let count = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)* \/ (?:[^"\\\n]|\\.)*)"|`((?:[^`\\\n]|\\.)* \/ (?:[^`\\\n]|\\.)*)`/g)) {
        const literal = (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, "X");
        if (!/[a-z]{3}/i.test(literal) || /^\s*[-\w.]+ \/ [-\w.]+\s*$/.test(literal)) continue; // a path or a pair of words, not a message
        const where = `${file.slice(PACKAGE_ROOT.length + 1)}: ${literal.slice(0, 60)}`;
        if (!DUTCH.test(messageIn(literal, "nl"))) continue; // not a "Dutch / English" message (a schema description)
        expectDutch(messageIn(literal, "nl"), where);
        expectEnglish(messageIn(literal, "en"), where);
        count++;
      }
    }
    expect(count).toBeGreaterThan(40);
  });
});

describe("messages over HTTP", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ authFailuresPerMinute: 2 });
  });
  afterAll(async () => s?.close());

  async function ask(lang: string, query: string, variables: Record<string, unknown> = {}, token: string | null = s.token) {
    const res = await fetch(s.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  }

  const cases: Array<[string, string, Record<string, unknown>?, (string | null)?]> = [
    ["NOT_FOUND profile", `{ profile(id: "00000000-0000-4000-8000-000000000001") { id } }`],
    ["NOT_FOUND document", `{ document(id: "00000000-0000-4000-8000-000000000001") { id } }`],
    ["NOT_FOUND scan", `{ scan(id: "00000000-0000-4000-8000-000000000001") { id } }`],
    ["UNAUTHENTICATED", `{ me { id } }`, {}, null],
    ["FORBIDDEN", `{ users { totalCount } }`],
    ["BAD_USER_INPUT validation", `{ documents(first: 500) { totalCount } }`],
    ["EMPTY_DOCUMENT", `query($t: String!) { scanText(text: $t) { score } }`, { t: "   " }],
    ["GRAPHQL_VALIDATION_FAILED", `{ nope }`],
    ["GRAPHQL_PARSE_FAILED", `{ me { `],
    ["BAD_USER_INPUT variables", `query($n: Int!) { documents(first: $n) { totalCount } }`, { n: "veel" }],
    ["QUERY_TOO_LARGE", `{ ${"__typename ".repeat(2100)}}`],
    ["QUERY_TOO_COSTLY", `{ documents(first: 100) { edges { node { scans(first: 100) { edges { node { findings(first: 100) { edges { node { id } } } } } } } } } }`],
    ["TOO_MANY_SCANS", `query($t: String!) { a: scanText(text: $t) { score } b: scanText(text: $t) { score } }`, { t: "Huiselijk geweld." }],
  ];

  it("each error code reads in Dutch for nl and in English for en", async () => {
    for (const [name, query, variables, token] of cases) {
      const nl = await ask("nl-NL,nl;q=0.9", query, variables, token === undefined ? s.token : token);
      const en = await ask("en-GB,en;q=0.9,nl;q=0.5", query, variables, token === undefined ? s.token : token);
      expect(nl.errors?.[0], name).toBeDefined();
      expect(nl.errors![0].extensions?.code, name).toBe(en.errors![0].extensions?.code);
      expectDutch(nl.errors![0].message, `${name} (nl)`);
      expectEnglish(en.errors![0].message, `${name} (en)`);
      expect(nl.errors![0].message, name).not.toBe(en.errors![0].message);
    }
  });

  it("says 'Profile not found' in English and 'Profiel niet gevonden' in Dutch; Dutch without a header", async () => {
    const q = `{ profile(id: "00000000-0000-4000-8000-000000000001") { id } }`;
    expect((await ask("en", q)).errors![0].message).toBe("Profile not found.");
    expect((await ask("nl", q)).errors![0].message).toBe("Profiel niet gevonden.");
    expect((await s.gql(q)).body.errors![0].message).toBe("Profiel niet gevonden.");
  });

  it("uploads, wrong tokens, throttling and bad bodies follow the language too", async () => {
    const bin = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    for (const lang of ["nl", "en"]) {
      const up = await upload(s.url, `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id } }`, { input: { title: "Bin", file: null } }, { path: "variables.input.file", bytes: bin, name: "x.txt", type: "text/plain" }, { "apollo-require-preflight": "true", authorization: `Bearer ${s.token}`, "accept-language": lang });
      const bad = await ask(lang, `{ me { id } }`, {}, "gs_wrong");
      const body = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json", "accept-language": lang }, body: "{kapot" });
      const messages = [up.body.errors![0].message, bad.errors![0].message, ((await body.json()) as { errors: Array<{ message: string }> }).errors[0].message];
      for (const m of messages) (lang === "nl" ? expectDutch : expectEnglish)(m, `${lang}: ${m}`);
    }
    // The third failed sign-in from this address is throttled (limit 2 per minute).
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(await ask(i === 2 ? "en" : "nl", `mutation { signIn(code: "gss_fout${i}") { token } }`, {}, null));
    expect(codes[2].errors![0].extensions?.code).toBe("RATE_LIMITED");
    expectEnglish(codes[2].errors![0].message, "rate limited (en)");
  });
});
