import { Readable } from "node:stream";
import StreamArray from "stream-json/streamers/StreamArray";
import type { ByteSource } from "../io/stream";
import { skipped, type ImportEvent, type SourceContext } from "./events";
import { RecordReader } from "./records";
import { decodeStream } from "./text-stream";

/**
 * A JSON array of article objects, streamed with stream-json: one element
 * is in memory at a time. JSON has no rows, so `line` is null and an
 * article without id or url is known as `${file}#${item number}`. Broken
 * JSON stops the file where it breaks (the articles before it are kept).
 */
export async function* readJsonArray(source: ByteSource, ctx: SourceContext): AsyncGenerator<ImportEvent> {
  const file = source.path;
  const decoded = await decodeStream(source, ctx.options.encoding);
  const reader = new RecordReader(file, decoded.encoding, ctx);
  const items = StreamArray.withParser();
  const input = Readable.from(decoded.text);
  input.on("error", (error) => items.destroy(error));
  input.pipe(items);
  let reported = 0;
  try {
    for await (const { key, value } of items as AsyncIterable<{ key: number; value: unknown }>) {
      yield reader.read(value, null, `${file}#${key + 1}`, key + 1);
      if (decoded.bytesRead() - reported >= 1 << 20) {
        reported = decoded.bytesRead();
        yield { kind: "progress", source: file, bytesRead: reported, bytesTotal: source.size };
      }
    }
  } catch (error) {
    yield skipped(file, null, `not a JSON array of articles: ${(error as Error).message}; nothing after that point was read`);
  } finally {
    input.destroy();
  }
  yield { kind: "progress", source: file, bytesRead: source.size, bytesTotal: source.size };
}
