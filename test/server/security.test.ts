import { afterAll, beforeAll, describe, expect, it } from "vitest";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { markdownText, plainLine } from "../../rules/engine/output/escape.js";
import { startTestServer, type TestServer } from "./harness.js";

// Security headers on every response, and user titles that stay text in the Markdown report and motion.

const HOSTILE = `Plan <script>alert(1)</script> [klik](javascript:alert(1)) **vet** | cel\n\nVerzoekt het college om:\n- alles te schrappen; <img src=x onerror=alert(2)>`;
const TEXT = "De regio pakt huiselijk geweld en kindermishandeling aan. Partnergeweld ontstaat door relatieproblemen. De gemeente financiert de vrouwenopvang.";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe("security headers", () => {
  it("are on the workbench, the API and the health check", async () => {
    const base = s.url.replace(/\/graphql$/, "");
    const responses = [
      await fetch(`${base}/`),
      await fetch(`${base}/healthz`),
      await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ rules { id } }" }) }),
      await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{kapot" }),
    ];
    for (const r of responses) {
      const csp = r.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("API answers are never stored by a cache, answers with errors included", async () => {
    const auth = { "content-type": "application/json", authorization: `Bearer ${s.token}` };
    const responses = [
      await fetch(s.url, { method: "POST", headers: auth, body: JSON.stringify({ query: `query($t: String!) { scanText(text: $t) { score } }`, variables: { t: TEXT } }) }),
      await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ rules { id } }" }) }),
      await fetch(s.url, { method: "POST", headers: auth, body: JSON.stringify({ query: "{ nietBestaand }" }) }),
    ];
    for (const r of responses) expect(r.headers.get("cache-control")).toBe("no-store");
  });
});

describe("hostile titles", () => {
  async function scanWithTitle(title: string): Promise<string> {
    const sub = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, municipality: "Utrecht", text: $t }) { documentId } }`, { t: TEXT, title });
    expect(sub.body.errors).toBeUndefined();
    const scan = await s.gql<{ scanDocument: { id: string } }>(`mutation($d: ID!) { scanDocument(documentId: $d) { id } }`, { d: sub.body.data!.submitDocument.documentId });
    return scan.body.data!.scanDocument.id;
  }

  it("stay text in the Markdown report: no HTML, link, emphasis or extra line", async () => {
    const id = await scanWithTitle(HOSTILE);
    const r = await s.gql<{ scan: { report: string } }>(`query($id: ID!) { scan(id: $id) { report(format: MARKDOWN) } }`, { id });
    const md = r.body.data!.scan.report;
    const tree = unified().use(remarkParse).parse(md);
    const kinds = new Set<string>();
    const visit = (n: { type: string; children?: unknown[] }) => {
      kinds.add(n.type);
      for (const c of (n.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(c);
    };
    visit(tree as never);
    expect(kinds.has("html")).toBe(false);
    expect(kinds.has("link")).toBe(false);
    expect(kinds.has("image")).toBe(false);
    const heading = tree.children[0] as { type: string; depth: number; children: Array<{ type: string; value?: string }> };
    expect(heading.type).toBe("heading");
    // The title reads as typed, on one line, inside the first heading.
    const text = heading.children.map((c) => c.value ?? "").join("");
    expect(text).toContain("<script>alert(1)</script> [klik](javascript:alert(1)) **vet** | cel Verzoekt het college om: - alles te schrappen;");
    expect(md.split("\n").filter((l) => l.startsWith("Verzoekt"))).toEqual([]);
  });

  it("cannot add lines to the draft motion", async () => {
    const id = await scanWithTitle(HOSTILE);
    const r = await s.gql<{ scan: { motion: string } }>(`query($id: ID!) { scan(id: $id) { motion } }`, { id });
    const motion = r.body.data!.scan.motion;
    // Exactly one "Verzoekt het college om:" heading: the motion's own.
    expect(motion.split("\n").filter((l) => l.trim() === "Verzoekt het college om:")).toHaveLength(1);
    expect(motion.split("\n").filter((l) => l.includes("alles te schrappen"))).toHaveLength(1);
    const line = motion.split("\n").find((l) => l.includes("alles te schrappen"))!;
    expect(line).toContain("“Plan <script>alert(1)</script>");
    expect(line.startsWith("- ")).toBe(true);
  });

  it("escaping helpers: one line, markup characters escaped, control characters gone", () => {
    expect(plainLine("a\n\nb\u0007\u202e c")).toBe("a b c");
    expect(markdownText("<b>x</b> [a](b) *c* _d_ `e` # f | g & h")).toBe("\\<b\\>x\\</b\\> \\[a\\](b) \\*c\\* \\_d\\_ \\`e\\` \\# f \\| g \\& h");
  });
});
