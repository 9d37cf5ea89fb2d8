import { toMdast } from "hast-util-to-mdast";
import type { Root as MdastRoot } from "mdast";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown } from "mdast-util-to-markdown";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { InputError } from "../errors.js";
import { pageContent } from "./html-chrome.js";
import { prepareTables } from "./html-tables.js";
import type { Ingested } from "./ingested.js";

const parser = unified().use(rehypeParse);

/** HTML → Markdown (headings, lists and paragraphs kept; page chrome left out); positions then point into that Markdown. */
export function ingestHtml(html: string, source: Ingested["source"] = "html", notes: string[] = []): Ingested {
  // A DOCX converted by mammoth has no page chrome; a web page has (menus, footer, sidebar).
  const hast = source === "html" ? pageContent(parser.parse(html)) : parser.parse(html);
  prepareTables(hast);
  const mdast = toMdast(hast) as MdastRoot;
  // Tables as GFM pipe tables, which the Markdown reader takes as rows (budget, action and indicator tables).
  const text = toMarkdown(mdast, { bullet: "-", emphasis: "_", strong: "*", rule: "-", extensions: [gfmTableToMarkdown()] }).replace(/\n{3,}/g, "\n\n");
  if (text.replace(/[\s#*_\-|>]/g, "").length === 0) {
    throw new InputError("EMPTY_DOCUMENT", "Het document bevat geen tekst. / The document contains no text.");
  }
  return { text, format: "markdown", source, notes };
}
