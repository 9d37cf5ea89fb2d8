import { crc32, inflateRawSync } from "node:zlib";

/** Why a zip could not be unpacked within its budget. */
export class ZipLimitError extends Error {
  constructor(
    readonly kind: "too-large" | "malformed",
    readonly inflated: number,
  ) {
    super(kind);
  }
}

interface Entry {
  name: Buffer;
  flags: number;
  data: Buffer;
}

/**
 * Unpacks every entry of a zip while counting the bytes as they inflate, and stops as soon as the total
 * passes `maxTotal` (the sizes in the zip's directories can be forged, so they are not trusted). Returns
 * the same archive with every entry stored uncompressed, for readers (mammoth's jszip) that would
 * otherwise inflate without a bound.
 */
export function unpackBounded(buf: Buffer, maxTotal: number): Buffer {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new ZipLimitError("malformed", 0);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) throw new ZipLimitError("malformed", total);
    const flags = buf.readUInt16LE(offset + 8);
    const method = buf.readUInt16LE(offset + 10);
    const compressed = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const local = buf.readUInt32LE(offset + 42);
    const name = buf.subarray(offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new ZipLimitError("malformed", total);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw new ZipLimitError("malformed", total);
    const raw = buf.subarray(start, start + compressed);
    const budget = maxTotal - total;
    let data: Buffer;
    if (method === 0) {
      if (raw.length > budget) throw new ZipLimitError("too-large", total + raw.length);
      data = raw;
    } else if (method === 8) {
      try {
        // maxOutputLength makes zlib stop inflating once the budget is used up.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new ZipLimitError("too-large", total + budget + 1);
        throw new ZipLimitError("malformed", total);
      }
      if (data.length > budget) throw new ZipLimitError("too-large", total + data.length);
    } else {
      throw new ZipLimitError("malformed", total);
    }
    total += data.length;
    entries.push({ name, flags: flags & 0x0800, data });
  }
  return storedZip(entries);
}

/** A zip with every entry stored (method 0) and its true sizes and checksum. */
function storedZip(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.flags, 6);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(e.name.length, 26);
    parts.push(lh, e.name, e.data);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.flags, 8);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.data.length, 24);
    ch.writeUInt16LE(e.name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
