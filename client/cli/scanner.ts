import { loadTextFormat, ingest, type Ingested, type Profile, type RuleMeta, type Lang, type ScanResult, type Corpus } from "../../rules/engine/index.js";
import { defaultEngine } from "./engine.js";
import { keepHeapSmall, LARGE_INPUT_BYTES } from "./heap.js";
import type { InputFile } from "./inputs.js";

/** Scans files in-process or through a server; both give the engine's result shape. */
export interface Scanner {
  /** fragment: part of a document, a whole one, or decided from the text ("auto", the default). */
  scan(file: InputFile, options: { lang: Lang; title?: string; fragment?: boolean | "auto" }): Promise<ScanResult>;
  rules(): Promise<RuleMeta[]>;
  corpus(): Promise<Corpus>;
  version(): Promise<string>;
}

/**
 * The file's text. Its bytes live in this function only, so they can be collected before the scan (16 MB of a 16 MB
 * document that the scan would otherwise carry along).
 */
async function ingestFile(file: InputFile): Promise<Ingested> {
  const bytes = file.read();
  if (bytes.length >= LARGE_INPUT_BYTES) keepHeapSmall();
  return ingest(bytes, { filename: file.name === "-" ? undefined : file.name });
}

export function localScanner(cwd: string, profile?: Profile): Scanner {
  return {
    async scan(file, { lang, title, fragment = "auto" }) {
      const engine = await defaultEngine(cwd, { lazyFormats: true });
      const doc = await ingestFile(file);
      await loadTextFormat(doc.format);
      return engine.scan(doc.text, { format: doc.format, profile, lang, title, fragment });
    },
    rules: async () => (await defaultEngine(cwd, { lazyFormats: true })).allRules().map((r) => r.meta),
    corpus: async () => (await defaultEngine(cwd, { lazyFormats: true })).corpus,
    version: async () => (await defaultEngine(cwd, { lazyFormats: true })).version,
  };
}
