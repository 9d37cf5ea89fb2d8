import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { locate, parseDocument } from "../../rules/engine/text/document.js";
import { htmlBlocks } from "../../rules/engine/text/html-text.js";

// Raw HTML in a Markdown text keeps its words for the scan, and findings point into the original text.

const MD = "# Aanpak\n\n<p><b>Let op</b>: huiselijk geweld komt voort uit relatieproblemen &amp; stress.</p>\n<p>De gemeente zorgt voor opvang van slachtoffers van partnergeweld en kindermishandeling.</p>\n";

describe("HTML in Markdown", () => {
  it("an HTML block with inline tags is read, not dropped (the text stays on topic)", async () => {
    const engine = await defaultEngine();
    const r = await engine.scan(MD, { format: "markdown" });
    expect(r.document.onTopic).toBe(true);
    const located = r.findings.filter((f) => f.location);
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) expect(MD.slice(f.location!.offset, f.location!.offset + f.location!.length)).toBe(f.quote);
    expect(located.map((f) => f.quote)).toContain("komt voort uit");
  });

  it("inline tags inside a paragraph keep the words around them", async () => {
    const engine = await defaultEngine();
    const text = "Huiselijk geweld <b>komt voort uit</b> relatieproblemen, zegt de regiovisie over partnergeweld en kindermishandeling.";
    const r = await engine.scan(text, { format: "markdown" });
    expect(r.document.onTopic).toBe(true);
    const f = r.findings.find((x) => x.quote === "komt voort uit");
    expect(f).toBeDefined();
    expect(text.slice(f!.location!.offset, f!.location!.offset + f!.location!.length)).toBe("komt voort uit");
  });

  it("character references in a Markdown paragraph keep the words after them in place", async () => {
    const engine = await defaultEngine();
    // Named, hexadecimal (outside the BMP) and an unknown name that CommonMark leaves as it is.
    for (const ref of ["&amp;", "&#x1F600;", "&#38;", "&onbekend;"]) {
      const md = `# Aanpak\n\nVrouwen ${ref} kinderen: huiselijk geweld komt voort uit stress in het gezin.\n`;
      const r = await engine.scan(md, { format: "markdown" });
      const f = r.findings.find((x) => x.quote === "komt voort uit");
      expect(f, ref).toBeDefined();
      expect(md.slice(f!.location!.offset, f!.location!.offset + f!.location!.length), ref).toBe("komt voort uit");
      expect(f!.location!.column, ref).toBe(md.split("\n")[2].indexOf("komt voort uit") + 1);
    }
  });

  it("a word holding a decoded reference maps to its source, the reference included", () => {
    for (const [text, format] of [["Een caf&eacute; in Zwolle.", "markdown"], ["<p>Een caf&eacute; in Zwolle.</p>", "markdown"]] as const) {
      const doc = parseDocument(text, { format });
      const i = [...Array(doc.tokens.count).keys()].find((k) => doc.tokens.textAt(k) === "café")!;
      expect(i, text).toBeDefined();
      const loc = locate(doc, doc.tokens.start[i], doc.tokens.end[i]);
      expect(text.slice(loc.offset, loc.offset + loc.length), text).toBe("caf&eacute;");
    }
  });

  it("splits blocks at block tags, drops tags, comments and scripts, decodes references in place", () => {
    const html = "<div>Eerste <i>deel</i> &amp; meer<!-- weg --><script>x()</script></div><p>Tweede</p>";
    const blocks = htmlBlocks(html, 100);
    const read = (b: Array<{ from: number; to: number; text?: string }>) => b.map((p) => p.text ?? html.slice(p.from - 100, p.to - 100)).join("");
    expect(blocks.map(read)).toEqual(["Eerste deel & meer", "Tweede"]);
    const amp = blocks[0].find((p) => p.text === "&")!;
    expect(html.slice(amp.from - 100, amp.to - 100)).toBe("&amp;");
    // Not a tag: a comparison stays text.
    expect(htmlBlocks("a < b en c > d", 100).map((b) => b.map((p) => p.text ?? "a < b en c > d".slice(p.from - 100, p.to - 100)).join(""))).toEqual(["a < b en c > d"]);
  });
});
