import { createHash } from "node:crypto";

/**
 * FNV-1a over a text's UTF-16 code units: a stable half (0 = A, 1 = B) that does not depend on a line's position, so
 * a line keeps its half when lines are added or moved (topic-tune.ts, test/modules/topic-robust.test.ts).
 * Its parity is only the parity of the code units' low bits (the multiplier is odd), a weak mix; the halves already
 * tuned on keep it, since a new split would put tuned lines into the check half. New files use `sha1Half`.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The half of a line by the hash of its text: 0 (A, to build from) or 1 (B, to check on). */
export const hashHalf = (text: string): number => fnv1a(text) % 2;

/** The half of a line by the first byte of its text's SHA-1: 0 (A) or 1 (B), well mixed. */
export const sha1Half = (text: string): number => createHash("sha1").update(text).digest()[0] % 2;

/** FNV-1a with a final avalanche mix (MurmurHash3's fmix32), so that its low bit depends on every bit of the text. */
export function mixedHash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h;
}
