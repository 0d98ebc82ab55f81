import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";
import { openPglite } from "./embedded-template";
import type { Db, Sql } from "./db";
import { lockDataDir, servingHolder, type StoreHolder } from "./lock";
import { SharedSession } from "./shared-session";
import { openThroughSocket } from "./socket-client";
import { serveStore, type ServedStore } from "./socket-server";
import { EMBEDDED_WAL_SETTINGS } from "./wal";

/**
 * pglite serializes every parameter by its type (an array into an array literal); a Buffer (a
 * binary array of binary-array.ts) must go as it is, which pglite then sends in the binary format.
 */
const passBinary = (db: PGlite): QueryOptions => ({
  serializers: new Proxy({}, { get: (_, oid: string) => (v: unknown) => (v instanceof Uint8Array ? v : (db.serializers[oid]?.(v) ?? String(v))) }),
});

const wrap = (db: PGlite | Transaction, binary: QueryOptions): Sql => ({
  query: async <T>(text: string, params: readonly unknown[] = []) => (await db.query<T>(text, [...params], params.some((p) => p instanceof Uint8Array) ? binary : undefined)).rows,
  exec: async (text: string) => void (await db.exec(text)),
});

export interface EmbeddedOptions {
  /** Serve the store to other local processes while this one holds it (a long-lived holder: the web server). */
  readonly serve?: boolean;
  /** Another process holds the store and serves it: this one goes through its socket (told here, to say so). */
  readonly onShared?: (holder: StoreHolder) => void;
}

/**
 * Embedded PostgreSQL (pglite, PostgreSQL compiled to WebAssembly) in `dir`,
 * locked for this process; or, when a live process holds `dir` and serves it,
 * that process's store through its socket.
 */
export async function openEmbedded(dir: string, holder: string, options: EmbeddedOptions = {}): Promise<Db> {
  const serving = servingHolder(dir);
  if (serving) {
    options.onShared?.(serving);
    return openThroughSocket(dir, serving);
  }
  const lock = lockDataDir(dir, holder);
  let db: PGlite | undefined;
  let served: ServedStore | undefined;
  try {
    db = await openPglite(dir, {});
    await db.exec(EMBEDDED_WAL_SETTINGS);
    const open = db;
    const binary = passBinary(open);
    const session = new SharedSession(open);
    if (options.serve) {
      served = await serveStore(session, dir);
      lock.announce(served.address);
    }
    const stopServing = served?.stop;
    return {
      kind: "embedded",
      where: dir,
      query: (text, params) => session.run(() => wrap(open, binary).query(text, params)),
      exec: (text) => session.run(() => wrap(open, binary).exec(text)),
      transaction: (work) => session.run(() => open.transaction((tx) => work(wrap(tx, binary)))),
      close: async () => {
        await stopServing?.();
        await open.close();
        lock.release();
      },
    };
  } catch (error) {
    await served?.stop();
    await db?.close();
    lock.release();
    throw error;
  }
}
