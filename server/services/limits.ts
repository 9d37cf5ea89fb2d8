/** Limits that protect the server; configurable through the environment. */
export interface ServerLimits {
  maxUploadBytes: number;
  scanTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Requests per minute per token (or per address without a token). */
  ratePerMinute: number;
  /**
   * Requests per minute per address, counted before the token is looked at (a fresh fake token per
   * request must not escape the limit). Higher than the token limit: a workshop room shares one address.
   */
  ratePerAddressPerMinute: number;
  /** Failed attempts per minute per address: unknown tokens, wrong sign-in codes, wrong workshop codes. */
  authFailuresPerMinute: number;
  /** Join attempts per minute per workshop code. */
  joinsPerCodePerMinute: number;
  /**
   * How long (ms) a token's viewer is kept in memory instead of being read from the database on every request
   * (0: not kept). Changes through this instance apply at once; through another instance within this time.
   */
  authCacheMs: number;
}

export function limitsFromEnv(env: Record<string, string | undefined> = process.env): ServerLimits {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    maxUploadBytes: num("MAX_UPLOAD_MB", 20) * 1024 * 1024,
    scanTimeoutMs: num("SCAN_TIMEOUT_MS", 60_000),
    maxDepth: num("GRAPHQL_MAX_DEPTH", 10),
    maxAliases: num("GRAPHQL_MAX_ALIASES", 15),
    // The SDK's page of 100 findings with their remedies in parts costs about 34,000; nested pages of pages
    // (documents × scans × findings) cost millions, so the limit still stops them.
    maxCost: num("GRAPHQL_MAX_COST", 40_000),
    ratePerMinute: num("RATE_LIMIT_PER_MINUTE", 300),
    ratePerAddressPerMinute: num("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 1200),
    authFailuresPerMinute: num("AUTH_FAILURES_PER_MINUTE", 10),
    joinsPerCodePerMinute: num("JOINS_PER_CODE_PER_MINUTE", 60),
    authCacheMs: env.AUTH_CACHE_MS === "0" ? 0 : num("AUTH_CACHE_MS", 5_000),
  };
}
