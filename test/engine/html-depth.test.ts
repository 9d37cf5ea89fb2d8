import { describe, expect, it } from "vitest";
import { ingest, InputError } from "../../rules/engine/index.js";
import { MAX_HTML_DEPTH } from "../../rules/engine/ingest/html.js";

// Hostile HTML nested thousands of levels deep would overflow the stack of the tree tools (a RangeError): it gets a
// clear input error instead, while real pages, however deep their layout, are read.
const read = (html: string) => ingest(new TextEncoder().encode(html), { filename: "pagina.html" });
const nested = (n: number, tag = "div") => `<${tag}>`.repeat(n) + "<p>Huiselijk geweld is een probleem.</p>" + `</${tag}>`.repeat(n);

describe("deeply nested HTML", () => {
  it("reads a page nested as deep as real layouts go", async () => {
    expect((await read(nested(60))).text).toContain("Huiselijk geweld");
  });

  it.each([MAX_HTML_DEPTH + 10, 5000, 20000])("refuses %i levels with MALFORMED_DOCUMENT", async (n) => {
    const err = await read(nested(n)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("MALFORMED_DOCUMENT");
    expect((err as InputError).message).toMatch(/genest/);
  });

  it("refuses nested tables the same way", async () => {
    const err = await read("<table><tr><td>".repeat(2000) + "x").catch((e: unknown) => e);
    expect((err as InputError).code).toBe("MALFORMED_DOCUMENT");
  });
});
