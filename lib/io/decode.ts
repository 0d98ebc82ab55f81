import { isUtf8, transcode } from "node:buffer";
import type Iconv from "iconv-lite";
import { isArabicLetter } from "../arabic/chars";
import { lazy } from "../work/lazy";

/**
 * Bytes → text for article files. Arabic news files come in UTF-8, UTF-16
 * (Windows "Unicode"), windows-1256 (Windows Arabic) and sometimes ISO-8859-6.
 * UTF-8 is tried strictly first, since a legacy file almost never decodes as
 * valid UTF-8 by chance. A file that is mostly UTF-8 with a few invalid bytes
 * (a truncated copy, a bad paste) is refused with where the first one is:
 * decoding it as windows-1256 would turn every Arabic letter into mojibake
 * and silently match nothing. Otherwise the legacy code page whose decoding
 * looks most like Arabic wins. UTF-16 without a byte-order mark is told by
 * its zero bytes, all in odd (LE) or all in even (BE) positions. iconv-lite
 * does the decoding.
 */
export const LEGACY_ENCODINGS = ["windows-1256", "iso-8859-6"] as const;
export const SUPPORTED_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", ...LEGACY_ENCODINGS] as const;
export type Encoding = (typeof SUPPORTED_ENCODINGS)[number];

export class DecodeError extends Error {}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

/** iconv-lite, loaded for the first file that is not UTF-8: a folder of UTF-8 files never needs it. */
const iconv = lazy(() => require("iconv-lite") as typeof Iconv);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A NUL, or over 5% control characters (tabs and line breaks aside), among these bytes or characters: not text. */
function controlsSayBinary(codes: ArrayLike<number>): boolean {
  let control = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return codes.length > 0 && control / codes.length > 0.05;
}

/** Judged on the first 8 KiB. */
export const looksBinary = (bytes: Uint8Array): boolean => controlsSayBinary(bytes.subarray(0, 8192));

/**
 * UTF-16 without a byte-order mark: ASCII characters (spaces, line breaks,
 * digits) have a zero high byte, so the zeros are all on one side (odd
 * positions little-endian, even big-endian), and a real share of them; a
 * binary file has zeros on both sides. The decoding must be valid and text.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = head.length / 2;
  const encoding = odd >= pairs * 0.02 && even === 0 ? "utf-16le" : even >= pairs * 0.02 && odd === 0 ? "utf-16be" : undefined;
  if (!encoding || bytes.length % 2 !== 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const firstChars = Array.from(text.slice(0, 8192), (ch) => ch.charCodeAt(0));
  return controlsSayBinary(firstChars) ? undefined : { text, encoding };
}

/**
 * Bytes that are not valid UTF-8 but mostly decode as it (more valid non-ASCII
 * characters than invalid sequences): UTF-8 with some invalid bytes, not a
 * legacy code page, where nearly every letter is an invalid sequence.
 */
function damagedUtf8(bytes: Uint8Array): DecodeError | undefined {
  const lossy = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80) valid++;
  }
  if (valid <= invalid) return undefined;
  const line = lossy.slice(0, lossy.indexOf("\ufffd")).split("\n").length;
  return new DecodeError(
    `not valid UTF-8: ${invalid} invalid byte sequence(s), the first on line ${line}; fix the file, or give --encoding utf-8 to read it with each replaced by \ufffd`,
  );
}

/**
 * The text of valid UTF-8 bytes (a leading byte-order mark dropped, as
 * TextDecoder drops it), else undefined. Checked by Node's isUtf8, then
 * transcoded to UTF-16 by ICU and taken as a string as it is: Arabic text
 * goes through nine times faster than Buffer's own UTF-8 decoding (which
 * took a twentieth of a run over a folder of small files), and for valid
 * UTF-8 the two give the same string (a property test checks it).
 */
function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = transcodeUtf8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function transcodeUtf8(bytes: Uint8Array): string {
  return transcode(bytes, "utf8", "utf16le").toString("utf16le");
}

/**
 * UTF-8 bytes to text exactly as Buffer's own decoding gives it (invalid sequences become
 * U+FFFD, a byte-order mark stays), through ICU when the bytes are valid: the benchmark's
 * reader, which must decode as fast as the command line does.
 */
export function utf8Text(bytes: Uint8Array): string {
  return isUtf8(bytes) ? transcodeUtf8(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** A control character that is not a tab or a line break: text with none is no binary file, whatever else it holds. */
const CONTROL = /[\x00-\x08\x0e-\x1f]/;

/**
 * The usual file, decoded with the fewest looks at it: valid UTF-8 with no
 * control character. Whatever else (a byte-order mark of UTF-16, zero bytes,
 * controls, invalid bytes) gives undefined and goes the whole way through
 * decodeBytes, which would decode this file to the same text: without zero
 * bytes it is not UTF-16, and without controls it is not binary.
 */
function plainUtf8(bytes: Uint8Array): string | undefined {
  // a byte-order mark takes decodeBytes' own way, which drops one more after it
  if (startsWith(bytes, UTF8_BOM)) return undefined;
  const text = decodeUtf8Strict(bytes);
  return text === undefined || CONTROL.test(text) ? undefined : text;
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
  if (forced) return { text: iconv().decode(Buffer.from(bytes), forced, { stripBOM: true }), encoding: forced };
  const plain = plainUtf8(bytes);
  if (plain !== undefined) return { text: plain, encoding: "utf-8" };
  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === undefined) throw new DecodeError("starts with a UTF-8 byte-order mark but is not valid UTF-8");
    return { text, encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv().decode(Buffer.from(bytes), "utf-16le", { stripBOM: true }), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv().decode(Buffer.from(bytes), "utf-16be", { stripBOM: true }), encoding: "utf-16be" };
  // UTF-16 without a byte-order mark has zero bytes early on; most files have none, and memchr finds that at once
  const utf16 = bytes.subarray(0, 8192).indexOf(0) >= 0 ? utf16WithoutBom(bytes) : undefined;
  if (utf16) return utf16;
  if (looksBinary(bytes)) throw new DecodeError("binary file, not text");
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const damaged = damagedUtf8(bytes);
  if (damaged) throw damaged;
  const candidates = LEGACY_ENCODINGS.map((encoding) => {
    const text = iconv().decode(Buffer.from(bytes), encoding);
    return { text, encoding, score: arabicScore(text) };
  }).sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.score <= 0) {
    throw new DecodeError(`not valid UTF-8, and not Arabic text in ${LEGACY_ENCODINGS.join(" or ")}; give --encoding if you know it`);
  }
  return { text: best.text, encoding: best.encoding };
}
