import { transcode } from "node:buffer";

/**
 * A string's UTF-8 bytes in a buffer of their own (never a slice of Node's
 * shared pool of small buffers, so they can be handed to another thread
 * without a copy). Through ICU: the string copied out as UTF-16 (a plain copy
 * for Arabic text, which V8 holds as UTF-16) and transcoded, which over the
 * JSON of Arabic articles took a fifth of the CPU of Buffer.byteLength and
 * Buffer.write (a tenth of a JSON run). ICU refuses a lone surrogate
 * (possible only from a file forced through --encoding utf-16): that string
 * goes through Buffer, which writes U+FFFD for it, as before. (Looking for
 * surrogates first, even with a plain character class, cost a third of the
 * encoding.)
 */
export function utf8Bytes(text: string): Buffer {
  try {
    return transcode(Buffer.from(text, "utf16le"), "utf16le", "utf8");
  } catch {
    const pooled = Buffer.from(text, "utf8");
    const own = Buffer.allocUnsafeSlow(pooled.length);
    pooled.copy(own);
    return own;
  }
}
