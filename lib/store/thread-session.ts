import path from "node:path";
import { Worker } from "node:worker_threads";
import { projectRoot } from "../io/paths";
import type { Sql } from "./db";
import type { SocketAddress } from "./lock";
import type { PgliteSession } from "./pglite-session";
import { OPENED, type CrossedError, type Reply, type Request, type ThreadData } from "./pglite-thread";

/** A request before it is numbered (Omit of each member of the union, not of the union). */
type Unnumbered<R> = R extends unknown ? Omit<R, "id"> : never;

/**
 * A binary parameter at least this large that owns its memory (binary-array.ts makes one per
 * statement: the articles' bodies go as one) is moved to the thread, not copied, and is empty
 * here afterwards; a smaller one costs less to copy than to move.
 */
const MOVED_BYTES = 64 * 1024;

function movedBuffers(params: readonly unknown[]): ArrayBuffer[] {
  const moved = new Set<ArrayBuffer>();
  for (const p of params) {
    if (p instanceof Uint8Array && p.byteLength >= MOVED_BYTES && p.buffer instanceof ArrayBuffer && p.byteOffset === 0 && p.byteLength === p.buffer.byteLength) moved.add(p.buffer);
  }
  return [...moved];
}

const rebuiltError = ({ message, fields }: CrossedError): Error => Object.assign(new Error(message), fields);

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Requests to the pglite thread and their replies. The thread keeps the process alive only while
 * a request waits for its reply, as pglite in this thread would: a process done with its work
 * ends whether or not it closed the store.
 */
class ThreadCalls {
  private next = OPENED + 1;
  private readonly waiting = new Map<number, Waiting>();
  private broken: Error | undefined;
  readonly opened: Promise<SocketAddress | undefined>;

  constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on("message", (reply: Reply) => this.settle(reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`the embedded store's thread stopped (exit code ${code})`)));
    this.opened = this.wait(OPENED);
  }

  call<T>(request: Unnumbered<Request>, moved: ArrayBuffer[] = []): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    const reply = this.wait<T>(id);
    this.worker.postMessage({ ...request, id }, moved);
    return reply;
  }

  private wait<T>(id: number): Promise<T> {
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  private settle({ id, value, error }: Reply): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
    if (error) waiting.reject(rebuiltError(error));
    else waiting.resolve(value);
  }

  /** After close: what is asked next fails with this. */
  closing(): void {
    this.broken ??= new Error("the embedded store is closed");
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.broken);
    this.waiting.clear();
  }
}

const threadSql = (calls: ThreadCalls, tx?: number): Sql => ({
  query: <T>(text: string, params: readonly unknown[] = []) => calls.call<T[]>({ op: "query", text, params, tx }, movedBuffers(params)),
  exec: (text: string) => calls.call<void>({ op: "exec", text, tx }),
});

/**
 * pglite in `dir` in a thread of its own (bin/pglite-thread.js; the caller holds the data-dir
 * lock): its WebAssembly and protocol run beside this thread's JavaScript instead of between it.
 * The same session as openPgliteSession's, its transactions' work running here.
 */
export async function openThreadSession(dir: string, serve: boolean): Promise<PgliteSession> {
  const worker = new Worker(path.join(/*turbopackIgnore: true*/ projectRoot(), "bin", "pglite-thread.js"), { workerData: { dir, serve } satisfies ThreadData, name: "pglite" });
  const calls = new ThreadCalls(worker);
  let address: SocketAddress | undefined;
  try {
    address = await calls.opened;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let transactions = 0;
  const sql = threadSql(calls);
  return {
    address,
    query: sql.query,
    exec: sql.exec,
    transaction: async (work) => {
      const tx = ++transactions;
      await calls.call({ op: "begin", tx });
      let result;
      try {
        result = await work(threadSql(calls, tx));
      } catch (error) {
        await calls.call({ op: "end", tx, commit: false });
        throw error;
      }
      await calls.call({ op: "end", tx, commit: true });
      return result;
    },
    close: async () => {
      try {
        await calls.call({ op: "close" });
      } finally {
        calls.closing();
        await worker.terminate();
      }
    },
  };
}
