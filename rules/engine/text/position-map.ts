import type { Location } from "../types.js";

/**
 * Maps offsets in a normalised text back to offsets in the original input.
 *
 * The normalised text is built by appending pieces: copied runs of the original (`copy`) and
 * synthetic characters that do not exist in the original (`insert`, e.g. the space that joins
 * two PDF lines). Copied runs need not be in original order (footnotes are moved out of the
 * sentence they interrupt), so lookups go through the segment table, not arithmetic.
 */
export class PositionMapBuilder {
  // Segments in growable typed arrays and the text in flattened chunks: a 16 MB text is about a million pieces,
  // and an array entry, a substring object and three numbers per piece cost several times the text itself.
  private norm = new Int32Array(1024);
  private orig = new Int32Array(1024);
  private len = new Int32Array(1024);
  private segments = 0;
  /** Synthetic segments that stand in for original text (a decoded "&amp;"): segment → original length. Rare, so a map. */
  private readonly stands = new Map<number, number>();
  private chunks: string[] = [];
  private chunk = "";
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** Append original[from, to) verbatim. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(original.slice(from, to), from, to - from);
  }

  /** Append text that replaces original[from, from+span) (same length required for exact mapping). */
  copyAs(text: string, origFrom: number): void {
    if (text.length === 0) return;
    this.push(text, origFrom, text.length);
  }

  /**
   * Append synthetic text; every character maps to the point `origAt`. With `stands` > 0 the text stands in for
   * original[origAt, origAt + stands) (a decoded character reference): a span over it maps to that whole range.
   */
  insert(text: string, origAt: number, stands = 0): void {
    if (text.length === 0) return;
    this.push(text, origAt, 0, text.length);
    if (stands > 0) this.stands.set(this.segments - 1, stands);
  }

  private push(text: string, origFrom: number, copiedLength: number, textLength = copiedLength): void {
    const last = this.segments - 1;
    // Merge with the previous segment when it continues it exactly (keeps the table small).
    if (
      copiedLength > 0 &&
      last >= 0 &&
      this.len[last] > 0 &&
      this.orig[last] + this.len[last] === origFrom &&
      this.norm[last] + this.len[last] === this.length
    ) {
      this.len[last] += copiedLength;
    } else {
      if (this.segments === this.norm.length) this.grow();
      this.norm[this.segments] = this.length;
      this.orig[this.segments] = origFrom;
      this.len[this.segments] = copiedLength;
      this.segments++;
    }
    this.chunk += text;
    if (this.chunk.length >= CHUNK) this.flushChunk();
    this.length += textLength;
  }

  /** Makes the chunk a flat string of its own (a concatenation keeps every piece, and each piece its parent text). */
  private flushChunk(): void {
    if (this.chunk.length === 0) return;
    this.chunks.push(flatten(this.chunk));
    this.chunk = "";
  }

  private grow(): void {
    const cap = this.norm.length * 2;
    for (const k of ["norm", "orig", "len"] as const) {
      const a = new Int32Array(cap);
      a.set(this[k]);
      this[k] = a;
    }
  }

  build(): { text: string; map: PositionMap } {
    this.flushChunk();
    const text = this.chunks.length === 1 ? this.chunks[0] : flatten(this.chunks.join(""));
    this.chunks = [];
    const n = this.segments;
    return { text, map: new PositionMap(this.norm.slice(0, n), this.orig.slice(0, n), this.len.slice(0, n), this.length, this.stands) };
  }
}

/** Characters per flattened chunk of a text being built. */
const CHUNK = 1 << 16;

/** A flat copy of a (concatenated) string. */
function flatten(s: string): string {
  void s.charCodeAt(0);
  return s;
}

export class PositionMap {
  constructor(
    private readonly normStart: Int32Array,
    private readonly origStart: Int32Array,
    private readonly segLen: Int32Array,
    readonly normLength: number,
    private readonly stands: ReadonlyMap<number, number> = new Map(),
  ) {}

  /** Identity map for a text used as-is. */
  static identity(length: number): PositionMap {
    return new PositionMap(Int32Array.of(0), Int32Array.of(0), Int32Array.of(length), length);
  }

  private segmentAt(pos: number): number {
    let lo = 0;
    let hi = this.normStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.normStart[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset of the normalised character at `pos`. */
  toOriginal(pos: number): number {
    if (this.normStart.length === 0) return 0;
    const s = this.segmentAt(pos);
    const delta = pos - this.normStart[s];
    if (delta < this.segLen[s]) return this.origStart[s] + delta;
    // Synthetic character: it sits at the end of the copied run (or at its insertion point).
    return this.origStart[s] + this.segLen[s];
  }

  /** Original [start, end) for the normalised span [start, end). */
  spanToOriginal(start: number, end: number): [number, number] {
    if (end <= start) {
      const p = this.toOriginal(start);
      return [p, p];
    }
    let first: [number, number] | null = null;
    for (let p = start; p < end && !first; p++) first = this.sourceOf(p);
    let last: [number, number] | null = null;
    for (let p = end - 1; p >= start && !last; p--) last = this.sourceOf(p);
    if (!first || !last) {
      const p = this.toOriginal(start);
      return [p, p];
    }
    const [from] = first;
    const [, to] = last;
    return from <= to ? [from, to] : [to - 1, from + 1];
  }

  /** The original text a normalised character comes from: itself when copied, the reference it decodes, else none. */
  private sourceOf(pos: number): [number, number] | null {
    const s = this.segmentAt(pos);
    const delta = pos - this.normStart[s];
    if (delta < this.segLen[s]) return [this.origStart[s] + delta, this.origStart[s] + delta + 1];
    const stands = this.stands.get(s);
    return stands === undefined ? null : [this.origStart[s], this.origStart[s] + stands];
  }
}

/** Offset → line/column lookups in a text (1-based line and column). */
export class LineIndex {
  private readonly starts: Int32Array;

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = Int32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  point(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }

  location(start: number, end: number): Location {
    const a = this.point(start);
    const b = this.point(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, length: end - start };
  }
}
