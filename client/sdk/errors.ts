/** An error from the genderscan API, with the server's extensions.code. */
export class GenderscanApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }> = [],
  ) {
    super(message);
    this.name = "GenderscanApiError";
  }
}
