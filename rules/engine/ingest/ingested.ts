// What every reader (text, DOCX, PDF, HTML) gives back: its own file, so the readers and ingest.ts, which loads
// them on demand, do not import each other.
import type { TextFormat } from "../text/document.js";

export type SourceFormat = "markdown" | "text" | "docx" | "pdf" | "html";

export interface Ingested {
  /** The text that positions point into: the decoded input, or the text extracted from DOCX/PDF/HTML. */
  text: string;
  format: TextFormat;
  source: SourceFormat;
  encoding?: string;
  notes: string[];
}
