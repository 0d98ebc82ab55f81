import { once } from "node:events";
import type { FileProblem } from "../lib/io/files";
import { printable } from "../lib/io/printable";
import { ValidationError } from "../lib/lexicon/problems";
import { stdoutThread, type StdoutThread } from "./stdout-thread";

/** Where a command writes: injectable so tests can run commands in-process too. */
export interface Io {
  /** Text, or text already encoded as UTF-8 (the articles a worker thread serialised). */
  readonly stdout: (chunk: string | Uint8Array) => void;
  /** Several pieces of UTF-8 written as one (one writev), when the output can: no copy into one block. */
  readonly stdoutPieces?: (pieces: readonly Uint8Array[]) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY: boolean;
  /** Resolves once stdout has taken what was written, so a long output waits for its reader instead of piling up in memory. */
  readonly stdoutDrained?: () => Promise<void>;
  /** A thread of its own writing stdout, where that helps (a pipe: cli/stdout-thread.ts); undefined where it does not. */
  readonly stdoutThread?: () => StdoutThread | undefined;
}

export const processIo: Io = {
  stdout: (chunk) => process.stdout.write(chunk),
  stdoutPieces: (pieces) => {
    // corked, the stream hands every piece to one writev system call when uncorked
    process.stdout.cork();
    for (const piece of pieces) process.stdout.write(piece);
    process.stdout.uncork();
  },
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutDrained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
  },
  stdoutThread,
};

/** Every message naming a file goes through `printable`: a name with a line break must not forge a line. */
export const reportSkipped = (io: Io, p: FileProblem) => io.stderr(`adasa: skipped ${printable(p.path)}: ${printable(p.reason)}\n`);

export function reportValidation(io: Io, what: string, error: ValidationError): void {
  const source = printable(error.source);
  io.stderr(`adasa: ${what} ${source} is refused:\n`);
  for (const p of error.problems) io.stderr(`  ${source}: ${printable(p.where)}: ${printable(p.message)}\n`);
}

/**
 * Bytes a writer thread may hold before the writer waits for it: a few
 * blocks, so the analysis runs on while the reader takes them, and memory
 * stays bounded when the reader is slower.
 */
const THREAD_BACKLOG_BLOCKS = 8;

export interface BufferedStdout {
  /** Text, or UTF-8 bytes that are handed over: the caller does not touch them again (a writer thread may take their buffer). */
  readonly write: (chunk: string | Uint8Array) => void;
  readonly flush: () => void;
  /** Resolves when more may be written without piling up in memory. */
  readonly drained: () => Promise<void>;
  /** Flushes, and resolves once everything is written (by the writer thread, when there is one). */
  readonly finished: () => Promise<void>;
}

/**
 * Collects small writes into blocks of about 64 KB of UTF-8 before they
 * reach stdout: a streamed analysis writes article by article, and one write
 * call per article would cost more than the text. The block is gathered as
 * bytes, never as one string: joining the texts of a few articles into one
 * long Arabic string (or building it with +) cost more CPU than the analysis
 * of a JSON run (each such string lands in V8's large-object space and
 * brings on full garbage collections), while encoding each piece and
 * concatenating the bytes costs a tenth of that. Where the output takes
 * pieces (stdoutPieces), the block's pieces are not even copied into one: a
 * JSON run's 600 MB of articles went through Buffer.concat. With
 * `offThread`, blocks go to a writer thread where the output has one (a
 * pipe), so this thread never waits on the reader for less than a backlog;
 * see threadBlocks for how those blocks are made.
 */
export function bufferedStdout(io: Io, blockBytes = 65536, options: { offThread?: boolean } = {}): BufferedStdout {
  const thread = options.offThread ? io.stdoutThread?.() : undefined;
  if (thread) return threadBlocks(thread, blockBytes);
  let pending: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    if (pending.length === 1) io.stdout(pending[0]!);
    else if (io.stdoutPieces) io.stdoutPieces(pending);
    else io.stdout(Buffer.concat(pending, size));
    pending = [];
    size = 0;
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      pending.push(bytes);
      size += bytes.length;
      if (size >= blockBytes) flush();
    },
    flush,
    drained: () => io.stdoutDrained?.() ?? Promise.resolve(),
    finished: async () => flush(),
  };
}

/**
 * Blocks for a writer thread: one buffer of `blockBytes`, filled with copies
 * of the pieces (text encoded straight into it) and handed over whole
 * (transferred) when full: one message and one write system call per block.
 * Handing the pieces themselves over, an article's bytes and each separator
 * as its own buffer, cost a JSON run about 40,000 transferred or copied
 * buffers and as many writes; a block's copy is a memcpy. A piece is cut
 * where a block ends (the output is a stream of bytes), so every block but
 * the last is full.
 */
function threadBlocks(thread: StdoutThread, blockBytes: number): BufferedStdout {
  // a block the thread has written and sent back is filled again: no new megabyte per block
  const fresh = () => {
    const spare = thread.spare(blockBytes);
    return spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(blockBytes);
  };
  let block = fresh();
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    thread.write([block.subarray(0, used)], true);
    block = fresh();
    used = 0;
  };
  const append = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; ) {
      const n = Math.min(bytes.length - at, blockBytes - used);
      block.set(at === 0 && n === bytes.length ? bytes : bytes.subarray(at, at + n), used);
      used += n;
      at += n;
      if (used === blockBytes) flush();
    }
  };
  return {
    write(chunk) {
      // a string's UTF-8 takes at most 3 bytes per UTF-16 unit: one that surely fits is encoded in place
      if (typeof chunk !== "string") append(chunk);
      else if (chunk.length * 3 <= blockBytes - used) used += block.write(chunk, used);
      else append(Buffer.from(chunk));
      if (used === blockBytes) flush();
    },
    flush,
    drained: () => thread.below(THREAD_BACKLOG_BLOCKS * blockBytes),
    finished: async () => {
      flush();
      await thread.close();
    },
  };
}
