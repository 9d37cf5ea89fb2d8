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
