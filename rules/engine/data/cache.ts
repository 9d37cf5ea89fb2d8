import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A cache of compiled rule data (the validated corpus, parsed rule files, the pattern automaton), as JSON
// files keyed by a hash of everything they were compiled from. Reading YAML and validating it costs about a
// second per process; reading the compiled JSON costs milliseconds. A stale entry is never used: the key covers
// each input file's path, size, modification and change times and inode (a stat, not a read: hashing the bytes of
// every rule, corpus and compiler file cost ~25 ms per start). The change time (ctime) cannot be set back by
// tools that restore mtimes (npm's packed 1985 mtimes, `cp -p`, `touch -d`), and a file changed within the last
// RACY_MS is keyed by its bytes as well, as git does for "racily clean" files: two same-size writes inside one
// clock tick would otherwise look alike. Writing is best effort (a read-only install compiles in memory).

/** Bump when the shape of a cached value or of the key changes. */
const CACHE_FORMAT = 2;

/** A file changed more recently than this is also keyed by its contents (its timestamps may not tell yet). */
export const RACY_MS = 3000;

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

  /** Adds a file's path and stamp (see fileStamp). */
  file(path: string, now = Date.now()): this {
    return this.add(path, fileStamp(path, now));
  }

  digest(): string {
    return this.hash.digest("hex").slice(0, 32);
  }
}

/**
 * What identifies a file's contents without reading it: size, mtime, ctime and inode ("missing" when there is
 * none); plus a hash of its bytes when it changed within RACY_MS of `now`.
 */
export function fileStamp(path: string, now = Date.now()): string {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!s) return "missing";
  const stamp = `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  const changed = Number((s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs) / 1_000_000n);
  if (now - changed >= RACY_MS) return stamp;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return "unreadable";
  }
  return `${stamp}:${createHash("sha256").update(bytes).digest("hex")}`;
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
