import { createHash } from "node:crypto";
import fs from "node:fs";
import { describeFsError, type FileProblem } from "./files";

/** Chunks of a file as read, for exports too big to hold (a 2 GB CSV is never in memory). */
export interface ByteSource {
  readonly path: string;
  readonly size: number;
  readonly chunks: AsyncIterable<Buffer>;
}

/** Bytes read at a time: also how much the encoding is detected on. */
export const CHUNK_BYTES = 64 * 1024;

/** Opens a file for streaming, or says why it cannot be read. */
export function openByteSource(file: string): ByteSource | FileProblem {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { path: file, reason: "is a folder, not a file" };
    if (stat.size === 0) return { path: file, reason: "empty file" };
    fs.accessSync(file, fs.constants.R_OK);
    return { path: file, size: stat.size, chunks: fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }) };
  } catch (error) {
    return { path: file, reason: describeFsError(error) };
  }
}

/** What tells an unchanged file from a changed one: its size and the SHA-256 of its bytes (streamed, never held). */
export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

/** A digest taken chunk by chunk, as bytes go by. */
function digester() {
  const hash = createHash("sha256");
  let size = 0;
  return {
    add(chunk: Buffer): void {
      hash.update(chunk);
      size += chunk.length;
    },
    get size(): number {
      return size;
    },
    digest: (): FileDigest => ({ size, sha256: hash.digest("hex") }),
  };
}

export async function fileDigest(file: string): Promise<FileDigest> {
  const digest = digester();
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) digest.add(chunk);
  return digest.digest();
}

/**
 * A byte source that hashes the bytes its reader takes, so a file parsed once is also hashed
 * once; the digest once every byte was taken, else undefined (a reader that stopped early).
 */
export function hashingSource(source: ByteSource): { readonly source: ByteSource; digest(): FileDigest | undefined } {
  const digest = digester();
  async function* chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of source.chunks) {
      digest.add(chunk);
      yield chunk;
    }
  }
  return { source: { ...source, chunks: chunks() }, digest: () => (digest.size === source.size ? digest.digest() : undefined) };
}

/** A file's bytes, for a second look at a file already read and decoded (its size was checked then). */
export const readBytes = (file: string): Buffer => fs.readFileSync(file);
