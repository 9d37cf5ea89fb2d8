import { deflateRawSync } from "node:zlib";

// Hostile and awkward inputs, built in the tests themselves.

/**
 * A zip whose entries would inflate to `entries × entryBytes` (a zip bomb), with a word/document.xml;
 * `declaredBytes` forges the sizes its directories claim.
 */
export function zipBomb(entries = 10, entryBytes = 30 * 1024 * 1024, declaredBytes = entryBytes): Buffer {
  const data = deflateRawSync(Buffer.alloc(entryBytes, 0), { level: 9 });
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < entries; i++) {
    const name = Buffer.from(i === 0 ? "word/document.xml" : `word/media/pad${i}.bin`);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8); // deflate
    lh.writeUInt32LE(0, 14); // crc (not checked before the size check)
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(declaredBytes, 22);
    lh.writeUInt16LE(name.length, 26);
    local.push(lh, name, data);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(declaredBytes, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** What a password-protected Word file looks like: an OLE compound file (EncryptedPackage), not a zip. */
export function encryptedDocx(): Buffer {
  const b = Buffer.alloc(4096, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.write("EncryptedPackage", 1024, "utf16le");
  return b;
}

/** A PDF with a Standard security handler and an unknown user password. */
export function encryptedPdf(): Buffer {
  const hex = (n: number) => "AB".repeat(n);
  const objects = [
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
    "4 0 obj << /Length 8 >> stream\nabcdefgh\nendstream endobj",
    `5 0 obj << /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >> endobj`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(Buffer.byteLength(body));
    body += `${o}\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Text as UTF-16 (little endian, with or without BOM). */
export function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

/** Text as Windows-1252 (the Dutch letters of Latin-1 map one byte each). */
export function windows1252(text: string): Buffer {
  return Buffer.from(text, "latin1");
}
