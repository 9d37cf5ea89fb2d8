import mammoth from "mammoth";
import { InputError } from "../errors.js";
import { ingestHtml } from "./html.js";
import type { Ingested } from "./ingested.js";
import { unpackBounded, ZipLimitError } from "./zip.js";

/** Uncompressed size above which a DOCX is refused (a zip bomb or an unreasonable document). */
export const MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024;
const MAX_RATIO = 200;

/** DOCX → HTML (mammoth keeps headings and lists) → Markdown. */
export async function ingestDocx(bytes: Uint8Array): Promise<Ingested> {
  checkZip(bytes);
  const unpacked = unpack(bytes);
  let html: string;
  const notes: string[] = [];
  try {
    const result = await mammoth.convertToHtml({ buffer: unpacked });
    html = result.value;
    for (const m of result.messages.slice(0, 5)) if (m.type === "error") notes.push(m.message);
  } catch (e) {
    throw new InputError("MALFORMED_DOCUMENT", `Het DOCX-bestand is beschadigd of geen Word-document (${(e as Error).message}). / The DOCX file is damaged or not a Word document.`);
  }
  return ingestHtml(html, "docx", notes);
}

/**
 * The declared sizes can be forged: inflate every entry here, counting bytes as they come out and
 * stopping at the limit, and hand mammoth the entries stored uncompressed.
 */
function unpack(bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = Math.min(MAX_DOCX_UNCOMPRESSED, buf.length * MAX_RATIO);
  try {
    return unpackBounded(buf, limit);
  } catch (e) {
    if (!(e instanceof ZipLimitError)) throw e;
    if (e.kind === "too-large") {
      throw new InputError(
        "DOCUMENT_TOO_LARGE",
        `Het DOCX-bestand pakt uit tot meer dan ${(limit / 1024 / 1024).toFixed(0)} MB; dat wordt geweigerd. / The DOCX file unpacks to more than ${(limit / 1024 / 1024).toFixed(0)} MB and is refused.`,
        { limit },
      );
    }
    throw new InputError("MALFORMED_DOCUMENT", "Het DOCX-bestand is beschadigd (een zip-onderdeel is onleesbaar). / The DOCX file is damaged (a zip entry cannot be read).");
  }
}

/**
 * Reads the zip central directory before anything is inflated: a DOCX that would unpack to more
 * than 200 MB, or at a ratio above 200:1, is refused instead of exhausting memory.
 */
function checkZip(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new InputError("ENCRYPTED_DOCUMENT", "Het Word-document is met een wachtwoord beveiligd. / The Word document is password-protected.");
  }
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) {
    throw new InputError("MALFORMED_DOCUMENT", "Het DOCX-bestand is beschadigd (geen geldig zip-archief). / The DOCX file is damaged (not a valid zip archive).");
  }
  const entries = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let hasDocument = false;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) {
      throw new InputError("MALFORMED_DOCUMENT", "Het DOCX-bestand is beschadigd (zip-inhoudsopgave klopt niet). / The DOCX file is damaged (bad zip directory).");
    }
    total += buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const name = buf.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (name === "word/document.xml") hasDocument = true;
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  if (total > MAX_DOCX_UNCOMPRESSED || total > buf.length * MAX_RATIO) {
    throw new InputError(
      "DOCUMENT_TOO_LARGE",
      `Het DOCX-bestand zou uitpakken tot ${(total / 1024 / 1024).toFixed(0)} MB; dat wordt geweigerd. / The DOCX file would unpack to ${(total / 1024 / 1024).toFixed(0)} MB and is refused.`,
      { uncompressed: total },
    );
  }
  if (!hasDocument) {
    throw new InputError("MALFORMED_DOCUMENT", "Het zip-bestand bevat geen Word-document. / The zip file contains no Word document.");
  }
}
