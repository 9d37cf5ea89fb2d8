import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeImageOnlyPdf } from "../helpers/files.js";
import { encryptedDocx, encryptedPdf, utf16le, windows1252, zipBomb } from "../helpers/hostile.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { poolRunner, type ScanRunner } from "../../server/scan/runner.js";
import { startTestServer, type TestServer } from "./harness.js";

// Bad input gets a clear error and the server stays healthy; hostile queries are refused.

const SUBMIT = `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id documentId sourceFormat originalText } }`;
const DUTCH = "De aanpak van huiselijk geweld en kindermishandeling vraagt om samenwerking. Slachtoffers van partnergeweld krijgen opvang en begeleiding. De gemeente financiert de vrouwenopvang en het wijkteam.";

// Scans run in worker threads as in production (server/main.ts): with the in-process runner a long hostile scan
// holds the test server's event loop, and a keep-alive connection can be reset while it waits.
let s: TestServer;
let pool: ScanRunner;
beforeAll(async () => {
  pool = poolRunner({ modules: [], cwd: PACKAGE_ROOT }, { threads: 2, timeoutMs: 120_000 });
  s = await startTestServer({ maxUploadBytes: 20 * 1024 * 1024, ratePerMinute: 100_000 }, undefined, pool);
});
afterAll(async () => {
  await s?.close();
  await pool?.close();
});

async function healthy() {
  const r = await fetch(s.url.replace(/\/graphql$/, "/healthz"));
  expect(r.status).toBe(200);
}

async function uploadFile(bytes: Buffer, name: string, type: string) {
  return s.upload(SUBMIT, { input: { title: `Upload ${name}`, file: null } }, { path: "variables.input.file", bytes, name, type });
}

const code = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0]?.extensions?.code;

describe("bad input", () => {
  it("refuses empty and whitespace-only text", async () => {
    for (const text of ["", "   \n\t  "]) {
      expect(code(await s.gql(SUBMIT, { input: { title: "Leeg", text } }))).toBe("EMPTY_DOCUMENT");
      expect(code(await s.gql(`query($t: String!) { scanText(text: $t) { score } }`, { t: text }))).toBe("EMPTY_DOCUMENT");
    }
    await healthy();
  });

  it("refuses a 50 MB upload", async () => {
    const r = await uploadFile(Buffer.alloc(50 * 1024 * 1024, "a"), "groot.txt", "text/plain");
    expect(code(r)).toBe("DOCUMENT_TOO_LARGE");
    await healthy();
  }, 60_000);

  it("refuses binary data", async () => {
    const r = await uploadFile(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), "data.txt", "text/plain");
    expect(code(r)).toBe("BINARY_INPUT");
    await healthy();
  });

  it("decodes UTF-16 (with and without BOM) and Windows-1252 text, without mojibake", async () => {
    const text = `${DUTCH} Cliënten en hun privéleven.`;
    for (const [bytes, name] of [
      [utf16le(text, true), "utf16-bom.txt"],
      [utf16le(text, false), "utf16.txt"],
      [windows1252(text), "cp1252.txt"],
    ] as const) {
      const r = await uploadFile(bytes, name, "text/plain");
      expect(r.body.errors, name).toBeUndefined();
      expect(r.body.data!.submitDocument.originalText, name).toBe(text);
    }
  });

  it("refuses malformed and password-protected DOCX and a DOCX zip bomb", async () => {
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    expect(code(await uploadFile(Buffer.from("PK\u0003\u0004 kapot"), "kapot.docx", docx))).toBe("MALFORMED_DOCUMENT");
    expect(code(await uploadFile(encryptedDocx(), "geheim.docx", docx))).toBe("ENCRYPTED_DOCUMENT");
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = await uploadFile(bomb, "bom.docx", docx);
    expect(code(r)).toBe("DOCUMENT_TOO_LARGE");
    await healthy();
  }, 60_000);

  it("refuses malformed and password-protected PDF, and says a PDF without text needs OCR", async () => {
    expect(code(await uploadFile(Buffer.from("%PDF-1.4\nkapot\n%%EOF"), "kapot.pdf", "application/pdf"))).toBe("MALFORMED_DOCUMENT");
    expect(code(await uploadFile(encryptedPdf(), "geheim.pdf", "application/pdf"))).toBe("ENCRYPTED_DOCUMENT");
    const ocr = await uploadFile(await makeImageOnlyPdf(), "scan.pdf", "application/pdf");
    expect(code(ocr)).toBe("NEEDS_OCR");
    expect(ocr.body.errors![0].message).toMatch(/OCR/);
    await healthy();
  });

  it("copes with deeply nested Markdown", async () => {
    const nested = `${"> ".repeat(5000)}${DUTCH}\n\n${Array.from({ length: 3000 }, (_, i) => `${"  ".repeat(i)}- niveau ${i}`).join("\n")}\n`;
    const r = await s.gql<{ scanText: { score: number } }>(`query($t: String!) { scanText(text: $t, format: MARKDOWN) { score } }`, { t: nested });
    expect(r.body.errors === undefined || code(r) === "MALFORMED_DOCUMENT").toBe(true);
    await healthy();
  }, 60_000);

  it("scans a single 1 MB line", async () => {
    const line = `${DUTCH} `.repeat(Math.ceil((1024 * 1024) / (DUTCH.length + 1))).slice(0, 1024 * 1024);
    const r = await s.gql<{ scanText: { document: { characters: number } } }>(`query($t: String!) { scanText(text: $t) { document { characters } } }`, { t: line });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.scanText.document.characters).toBe(1024 * 1024);
  }, 60_000);

  it("warns about English or French text instead of giving Dutch findings", async () => {
    const en = "The municipality funds the women's shelter and trains professionals. Violence against women is a violation of human rights, and the policy should recognise that women are affected disproportionately.";
    const fr = "La commune finance le refuge pour femmes et forme les professionnels. La violence à l'égard des femmes est une violation des droits humains et la politique doit le reconnaître.";
    for (const t of [en, fr]) {
      const r = await s.gql<{ scanText: { document: { language: string; onTopic: boolean }; findings: Array<{ ruleId: string }> } }>(
        `query($t: String!) { scanText(text: $t) { document { language onTopic } findings { ruleId } } }`,
        { t },
      );
      expect(r.body.data!.scanText.document.language).not.toBe("nl");
      expect(r.body.data!.scanText.findings.map((f) => f.ruleId)).toEqual(["engine/non-dutch-text"]);
    }
  });
});

