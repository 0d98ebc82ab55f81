import type { ByteSource } from "../io/stream";
import type { ImportEvent, SourceContext } from "./events";
import { skipped } from "./events";
import { RecordReader } from "./records";
import { decodeStream } from "./text-stream";

/** Whole lines of a text stream, numbered from 1 (a final line without a line break included). */
async function* numberedLines(text: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let carry = "";
  let line = 0;
  for await (const chunk of text) {
    const parts = (carry + chunk).split("\n");
    carry = parts.pop()!;
    for (const part of parts) yield { line: ++line, text: part.endsWith("\r") ? part.slice(0, -1) : part };
  }
  if (carry) yield { line: ++line, text: carry };
}

/** A JSONL/NDJSON export, line by line: a line that is not JSON is skipped with its number, blank lines are ignored. */
export async function* readJsonl(source: ByteSource, ctx: SourceContext): AsyncGenerator<ImportEvent> {
  const file = source.path;
  const decoded = await decodeStream(source, ctx.options.encoding);
  const reader = new RecordReader(file, decoded.encoding, ctx);
  let reported = 0;
  for await (const { line, text } of numberedLines(decoded.text)) {
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield skipped(file, line, `not JSON: ${(error as Error).message}`);
      continue;
    }
    yield reader.read(value, line, `${file}#${line}`);
    if (decoded.bytesRead() - reported >= 1 << 20) {
      reported = decoded.bytesRead();
      yield { kind: "progress", source: file, bytesRead: reported, bytesTotal: source.size };
    }
  }
  yield { kind: "progress", source: file, bytesRead: source.size, bytesTotal: source.size };
}
