import fs from "node:fs";
import path from "node:path";
import { expandPaths, isFileProblem } from "../io/files";
import { fileDigest, hashingSource, openByteSource, type ByteSource } from "../io/stream";
import { DecodeError } from "../io/decode";
import { HTML_EXTENSIONS, readArticleFile } from "./article-file";
import { readCsv } from "./csv";
import { skipped, type ExportIdentity, type ImportEvent, type ImportOptions, type SourceContext } from "./events";
import { readJsonArray } from "./json-array";
import { readJsonl } from "./jsonl";

/**
 * Reading what researchers hold: folders of articles (.md, .txt, saved
 * .html pages), CSV, JSONL and JSON-array exports, one article at a time, as
 * a stream of events. Pure reading: nothing is stored, nothing is deduplicated
 * here (fingerprint.ts gives the store what it needs for that).
 */

export type { ExportIdentity, ImportEvent, ImportOptions } from "./events";
export type { ImportedArticle, Field } from "./schema";
export { ImportedArticleSchema, FIELDS } from "./schema";
export { parseFieldMap, FieldMapError, FIELD_NAMES, type FieldMap } from "./fields";
export { contentHash, minhashSignature, lshBands, estimatedJaccard } from "./fingerprint";
export { normalizeDate } from "./dates";
export { extractHtmlArticle } from "./html";

type StreamReader = (source: ByteSource, ctx: SourceContext) => AsyncGenerator<ImportEvent>;
const STREAM_READERS: Readonly<Record<string, StreamReader>> = {
  ".csv": readCsv,
  ".jsonl": readJsonl,
  ".ndjson": readJsonl,
  ".json": readJsonArray,
};
/** What an import takes from a folder; a file named directly is read whatever its extension (as text). */
export const IMPORT_EXTENSIONS = [".md", ".markdown", ".txt", ...HTML_EXTENSIONS, ...Object.keys(STREAM_READERS)] as const;

/** What decides what an export's rows become, besides its bytes. */
const readOptionsKey = (ctx: SourceContext): string => {
  const { map, outlet, outletFromFolder, encoding } = ctx.options;
  return JSON.stringify({ map: map ?? null, outlet: outlet ?? null, outletFromFolder: outletFromFolder ?? false, folderOutlet: ctx.folderOutlet ?? null, encoding: encoding ?? null });
};

/** The identity of an export file when the caller asks about known files; undefined when not, or when it cannot be read (opening it says why). */
async function exportIdentity(file: string, ctx: SourceContext): Promise<ExportIdentity | undefined> {
  if (!ctx.options.isKnown) return undefined;
  try {
    return { ...(await fileDigest(file)), options: readOptionsKey(ctx) };
  } catch {
    return undefined;
  }
}

/** Whether a file must be hashed before it is read: the caller asks about known files, and one of its size may be. */
async function hashFirst(file: string, ctx: SourceContext): Promise<boolean> {
  const { isKnown, sizeKnown } = ctx.options;
  if (!isKnown) return false;
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  return size === undefined || !sizeKnown || (await sizeKnown(size, readOptionsKey(ctx)));
}

async function* readStream(file: string, reader: StreamReader, ctx: SourceContext): AsyncGenerator<ImportEvent> {
  // an export seen whole before is recognised by one hash of the file, and not read again
  const identity = (await hashFirst(file, ctx)) ? await exportIdentity(file, ctx) : undefined;
  if (identity && (await ctx.options.isKnown!(identity))) {
    yield { kind: "known", source: file, identity };
    return yield { kind: "progress", source: file, bytesRead: identity.size, bytesTotal: identity.size };
  }
  const opened = openByteSource(file);
  if (isFileProblem(opened)) return yield skipped(file, null, opened.reason);
  // a new export is hashed while it is parsed: its bytes are read once
  const digest = ctx.options.isKnown && !identity ? hashingSource(opened) : undefined;
  try {
    yield* reader(digest?.source ?? opened, ctx);
  } catch (error) {
    if (error instanceof DecodeError) return yield skipped(file, null, error.message);
    throw error;
  }
  const digested = digest?.digest();
  // a reader that stopped before the end leaves the rest unhashed: hash the file apart then
  const read = identity ?? (digest && (digested ? { ...digested, options: readOptionsKey(ctx) } : await exportIdentity(file, ctx)));
  if (read) yield { kind: "read", source: file, identity: read };
}

async function* readFile(file: string, ctx: SourceContext): AsyncGenerator<ImportEvent> {
  const reader = STREAM_READERS[path.extname(file).toLowerCase()];
  if (reader) return yield* readStream(file, reader, ctx);
  yield readArticleFile(file, ctx);
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  yield { kind: "progress", source: file, bytesRead: size, bytesTotal: size };
}

/** With outletFromFolder, the first sub-folder between the folder given and the file. */
function folderOutlet(root: string, file: string, options: ImportOptions): string | undefined {
  if (!options.outletFromFolder) return undefined;
  const parts = path.relative(root, file).split(path.sep);
  return parts.length >= 2 ? parts[0] : undefined;
}

/** Every article under `paths`, in order (folders sorted by name), with what was skipped and progress. */
export async function* readSources(paths: readonly string[], options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  for (const root of paths) {
    const { files, problems } = expandPaths([root], IMPORT_EXTENSIONS);
    for (const p of problems) yield skipped(p.path, null, p.reason);
    for (const file of files) yield* readFile(file, { options, folderOutlet: folderOutlet(root, file, options) });
  }
}
