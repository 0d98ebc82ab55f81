import type { PGlite, Transaction } from "@electric-sql/pglite";
import { openPglite } from "./embedded-template";
import type { Db, Sql } from "./db";
import { lockDataDir } from "./lock";

const wrap = (db: PGlite | Transaction): Sql => ({
  query: async <T>(text: string, params: readonly unknown[] = []) => (await db.query<T>(text, [...params])).rows,
  exec: async (text: string) => void (await db.exec(text)),
});

/** Embedded PostgreSQL (pglite, PostgreSQL compiled to WebAssembly) in `dir`, locked for this process. */
export async function openEmbedded(dir: string, holder: string): Promise<Db> {
  const release = lockDataDir(dir, holder);
  try {
    const db = await openPglite(dir, {});
    return {
      kind: "embedded",
      where: dir,
      ...wrap(db),
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      close: async () => {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
