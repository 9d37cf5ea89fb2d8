import { extname } from "node:path";
import { InputError } from "../errors.js";
import { decodeText } from "./decode.js";
import type { TextFormat } from "../text/document.js";
import type { Ingested, SourceFormat } from "./ingested.js";

export type { Ingested, SourceFormat } from "./ingested.js";


export interface IngestOptions {
  filename?: string;
  mediaType?: string;
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".docx": "docx",
  ".pdf": "pdf",
  ".html": "html",
  ".htm": "html",
};
const BY_MEDIA_TYPE: Record<string, SourceFormat> = {
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/pdf": "pdf",
  "text/html": "html",
  "application/xhtml+xml": "html",
};
const UNSUPPORTED_EXTENSIONS = new Set([".doc", ".rtf", ".odt", ".pages", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".png", ".jpg", ".jpeg"]);

/** Which format the bytes are: magic numbers first, then extension and media type. */
export function detectFormat(bytes: Uint8Array, options: IngestOptions = {}): SourceFormat | null {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  const ext = options.filename ? extname(options.filename).toLowerCase() : "";
  if (head.startsWith("PK\u0003\u0004")) return ext === ".docx" || !ext || BY_MEDIA_TYPE[options.mediaType ?? ""] === "docx" ? "docx" : null;
  // An OLE compound file named .docx is an encrypted (password-protected) Word file; otherwise an old .doc.
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) return ext === ".docx" || BY_MEDIA_TYPE[options.mediaType ?? ""] === "docx" ? "docx" : null;
  if (head.startsWith("{\\rtf")) return null;
  if (ext && UNSUPPORTED_EXTENSIONS.has(ext)) return null;
  const byName = BY_EXTENSION[ext] ?? BY_MEDIA_TYPE[(options.mediaType ?? "").split(";")[0].trim().toLowerCase()];
  if (byName) return byName;
  const start = Buffer.from(bytes.subarray(0, 512)).toString("utf8").trimStart().toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  return "text";
}

/** Bytes of any supported format → text for the engine. */
export async function ingest(bytes: Uint8Array, options: IngestOptions = {}): Promise<Ingested> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    throw new InputError(
      "DOCUMENT_TOO_LARGE",
      `Het document is ${mb(bytes.length)} MB; de grens is ${mb(max)} MB. / The document is ${mb(bytes.length)} MB; the limit is ${mb(max)} MB.`,
      { bytes: bytes.length, limit: max },
    );
  }
  if (bytes.length === 0) throw new InputError("EMPTY_DOCUMENT", "Het document is leeg. / The document is empty.");
  const format = detectFormat(bytes, options);
  switch (format) {
    case "markdown":
    case "text": {
      const decoded = decodeText(bytes);
      if (decoded.text.trim().length === 0) throw new InputError("EMPTY_DOCUMENT", "Het document bevat alleen witruimte. / The document contains only whitespace.");
      const notes = decoded.repairedMojibake ? ["dubbel gecodeerde UTF-8 hersteld / repaired double-encoded UTF-8"] : [];
      return { text: decoded.text, format: format === "markdown" ? "markdown" : sniff(decoded.text), source: format, encoding: decoded.encoding, notes };
    }
    case "docx":
      return (await import("./docx.js")).ingestDocx(bytes);
    case "pdf":
      return (await import("./pdf.js")).ingestPdf(bytes);
    case "html":
      return (await import("./html.js")).ingestHtml(decodeText(bytes).text);
    default:
      throw new InputError(
        "UNSUPPORTED_FORMAT",
        `Dit bestandsformaat wordt niet ondersteund${options.filename ? ` (${extname(options.filename) || options.filename})` : ""}. Gebruik Markdown, tekst, DOCX, PDF of HTML. / This file format is not supported. Use Markdown, text, DOCX, PDF or HTML.`,
      );
  }
}

function sniff(text: string): TextFormat {
  return /^#{1,6} \S/m.test(text.slice(0, 20000)) ? "markdown" : "text";
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
