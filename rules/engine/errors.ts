/** Errors a user can act on: bad input or bad rule/corpus data. Everything else is an engine bug. */
export type InputErrorCode =
  | "EMPTY_DOCUMENT"
  | "UNSUPPORTED_FORMAT"
  | "BINARY_INPUT"
  | "ENCODING_ERROR"
  | "DOCUMENT_TOO_LARGE"
  | "MALFORMED_DOCUMENT"
  | "ENCRYPTED_DOCUMENT"
  | "NEEDS_OCR"
  | "SCAN_TIMEOUT"
  | "BAD_USER_INPUT";

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "InputError";
  }

  // By name and code, not by class identity: a reader imported on demand in a worker thread (or a module package
  // with its own copy of the engine) may throw an InputError of another instance of this module.
  static [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof Error && x.name === "InputError" && typeof (x as { code?: unknown }).code === "string";
  }
}

/** A mistake in rule, profile or corpus data; names the file, line and field. */
export class RuleDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${field ? `${field}: ` : ""}${problem}`);
    this.name = "RuleDataError";
  }
}

/**
 * Messages are written Dutch first, then English: "Het document is leeg. / The document is empty."
 * This picks one language, so nothing a user reads mixes the two. The split is at the last " / ",
 * since the Dutch half may quote a library message but the English half does not.
 */
export function messageIn(message: string, lang: "nl" | "en"): string {
  const at = message.lastIndexOf(" / ");
  if (at < 0) return message;
  return lang === "nl" ? message.slice(0, at).trim() : message.slice(at + 3).trim();
}
