import { htmlReport, markdownReport, toSarif, type RuleMeta, type Lang, type ScanResult, type Corpus } from "../../../rules/engine/index.js";
import { formatPretty } from "./pretty.js";
import { coalesce, jsonChunks } from "./json-chunks.js";

export const FORMATS = ["pretty", "json", "sarif", "markdown", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  lang: Lang;
  rules: RuleMeta[];
  corpus: Corpus;
  version: string;
  color: boolean;
}

/**
 * The rendering in pieces to write one after the other: JSON and SARIF (large for a large document) member by
 * member, identical to render(); the other formats as one piece.
 */
export function renderPieces(results: Array<{ name: string; result: ScanResult }>, format: Format, c: RenderContext): Iterable<string> {
  switch (format) {
    case "json":
      return coalesce(jsonChunks(results.length === 1 ? results[0].result : results.map((r) => r.result), 3));
    case "sarif":
      return coalesce(jsonChunks(toSarif(results.map((r) => ({ result: r.result, uri: r.name === "-" ? "stdin" : r.name })), c.rules, c.corpus, c.lang, c.version), 5));
    default:
      return [render(results, format, c)];
  }
}

/** Renders scan results in one of the CLI formats (json: one object for one file, a list for several). */
export function render(results: Array<{ name: string; result: ScanResult }>, format: Format, c: RenderContext): string {
  switch (format) {
    case "json":
      return JSON.stringify(results.length === 1 ? results[0].result : results.map((r) => r.result), null, 2);
    case "sarif":
      return JSON.stringify(toSarif(results.map((r) => ({ result: r.result, uri: r.name === "-" ? "stdin" : r.name })), c.rules, c.corpus, c.lang, c.version), null, 2);
    case "markdown":
      return results.map((r) => markdownReport(r.result, { lang: c.lang, rules: c.rules, corpus: c.corpus, name: r.name })).join("\n---\n\n");
    case "html":
      return results.map((r) => htmlReport(r.result, { lang: c.lang, rules: c.rules, corpus: c.corpus, name: r.name })).join("\n");
    default:
      return results.map((r) => formatPretty(r.name, r.result, c.lang, c.color)).join("\n\n");
  }
}
