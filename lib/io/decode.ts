import iconv from "iconv-lite";
import { isArabicLetter } from "../arabic/chars";

/**
 * Bytes → text for article files. Arabic news files come in UTF-8, UTF-16
 * (Windows "Unicode"), windows-1256 (Windows Arabic) and sometimes ISO-8859-6.
 * UTF-8 is tried strictly first, since a legacy file almost never decodes as
 * valid UTF-8 by chance; otherwise the legacy code page whose decoding looks
 * most like Arabic wins. iconv-lite does the decoding.
 */
export const LEGACY_ENCODINGS = ["windows-1256", "iso-8859-6"] as const;
export const SUPPORTED_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", ...LEGACY_ENCODINGS] as const;
export type Encoding = (typeof SUPPORTED_ENCODINGS)[number];

export class DecodeError extends Error {}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** A NUL byte, or many control characters, in the first 8 KiB: not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** How Arabic a decoding looks: Arabic letters count for it, Latin-1 accented letters and controls against it. */
function arabicScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) score += 1;
    else if ((c >= 0x80 && c <= 0x9f) || (c >= 0xc0 && c <= 0xff) || c === 0xfffd) score -= 2;
  }
  return score;
}

export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: iconv.decode(Buffer.from(bytes), forced, { stripBOM: true }), encoding: forced };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === undefined) throw new DecodeError("starts with a UTF-8 byte-order mark but is not valid UTF-8");
    return { text, encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(bytes), "utf-16le", { stripBOM: true }), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes), "utf-16be", { stripBOM: true }), encoding: "utf-16be" };
  if (looksBinary(bytes)) throw new DecodeError("binary file, not text");
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const candidates = LEGACY_ENCODINGS.map((encoding) => {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    return { text, encoding, score: arabicScore(text) };
  }).sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.score <= 0) {
    throw new DecodeError(`not valid UTF-8, and not Arabic text in ${LEGACY_ENCODINGS.join(" or ")}; give --encoding if you know it`);
  }
  return { text: best.text, encoding: best.encoding };
}
