import { describe, expect, it } from "vitest";
import { ingestDocx } from "../../rules/engine/ingest/docx.js";
import { unpackBounded, ZipLimitError } from "../../rules/engine/ingest/zip.js";
import { InputError } from "../../rules/engine/errors.js";
import { makeDocx } from "../helpers/files.js";
import { zipBomb } from "../helpers/hostile.js";

// A DOCX whose zip directories lie about the sizes is stopped while it inflates, not after.

describe("bounded unpacking", () => {
  it("stops a bomb with forged sizes at the limit, without inflating the rest", () => {
    // Ten entries of 30 MB each that claim to be 1 KB: the directory check passes them.
    const bomb = zipBomb(10, 30 * 1024 * 1024, 1024);
    const before = process.memoryUsage().rss;
    const t = performance.now();
    let error: unknown;
    try {
      unpackBounded(bomb, 20 * 1024 * 1024);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).kind).toBe("too-large");
    expect((error as ZipLimitError).inflated).toBeLessThanOrEqual(20 * 1024 * 1024 + 1);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it("refuses the forged bomb as a DOCX with DOCUMENT_TOO_LARGE", async () => {
    const bomb = zipBomb(50, 30 * 1024 * 1024, 1024); // 1.5 GiB inflated, 50 KB declared
    const e = await ingestDocx(bomb).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe("DOCUMENT_TOO_LARGE");
  });

  it("keeps every entry of an honest zip, stored with its true contents", async () => {
    const docx = await makeDocx([{ heading: "Aanpak huiselijk geweld" }, { text: "De gemeente financiert de vrouwenopvang en het wijkteam." }]);
    const stored = unpackBounded(docx, 50 * 1024 * 1024);
    expect(stored.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect(stored.length).toBeGreaterThan(docx.length);
    // Read through mammoth from the stored copy: headings and text survive.
    const a = await ingestDocx(docx);
    expect(a.text).toContain("Aanpak huiselijk geweld");
    expect(a.text).toContain("De gemeente financiert de vrouwenopvang en het wijkteam.");
  });
});
