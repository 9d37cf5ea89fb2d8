import { SHORT_TEXT } from "../rules/kinds/coverage.js";
import type { ParsedDocument } from "../text/document.js";
import type { DocumentKind } from "../types.js";

/**
 * Kinds that are whole documents even when short: a motion or a council proposal names itself
 * ("verzoekt het college", "besluit de raad"), so its checks are assessed as for any document.
 */
const SHORT_BY_NATURE: readonly DocumentKind[] = ["motie", "raadsvoorstel"];

/**
 * `fragment: "auto"`: a text of at most SHORT_TEXT sentences (a paragraph or a page pasted from a policy) is a part
 * of a document, unless it is a kind that is short by nature. No policy plan, vision or note fits in 40 sentences;
 * grading such a paste against every document-level check gave E with dozens of "whole document" findings.
 */
export function looksLikeFragment(doc: ParsedDocument): boolean {
  return !SHORT_BY_NATURE.includes(doc.kind) && doc.sentences.length <= SHORT_TEXT;
}
