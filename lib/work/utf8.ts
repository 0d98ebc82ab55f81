/**
 * Texts' UTF-8 in one buffer of their own, each text a view of it: the
 * buffer is never a slice of Node's shared pool of small buffers, so it can
 * be handed to another thread whole, without a copy (a worker's batch of
 * articles): one buffer to allocate and transfer per batch of 32 articles,
 * not one per article. Written by Buffer.write into a buffer sized for the
 * worst case (3 bytes per UTF-16 unit; the pages not written are never
 * touched). Its CPU is ICU's: over the JSON of 1,000 of the bench's articles
 * 30.5 ms against 29.6 ms for ICU's transcoding of each text into a buffer of
 * its own, and 29.7 ms for TextEncoder.encodeInto into a buffer sized 1.25
 * bytes per unit (least of 20, alternating). A lone surrogate (possible only
 * from a file forced through --encoding utf-16) is written as U+FFFD, as
 * Buffer.from writes it.
 */
export function utf8Views(texts: readonly string[]): { readonly views: Buffer[]; readonly buffer: ArrayBuffer } {
  let most = 0;
  for (const text of texts) most += text.length * 3;
  const all = Buffer.allocUnsafeSlow(most);
  let used = 0;
  const views = texts.map((text) => {
    const start = used;
    used += all.write(text, used);
    return all.subarray(start, used);
  });
  return { views, buffer: all.buffer as ArrayBuffer };
}
