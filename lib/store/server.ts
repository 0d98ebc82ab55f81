import pg from "pg";
import type { Db, Sql } from "./db";

type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

const wrap = (client: Queryable): Sql => ({
  query: async <T>(text: string, params: readonly unknown[] = []) => (await client.query(text, [...params])).rows as T[],
  exec: async (text: string) => void (await client.query(text)),
});

/** The URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

/** A PostgreSQL server: a small pool, one connection per transaction. */
export async function openServer(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => undefined); // an idle connection dropped by the server is replaced on next use
  await pool.query("SELECT 1"); // fail now, with the driver's message, if the server is unreachable
  return {
    kind: "server",
    where: redacted(url),
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
