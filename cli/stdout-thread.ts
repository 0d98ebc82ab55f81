import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { projectRoot } from "../lib/io/paths";

/**
 * stdout written by a thread of its own (bin/stdout-writer.js), for output
 * going to a pipe. Node writes to a pipe asynchronously: the kernel takes
 * 64 KB, the rest of a block waits in the stream until the event loop turns,
 * and a thread that analyses batch after batch turns it only when it waits
 * for the reader. So `adasa analyze DIR --format json | …` (605 MB for
 * 100 MB of text) handed over a block, then sat idle while the reader took
 * it 64 KB at a time: about a tenth of a run's wall time, on the thread the
 * run waits for. Here the writer thread blocks on the pipe instead, and the
 * analysis goes on, up to a bounded backlog.
 */
export interface StdoutThread {
  /**
   * Hands a block over. Pieces that are the whole of their buffer are transferred (detached here), the others copied;
   * with `handOver`, every piece's buffer is transferred (the caller's alone, even where a piece is only part of it).
   */
  write(pieces: readonly Uint8Array[], handOver?: boolean): void;
  /** A buffer handed over earlier, written and sent back, of exactly `bytes` bytes, to be filled again; undefined when none is. */
  spare(bytes: number): ArrayBuffer | undefined;
  /** Resolves once at most `bytes` are handed over and not yet written. */
  below(bytes: number): Promise<void>;
  /** Resolves once everything handed over is written; the thread is then stopped. */
  close(): Promise<void>;
}

type Reply = { readonly written: number; readonly buffers: readonly ArrayBuffer[] } | { readonly failed: { readonly code?: string; readonly message: string } };

/** Whether fd 1 is a pipe (a shell's FIFO, or the socket pair Node gives a child process): a file is written synchronously anyway, and a terminal is left alone. */
function stdoutIsPipe(): boolean {
  try {
    const stat = fs.fstatSync(1);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/**
 * The pipe made blocking (libuv's uv_stream_set_blocking, which Node uses
 * for the same handles on Windows), so that the writer thread's writes wait
 * for the reader instead of failing with EAGAIN. False when it cannot be.
 */
function blockingStdout(): boolean {
  const handle = (process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => number } })._handle;
  return handle?.setBlocking?.(true) === 0;
}

/** A writer thread for stdout when stdout is a pipe that can be made blocking, else undefined (write as before). */
export function stdoutThread(): StdoutThread | undefined {
  if (!stdoutIsPipe() || !blockingStdout()) return undefined;
  // a small heap: the thread holds only the blocks in flight, whose bytes live outside it
  const worker = new Worker(path.join(projectRoot(), "bin", "stdout-writer.js"), { resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 } });
  let backlog = 0;
  const spares: ArrayBuffer[] = [];
  let failure: Error | undefined;
  let waiting: { bytes: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  const settle = () => {
    const still = [];
    for (const w of waiting) {
      if (failure) w.reject(failure);
      else if (backlog <= w.bytes) w.resolve();
      else still.push(w);
    }
    waiting = still;
  };
  worker.on("message", (reply: Reply) => {
    if ("written" in reply) {
      backlog -= reply.written;
      spares.push(...reply.buffers);
    }
    // a closed pipe (EPIPE: `adasa … | head`) goes where bin/adasa.js handles stdout's own errors
    else process.stdout.emit("error", (failure = Object.assign(new Error(reply.failed.message), { code: reply.failed.code })));
    settle();
  });
  worker.on("error", (error) => {
    failure = error;
    settle();
  });
  const below = (bytes: number) =>
    failure ? Promise.reject(failure) : backlog <= bytes ? Promise.resolve() : new Promise<void>((resolve, reject) => waiting.push({ bytes, resolve, reject }));
  return {
    write(pieces, handOver = false) {
      if (failure) return;
      const transfer = new Set<ArrayBuffer>();
      for (const p of pieces) {
        backlog += p.byteLength;
        const whole = p.byteOffset === 0 && p.byteLength === p.buffer.byteLength;
        if ((handOver || whole) && p.buffer instanceof ArrayBuffer) transfer.add(p.buffer);
      }
      worker.postMessage(pieces, [...transfer]);
    },
    spare(bytes) {
      // buffers of other sizes (a piece bigger than a block, a copied one) are dropped here
      for (let spare = spares.pop(); spare; spare = spares.pop()) if (spare.byteLength === bytes) return spare;
      return undefined;
    },
    below,
    async close() {
      try {
        await below(0);
      } finally {
        await worker.terminate();
      }
    },
  };
}
