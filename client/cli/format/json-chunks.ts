/**
 * The text of JSON.stringify(value, null, 2) in pieces: the first `depth` levels of objects and arrays are written
 * member by member, deeper values each by JSON.stringify. The result of a 16 MB document is a JSON text of 17 MB,
 * and as one string (two bytes a character once a single curly quote is in it), a copy with its newline and the
 * bytes written it cost about 85 MB at the moment memory is fullest.
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ""): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const text = JSON.stringify(value, null, 2);
    yield text === undefined ? "null" : indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v: unknown = value[i];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonChunks(v, depth - 1, inner);
      yield i < value.length - 1 ? ",\n" : `\n${indent}]`;
    }
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    yield `${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
    yield i < entries.length - 1 ? ",\n" : `\n${indent}}`;
  }
}

/** Pieces joined into writes of about 64 KB (one write per piece would be thousands of small writes). */
export function* coalesce(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join("");
      buf = [];
      n = 0;
    }
  }
  if (n > 0) yield buf.join("");
}