describe("abuse", () => {
  it("limits depth, aliases and cost", async () => {
    const deep = `{ documents(first: 1) { edges { node { versions(first: 1) { edges { node { document { scans(first: 1) { edges { node { version { document { id } } } } } } } } } } } } }`;
    expect(code(await s.gql(deep))).toBe("GRAPHQL_VALIDATION_FAILED");
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: rules { id }`).join(" ")} }`;
    expect(code(await s.gql(aliases))).toBe("GRAPHQL_VALIDATION_FAILED");
    const costly = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ruleModules { id name version description weight presets sources { source locator } rules { id module title description kind scope severity score roles articles tags enabled options examples { text expect note } remedies { id title action where example goodPractice sources { source locator } } sources { source locator } } }`).join(" ")} }`;
    const r = await s.gql(costly);
    expect(code(r)).toBe("QUERY_TOO_COSTLY");
    expect(r.body.errors![0].message).toMatch(/te duur|aliassen/i);
    await healthy();
  });

  it("refuses batched operations", async () => {
    const res = await fetch(s.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
      body: JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]),
    });
    expect(res.status).toBe(400);
    await healthy();
  });

  it("limits the request size", async () => {
    const small = await startTestServer({ maxUploadBytes: 1024 * 1024 });
    try {
      const res = await fetch(small.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${small.token}` },
        body: JSON.stringify({ query: "query($t: String!) { scanText(text: $t) { score } }", variables: { t: "a".repeat(4 * 1024 * 1024) } }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("DOCUMENT_TOO_LARGE");
      const ok = await fetch(small.url.replace(/\/graphql$/, "/healthz"));
      expect(ok.status).toBe(200);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("rate limiting and scan time limits", () => {
  it("limits requests per token", async () => {
    const limited = await startTestServer({ ratePerMinute: 5 });
    try {
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 8; i++) codes.push(code(await limited.gql(`{ me { id } }`)) as string | undefined);
      expect(codes.slice(0, 4).every((c) => c === undefined)).toBe(true);
      expect(codes).toContain("RATE_LIMITED");
      // Another token has its own budget.
      const other = await limited.user("ander");
      expect(code(await limited.gql(`{ me { id } }`, {}, other))).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it("stops a scan that passes the time limit, with SCAN_TIMEOUT", async () => {
    const { poolRunner } = await import("../../server/scan/runner.js");
    const runner = poolRunner({ modules: [], cwd: PACKAGE_ROOT }, { threads: 1, timeoutMs: 200 });
    const slow = await startTestServer({ scanTimeoutMs: 200 }, undefined, runner);
    try {
      const big = `${DUTCH}\n\n`.repeat(30_000);
      const r = await slow.gql(`query($t: String!) { scanText(text: $t) { score } }`, { t: big });
      expect(code(r)).toBe("SCAN_TIMEOUT");
      const ok = await fetch(slow.url.replace(/\/graphql$/, "/healthz"));
      expect(ok.status).toBe(200);
    } finally {
      await slow.close();
      await runner.close();
    }
  }, 60_000);
});
