import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A cache of compiled rule data (the validated corpus, parsed rule files, the pattern automaton), as JSON
// files keyed by a hash of everything they were compiled from. Reading YAML and validating it costs about a
// second per process; reading the compiled JSON costs milliseconds. A stale entry can never be used: its key
// changes with any byte of its inputs. Writing is best effort (a read-only install compiles in memory).

/** Bump when the shape of a cached value changes. */
const CACHE_FORMAT = 1;

const dirs = new Map<string, string | null>();

/**
 * Where compiled data is kept: GENDERSCAN_CACHE_DIR, else node_modules/.cache/genderscan of the package, else the
 * system's temporary directory. GENDERSCAN_CACHE=off compiles every time.
 */
export function cacheDir(packageRoot: string): string | null {
  const known = dirs.get(packageRoot);
  if (known !== undefined) return known;
  const dir = findCacheDir(packageRoot);
  dirs.set(packageRoot, dir);
  return dir;
}

function findCacheDir(packageRoot: string): string | null {
  if (process.env.GENDERSCAN_CACHE === "off") return null;
  const candidates = [process.env.GENDERSCAN_CACHE_DIR, join(packageRoot, "node_modules", ".cache", "genderscan"), join(tmpdir(), "genderscan-cache")];
  for (const c of candidates) {
    if (!c) continue;
    try {
      mkdirSync(c, { recursive: true });
      return c;
    } catch {
      // not writable: try the next place
    }
  }
  return null;
}

/** A hash builder for cache keys. */
export class CacheKey {
  private readonly hash = createHash("sha256").update(`genderscan-cache-${CACHE_FORMAT}\0`);

  add(...parts: Array<string | Buffer>): this {
    for (const p of parts) this.hash.update(p).update("\0");
    return this;
  }

  /** Adds a file's path and bytes (a missing file counts as empty). */
  file(path: string): this {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      bytes = Buffer.alloc(0);
    }
    return this.add(path, bytes);
  }

  digest(): string {
    return this.hash.digest("hex").slice(0, 32);
  }
}

/** The JSON stored under `kind`/`key`, or undefined. */
export function readCache<J>(packageRoot: string, kind: string, key: string): J | undefined {
  const base = cacheDir(packageRoot);
  if (!base) return undefined;
  try {
    return JSON.parse(readFileSync(join(base, `${kind}-${key}.json`), "utf8")) as J;
  } catch {
    return undefined; // missing or unreadable: the caller compiles
  }
}

/** Entries of a kind unused for this long are removed when a new one is written. */
const STALE_MS = 24 * 3600 * 1000;

/** Stores JSON under `kind`/`key` (best effort) and removes stale entries of the same kind. */
export function writeCache(packageRoot: string, kind: string, key: string, json: unknown): void {
  const base = cacheDir(packageRoot);
  if (!base) return;
  const file = join(base, `${kind}-${key}.json`);
  try {
    // Write beside and rename, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(json));
    renameSync(tmp, file);
    const now = Date.now();
    for (const name of readdirSync(base)) {
      if (!name.startsWith(`${kind}-`) || join(base, name) === file) continue;
      const path = join(base, name);
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
    // best effort: a read-only or full disk only costs speed
  }
}

/** The value cached under `kind`/`key`, or computed (synchronously) and cached. */
export function cachedSync<T, J>(packageRoot: string, kind: string, key: string, compute: () => T, codec: Codec<T, J>): T {
  const hit = readCache<J>(packageRoot, kind, key);
  if (hit !== undefined) return codec.fromJSON(hit);
  const value = compute();
  writeCache(packageRoot, kind, key, codec.toJSON(value));
  return value;
}

/** The value cached under `kind`/`key`, or computed and cached; `compute` runs only on a miss. */
export async function cached<T, J>(packageRoot: string, kind: string, key: string, compute: () => Promise<T>, codec: Codec<T, J>): Promise<T> {
  const hit = readCache<J>(packageRoot, kind, key);
  if (hit !== undefined) return codec.fromJSON(hit);
  const value = await compute();
  writeCache(packageRoot, kind, key, codec.toJSON(value));
  return value;
}

/** How a value becomes JSON and back (Maps and classes do not survive JSON by themselves). */
export interface Codec<T, J> {
  toJSON(value: T): J;
  fromJSON(json: J): T;
}
