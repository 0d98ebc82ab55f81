import { transcode } from "node:buffer";

/**
 * A string's UTF-8 bytes in a buffer of their own (never a slice of Node's
 * shared pool of small buffers, so they can be handed to another thread
 * without a copy). Through ICU: the string copied out as UTF-16 (a plain copy
 * for Arabic text, which V8 holds as UTF-16) and transcoded, which over the
 * JSON of Arabic articles took a fifth of the CPU of Buffer.byteLength and
 * Buffer.write (a tenth of a JSON run). A string with a surrogate (an emoji,
 * or a lone one, possible only from a file forced through --encoding utf-16)
 * goes through Buffer, which writes U+FFFD for a lone one, as before: ICU
 * refuses it. (Looking for lone surrogates alone, with /\p{Cs}/u, cost more
 * than the encoding.)
 */
const SURROGATE = /[\ud800-\udfff]/;

export function utf8Bytes(text: string): Buffer {
  if (!SURROGATE.test(text)) return transcode(Buffer.from(text, "utf16le"), "utf16le", "utf8");
  const pooled = Buffer.from(text, "utf8");
  const own = Buffer.allocUnsafeSlow(pooled.length);
  pooled.copy(own);
  return own;
}
