import { toMdast } from "hast-util-to-mdast";
import type { Element as HastElement, Root as HastRoot } from "hast";
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

/**
 * Elements nested deeper than this are no web page or Word file but a hostile input: the tree tools that turn HTML into
 * Markdown recurse per level and would overflow the stack (a RangeError with no meaning for the user).
 */
export const MAX_HTML_DEPTH = 500;

const tooDeep = () =>
  new InputError(
    "MALFORMED_DOCUMENT",
    `De HTML is dieper dan ${MAX_HTML_DEPTH} niveaus genest en wordt niet gelezen. / The HTML is nested more than ${MAX_HTML_DEPTH} levels deep and is not read.`,
  );

/** Refuses a tree nested deeper than MAX_HTML_DEPTH, measured without recursion. */
function checkDepth(root: HastRoot): void {
  const stack: Array<[HastRoot | HastElement, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH) throw tooDeep();
    for (const c of node.children) if (c.type === "element") stack.push([c, depth + 1]);
  }
}

/** HTML → Markdown (headings, lists and paragraphs kept; page chrome left out); positions then point into that Markdown. */
export function ingestHtml(html: string, source: Ingested["source"] = "html", notes: string[] = []): Ingested {
  let text: string;
  try {
    text = toMarkdownText(html, source);
  } catch (e) {
    // The parser itself recurses per level: a tree too deep for it overflows before checkDepth can measure it.
    if (e instanceof RangeError) throw tooDeep();
    throw e;
  }
  if (text.replace(/[\s#*_\-|>]/g, "").length === 0) {
    throw new InputError("EMPTY_DOCUMENT", "Het document bevat geen tekst. / The document contains no text.");
  }
  return { text, format: "markdown", source, notes };
}

function toMarkdownText(html: string, source: Ingested["source"]): string {
  const parsed = parser.parse(html);
  checkDepth(parsed);
  // A DOCX converted by mammoth has no page chrome; a web page has (menus, footer, sidebar).
  const hast = source === "html" ? pageContent(parsed) : parsed;
  prepareTables(hast);
  const mdast = toMdast(hast) as MdastRoot;
  // Tables as GFM pipe tables, which the Markdown reader takes as rows (budget, action and indicator tables).
  return toMarkdown(mdast, { bullet: "-", emphasis: "_", strong: "*", rule: "-", extensions: [gfmTableToMarkdown()] }).replace(/\n{3,}/g, "\n\n");
}
