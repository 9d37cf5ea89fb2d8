// The work a scan thread does for a request: read the bytes of an upload (any format) and parse or scan the text.
// Shared by the worker threads and the in-process runner, so both give the same answers.
import { ingest, loadTextFormat, type Ingested, type IngestOptions, type Engine, type ScanOptions, type DocumentKind, type ScanResult } from "../../rules/engine/index.js";

export interface ScanOutput {
  result: ScanResult;
  timings: Record<string, number>;
}

/** An upload read and parsed, as a document version stores it. */
export interface Prepared {
  ingested: Ingested;
  /** The normalised text the engine reads (stored with the version). */
  normalisedText: string;
  /** The kind of document the text looks like (for a new document without one). */
  kind: DocumentKind;
}

export async function prepare(engine: Engine, bytes: Uint8Array, options: IngestOptions): Promise<Prepared> {
  const ingested = await ingest(bytes, options);
  await loadTextFormat(ingested.format);
  const parsed = engine.parse(ingested.text, { format: ingested.format });
  return { ingested, normalisedText: parsed.text, kind: parsed.kind };
}

/** Reads the bytes and scans the text in its own format. */
export async function scanBytes(engine: Engine, bytes: Uint8Array | string, options: IngestOptions, scanOptions: ScanOptions): Promise<ScanOutput> {
  const ingested = await ingest(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes, options);
  await loadTextFormat(ingested.format);
  const { result, timings } = engine.scanDetailed(ingested.text, { ...scanOptions, format: ingested.format });
  return { result, timings };
}
