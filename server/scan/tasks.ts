// The work a scan thread does for a request: read the bytes of an upload (any format) and parse or scan the text.
// Shared by the worker threads and the in-process runner, so both give the same answers.
import { ingest, loadTextFormat, type Ingested, type IngestOptions, type Engine, type ScanOptions, type DocumentKind, type ScanResult } from "../../rules/engine/index.js";

export interface ScanOutput {
  result: ScanResult;
  timings: Record<string, number>;
}

/**
 * A scan output as a scan thread hands it over: the small parts as they are, coverage and findings as JSON text. Rebuilding
 * the structured clone of a whole result cost the main thread more (about 0.4 ms for a 300-character text) than parsing
 * its JSON, and a query that asks for neither list does not parse them at all. A result holds only JSON values (no
 * undefined in arrays, no NaN, no class instances), so the lists read back the same.
 */
export interface PackedOutput {
  head: Omit<ScanResult, "coverage" | "findings">;
  coverage: string;
  findings: string;
  timings: Record<string, number>;
}

export function packOutput({ result, timings }: ScanOutput): PackedOutput {
  const { coverage, findings, ...head } = result;
  return { head, coverage: JSON.stringify(coverage), findings: JSON.stringify(findings), timings };
}

/** The output again; coverage and findings are parsed when first read. */
export function unpackOutput(packed: PackedOutput): ScanOutput {
  const result = { ...packed.head } as ScanResult;
  for (const key of ["coverage", "findings"] as const) {
    Object.defineProperty(result, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = JSON.parse(packed[key]);
        Object.defineProperty(result, key, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(result, key, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
  return { result, timings: packed.timings };
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
