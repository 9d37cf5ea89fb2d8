/** Limits that protect the server; configurable through the environment. */
export interface ServerLimits {
  maxUploadBytes: number;
  scanTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Requests per minute per token (or per address without a token). */
  ratePerMinute: number;
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
    maxCost: num("GRAPHQL_MAX_COST", 1500),
    ratePerMinute: num("RATE_LIMIT_PER_MINUTE", 300),
  };
}
