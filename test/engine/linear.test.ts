import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createEngine, type Engine } from "../../rules/engine/index.js";
import { loadTextFormat, parseDocument } from "../../rules/engine/text/document.js";
import { normaliseMarkdown } from "../../rules/engine/text/markdown.js";
import { markdownChunks, MAX_INLINE_MARKERS, tameInlineMarkup } from "../../rules/engine/text/markdown-guard.js";
import { buildSections } from "../../rules/engine/text/sections.js";
import { MAX_SENTENCE } from "../../rules/engine/text/sentences.js";
import type { Block } from "../../rules/engine/text/blocks.js";

// Inputs that froze the scan (quadratic or worse somewhere in parsing). Each must scan well within the scan time limit
// (60 s); the bounds are generous for a loaded 2-core machine and far below what these inputs took before.
const BOUND_MS = 20_000;

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe("hostile inputs scan in bounded time", () => {
  it("a single word of a million letters (glued footnote markers were searched quadratically)", () => {
    // 320k characters took 45 s before.
    const ms = timed(() => engine.scan("a".repeat(1_000_000), { format: "text" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a line of many glued footnote markers", () => {
    const ms = timed(() => engine.scan("geweld1 ".repeat(100_000), { format: "text" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("200 KB of *_ in Markdown (emphasis resolution took about 12 minutes)", () => {
    const ms = timed(() => engine.scan("*_".repeat(100_000), { format: "markdown" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("200 KB of nested [ in Markdown", () => {
    const ms = timed(() => engine.scan("[".repeat(200_000), { format: "markdown" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("200 KB of [a] link references and of backslashes in Markdown", () => {
    expect(timed(() => engine.scan("[a]".repeat(70_000), { format: "markdown" }))).toBeLessThan(BOUND_MS);
    expect(timed(() => engine.scan("\\".repeat(200_000), { format: "markdown" }))).toBeLessThan(BOUND_MS);
  });

  it("lists nested thousands deep are read as plain text (no stack overflow)", () => {
    for (const text of ["1. ".repeat(20_000) + "geweld", "- ".repeat(20_000) + "geweld", "> ".repeat(20_000) + "geweld"]) {
      const doc = parseDocument(text, { format: "markdown" });
      expect(doc.format).toBe("text");
    }
  });

  it("100k headings: sections and their roles are built in linear time (a copy per sibling was quadratic)", () => {
    const n = 100_000;
    const text = Array.from({ length: n }, (_, i) => `Kop ${i}\n\nTekst ${i}.`).join("\n\n");
    const blocks: Block[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const head = `Kop ${i}`;
      blocks.push({ type: "heading", level: 1, start: at, end: at + head.length });
      at += head.length + 2;
      const body = `Tekst ${i}.`;
      blocks.push({ type: "paragraph", start: at, end: at + body.length });
      at += body.length + 2;
    }
    let sections: ReturnType<typeof buildSections> = [];
    const ms = timed(() => (sections = buildSections(text, blocks, () => 1, "")));
    expect(sections).toHaveLength(n + 1);
    expect(ms).toBeLessThan(BOUND_MS / 4);
  });

  it("5k Markdown headings scan", () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `# Kop ${i}\n\nHuiselijk geweld ${i}.\n`).join("\n");
    const ms = timed(() => engine.scan(text, { format: "markdown" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a sentence never grows past MAX_SENTENCE, and the cut falls at a space", () => {
    const text = "huiselijk geweld en ".repeat(5_000);
    const doc = parseDocument(text, { format: "text" });
    expect(doc.sentences.length).toBeGreaterThan(40);
    for (const s of doc.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(/\s/.test(doc.text[s.start - 1] ?? " ")).toBe(true);
    }
  });

  it("many unclosed suppression comments in one run-on sentence", () => {
    const ms = timed(() => engine.scan("<!-- genderscan-disable x -- ".repeat(20_000), { format: "text" }));
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe("Markdown guard keeps every offset", () => {
  it("parsing in chunks gives the same blocks and text as one parse", async () => {
    await loadTextFormat("markdown");
    for (const file of ["README.md", "docs/corpus.md", "docs/decisions.md", "test/fixtures/devset/README.md"]) {
      const text = readFileSync(file, "utf8");
      expect(markdownChunks(text, 1).length).toBeGreaterThan(2);
      const whole = normaliseMarkdown(text, undefined, Number.MAX_SAFE_INTEGER);
      const chunked = normaliseMarkdown(text, undefined, 1);
      expect(chunked.text).toBe(whole.text);
      expect(chunked.blocks).toEqual(whole.blocks);
    }
  });

  it("raw HTML in a later chunk keeps its text at its own offsets", () => {
    const text = "Eerste alinea.\n\n" + "Vulling over beleid.\n\n".repeat(50) + "<p><b>Let op</b>: huiselijk geweld</p>\n";
    const doc = normaliseMarkdown(text, undefined, 64);
    const at = doc.text.indexOf("huiselijk geweld");
    expect(at).toBeGreaterThan(0);
    const [from, to] = doc.map.spanToOriginal(at, at + "huiselijk geweld".length);
    expect(text.slice(from, to)).toBe("huiselijk geweld");
  });

  it("does not cut inside a fenced code block or an HTML comment", () => {
    const text = "Eerste alinea.\n\n```\ncode\n\nnog code\n```\n\n<!--\n\nverborgen\n\n-->\n\nLaatste alinea.\n";
    const starts = markdownChunks(text, 1);
    expect(starts.map((s) => text.slice(s, s + 8))).toEqual(["Eerste a", "```\ncode", "<!--\n\nve", "Laatste "]);
  });

  it("a paragraph of too many markers is read as text, with exact positions", () => {
    const hostile = "*_".repeat(MAX_INLINE_MARKERS) + " huiselijk geweld";
    const text = `# Aanpak\n\n**Vet** blijft vet.\n\n${hostile}\n`;
    const tamed = tameInlineMarkup(text);
    expect(tamed).toHaveLength(text.length);
    expect(tamed.startsWith("# Aanpak\n\n**Vet** blijft vet.")).toBe(true);
    const doc = parseDocument(text, { format: "markdown" });
    expect(doc.text).toContain("Vet blijft vet.");
    const at = doc.text.indexOf("huiselijk geweld");
    expect(at).toBeGreaterThan(0);
    const [from, to] = doc.map.spanToOriginal(at, at + "huiselijk geweld".length);
    expect(text.slice(from, to)).toBe("huiselijk geweld");
    expect(doc.text).toContain("*_*_");
  });
});
