/**
 * Counts events per key in a fixed window (in memory, per instance). Used for failed sign-ins, join
 * attempts and unknown tokens, which must be limited per address and per code or account even when every
 * request carries a different (fake) token.
 */
export class Throttle {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it is under the limit. */
  blockedFor(key: string): number {
    const e = this.entry(key);
    return e && e.count >= this.limit ? Math.max(1, Math.ceil((e.resetAt - this.clock()) / 1000)) : 0;
  }

  /** Counts one event for the key. */
  hit(key: string): void {
    const now = this.clock();
    const e = this.entry(key);
    if (e) e.count++;
    else this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
    // Keep the map small under a flood of distinct keys: drop expired entries now and then.
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }

  private entry(key: string): { count: number; resetAt: number } | undefined {
    const e = this.hits.get(key);
    if (e && e.resetAt <= this.clock()) {
      this.hits.delete(key);
      return undefined;
    }
    return e;
  }
}

export interface Throttles {
  /** Requests with an unknown, revoked or expired token, per address. */
  badTokens: Throttle;
  /** Failed sign-in codes, per address. */
  signInFailures: Throttle;
  /** Join attempts that failed, per address. */
  joinFailures: Throttle;
  /** Join attempts per workshop code (a workshop has tens of participants, not hundreds a minute). */
  joinsPerCode: Throttle;
}

export function createThrottles(perMinute: { badTokens: number; signIns: number; joins: number; joinsPerCode: number }): Throttles {
  return {
    badTokens: new Throttle(perMinute.badTokens, 60_000),
    signInFailures: new Throttle(perMinute.signIns, 60_000),
    joinFailures: new Throttle(perMinute.joins, 60_000),
    joinsPerCode: new Throttle(perMinute.joinsPerCode, 60_000),
  };
}
