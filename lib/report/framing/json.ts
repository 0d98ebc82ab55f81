import type { FramingReport } from "./model";

/**
 * The report as JSON: the text of `JSON.stringify(report, null, 2)` and a
 * newline, byte for byte, but in pieces, so a large report (63 MB at 10,000
 * articles) is never one string, and the articles list may be read again
 * from the store as it is written (an async iterable, written as an array).
 */
export async function* reportJson(r: FramingReport): AsyncGenerator<string> {
  yield* jsonPieces(r, "", 0);
  yield "\n";
}

/** Containers deeper than this are stringified whole (a time series' points: at most a calendar's worth). */
const SPLIT_DEPTH = 6;
const STEP = "  ";

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => typeof v === "object" && v !== null && Symbol.asyncIterator in v;

/** A value whose parts are all primitives: one piece, small whatever the depth (an article's row, a passage). */
const flat = (v: object) => Object.values(v).every((x) => x === null || typeof x !== "object");

/** JSON.stringify(value, null, 2) as written at `indent` (strings in JSON hold no raw line break, so every line break is the layout's). */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent ? text.replace(/\n/g, `\n${indent}`) : text;
}

/** `JSON.stringify(value, null, 2)` in pieces (written at `indent`, `depth` containers down). */
export async function* jsonPieces(value: unknown, indent = "", depth = 0): AsyncGenerator<string> {
  if (isAsyncIterable(value)) return yield* jsonArray(value, indent, depth);
  if (value === null || typeof value !== "object" || depth >= SPLIT_DEPTH || "toJSON" in value || flat(value)) return yield stringifyAt(value, indent);
  if (Array.isArray(value)) return yield* jsonArray(value, indent, depth);
  const inner = indent + STEP;
  let opened = false;
  for (const [key, v] of Object.entries(value)) {
    if (omitted(v)) continue;
    yield `${opened ? ",\n" : "{\n"}${inner}${JSON.stringify(key)}: `;
    opened = true;
    yield* jsonPieces(v, inner, depth + 1);
  }
  yield opened ? `\n${indent}}` : "{}";
}

async function* jsonArray(items: Iterable<unknown> | AsyncIterable<unknown>, indent: string, depth: number): AsyncGenerator<string> {
  const inner = indent + STEP;
  let opened = false;
  for await (const item of items) {
    yield `${opened ? ",\n" : "[\n"}${inner}`;
    opened = true;
    yield* jsonPieces(omitted(item) ? null : item, inner, depth + 1);
  }
  yield opened ? `\n${indent}]` : "[]";
}
