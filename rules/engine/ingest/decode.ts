import { InputError } from "../errors.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** True when UTF-8 that had been decoded as Latin-1 once too often was repaired. */
  repairedMojibake: boolean;
}

const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Bytes → text. Refuses binary data and undecodable text instead of producing mojibake. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(utf8(bytes.subarray(3)), "utf-8");
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16);
  if (looksBinary(bytes)) {
    throw new InputError("BINARY_INPUT", "De invoer is binaire data, geen tekst. / The input is binary data, not text.");
  }
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    for (const b of bytes) {
      if (UNDEFINED_1252.has(b)) {
        throw new InputError(
          "ENCODING_ERROR",
          "De tekstcodering is niet te herkennen (geen UTF-8, UTF-16 of Windows-1252). / The text encoding is not recognised (not UTF-8, UTF-16 or Windows-1252).",
        );
      }
    }
    return finish(new TextDecoder("windows-1252").decode(bytes), "windows-1252");
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("ENCODING_ERROR", "Ongeldige UTF-8 na de BOM. / Invalid UTF-8 after the byte-order mark.");
  }
}

/** UTF-16 without BOM: every other byte is NUL for Latin text. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.01;
}

function finish(text: string, encoding: Decoded["encoding"]): Decoded {
  if (/[\u0000]/.test(text.slice(0, 65536))) {
    throw new InputError("BINARY_INPUT", "De invoer is binaire data, geen tekst. / The input is binary data, not text.");
  }
  // UTF-8 read as Latin-1 and saved again ("beÃ¯nvloeden"): repair when the pattern is unmistakable.
  const suspicious = text.match(/[ÃÂ][\u0080-\u00bf]/g);
  if (suspicious && suspicious.length >= 3) {
    const bytes = Uint8Array.from(Array.from(text, (c) => c.charCodeAt(0) & 0xff));
    try {
      if ([...text].every((c) => c.charCodeAt(0) < 256)) {
        const fixed = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        return { text: fixed, encoding, repairedMojibake: true };
      }
    } catch {
      /* not double-encoded after all */
    }
  }
  return { text, encoding, repairedMojibake: false };
}
