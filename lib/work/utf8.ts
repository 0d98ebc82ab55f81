/**
 * Texts' UTF-8 in one buffer of their own, each text a view of it: the
 * buffer is never a slice of Node's shared pool of small buffers, so it can
 * be handed to another thread whole, without a copy (a worker's batch of
 * articles): one buffer to allocate and transfer per batch of 32 articles,
 * not one per article. Written by Buffer.write (ICU's transcoding: over the
 * JSON of 1,000 of the bench's articles 30.5 ms against 29.6 ms for a buffer
 * per text, and 29.7 ms for TextEncoder.encodeInto, least of 20,
 * alternating). A lone surrogate (possible only from a file forced through
 * --encoding utf-16) is written as U+FFFD, as Buffer.from writes it.
 *
 * Texts are added one at a time, each as soon as it is made, so that it dies
 * young: a batch's texts kept until the batch ended (a CSV article is a rope
 * of some thousand pieces, a JSON one 60 KB of UTF-16) were copied by every
 * scavenge that met them on their way.
 */
export class Utf8Batch {
  private bytes: Buffer;
  private used = 0;
  private readonly ends: number[] = [];

  /** `capacity`: bytes to start with; the pages never written are never touched. */
  constructor(capacity = 1 << 16) {
    this.bytes = Buffer.allocUnsafeSlow(capacity);
  }

  /** Writes the text's UTF-8 after the texts before it; the buffer grows (doubling, the bytes copied) when a text might not fit. */
  add(text: string): void {
    // at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units)
    const most = this.used + text.length * 3;
    if (most > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, most));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(text, this.used);
    this.ends.push(this.used);
  }

  /** Each text's bytes, in the order added, as views of the one buffer under them all. */
  finish(): { readonly views: Buffer[]; readonly buffer: ArrayBuffer } {
    const views = this.ends.map((end, i) => this.bytes.subarray(i === 0 ? 0 : this.ends[i - 1], end));
    return { views, buffer: this.bytes.buffer as ArrayBuffer };
  }
}

/** The UTF-8 of texts at hand, as views of one buffer of their own (see Utf8Batch). */
export function utf8Views(texts: readonly string[]): { readonly views: Buffer[]; readonly buffer: ArrayBuffer } {
  let most = 0;
  for (const text of texts) most += text.length * 3;
  const batch = new Utf8Batch(Math.max(most, 1));
  for (const text of texts) batch.add(text);
  return batch.finish();
}
