import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";
import type { Sql } from "./db";

/**
 * pglite serializes every parameter by its type (an array into an array literal); a Buffer (a
 * binary array of binary-array.ts) must go as it is, which pglite then sends in the binary format.
 */
export const passBinary = (db: PGlite): QueryOptions => ({
  serializers: new Proxy({}, { get: (_, oid: string) => (v: unknown) => (v instanceof Uint8Array ? v : (db.serializers[oid]?.(v) ?? String(v))) }),
});

/** pglite (or one of its transactions) as the store's Sql, Buffers passed as binary parameters. */
export const pgliteSql = (db: PGlite | Transaction, binary: QueryOptions): Sql => ({
  query: async <T>(text: string, params: readonly unknown[] = []) => (await db.query<T>(text, [...params], params.some((p) => p instanceof Uint8Array) ? binary : undefined)).rows,
  exec: async (text: string) => void (await db.exec(text)),
});
