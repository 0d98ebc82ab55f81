import type { Db } from "./db";
import { lockDataDir, servingHolder, type StoreHolder } from "./lock";
import { openPgliteSession } from "./pglite-session";
import { openThroughSocket } from "./socket-client";
import { openThreadSession } from "./thread-session";

export interface EmbeddedOptions {
  /** Serve the store to other local processes while this one holds it (a long-lived holder: the web server). */
  readonly serve?: boolean;
  /** Another process holds the store and serves it: this one goes through its socket (told here, to say so). */
  readonly onShared?: (holder: StoreHolder) => void;
  /** pglite in this thread rather than a thread of its own (ADASA_PGLITE_THREAD=0, the default). */
  readonly inThisThread?: boolean;
}

/**
 * Embedded PostgreSQL (pglite, PostgreSQL compiled to WebAssembly) in `dir`,
 * locked for this process, in this thread or in a thread of its own (thread-session.ts); or,
 * when a live process holds `dir` and serves it, that process's store through its socket.
 */
export async function openEmbedded(dir: string, holder: string, options: EmbeddedOptions = {}): Promise<Db> {
  const serving = servingHolder(dir);
  if (serving) {
    options.onShared?.(serving);
    return openThroughSocket(dir, serving);
  }
  const lock = lockDataDir(dir, holder);
  try {
    const session = await (options.inThisThread ? openPgliteSession : openThreadSession)(dir, options.serve ?? false);
    try {
      if (session.address) lock.announce(session.address);
    } catch (error) {
      await session.close();
      throw error;
    }
    return {
      kind: "embedded",
      where: dir,
      query: session.query,
      exec: session.exec,
      transaction: session.transaction,
      close: async () => {
        await session.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
