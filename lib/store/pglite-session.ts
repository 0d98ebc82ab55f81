import type { PGlite } from "@electric-sql/pglite";
import { openPglite } from "./embedded-template";
import type { Db } from "./db";
import { passBinary, pgliteSql } from "./pglite-sql";
import type { SocketAddress } from "./lock";
import { SharedSession } from "./shared-session";
import { serveStore, type ServedStore } from "./socket-server";
import { EMBEDDED_WAL_SETTINGS } from "./wal";

/** PostgreSQL's type id of bytea. */
const BYTEA_OID = 17;

/**
 * The bytes of bytea's hex output (`\\x0a1b…`), in an array of their own: not a view into Buffer's
 * shared pool, which a message to pglite's thread would copy whole.
 */
function bytesOfHex(text: string): Uint8Array {
  const bytes = new Uint8Array((text.length - 2) >> 1);
  Buffer.from(bytes.buffer).write(text.slice(2), "hex");
  return bytes;
}

/**
 * bytea as pglite returns it (text, `\\x` and hex digits) into bytes in one native call: pglite's own
 * parser calls parseInt on every pair of digits, which was about a tenth of the CPU of reading
 * analyses back (`analyze --store`: the codes of every article). The bytes are the same.
 */
export const BYTEA_PARSERS = { [BYTEA_OID]: (text: string): Uint8Array => bytesOfHex(text) };

/** The embedded store's one session, as the store uses it, and the socket it is served on, if it is. */
export type PgliteSession = Pick<Db, "query" | "exec" | "transaction" | "close"> & { readonly address?: SocketAddress };

/**
 * pglite in `dir` (the caller holds the data-dir lock), in the thread that calls this: its
 * queries and transactions take turns with the socket's clients (SharedSession) when `serve`.
 */
export async function openPgliteSession(dir: string, serve: boolean): Promise<PgliteSession> {
  let db: PGlite | undefined;
  let served: ServedStore | undefined;
  try {
    db = await openPglite(dir, { parsers: BYTEA_PARSERS });
    await db.exec(EMBEDDED_WAL_SETTINGS);
    const open = db;
    const binary = passBinary(open);
    const sql = pgliteSql(open, binary);
    const session = new SharedSession(open);
    if (serve) served = await serveStore(session, dir);
    const stopServing = served?.stop;
    return {
      address: served?.address,
      query: (text, params) => session.run(() => sql.query(text, params)),
      exec: (text) => session.run(() => sql.exec(text)),
      transaction: (work) => session.run(() => open.transaction((tx) => work(pgliteSql(tx, binary)))),
      close: async () => {
        await stopServing?.();
        await open.close();
      },
    };
  } catch (error) {
    await served?.stop();
    await db?.close();
    throw error;
  }
}
