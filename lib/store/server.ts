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

/**
 * Connections to a server: an import writes up to IMPORT_CONNECTIONS_MAX batches at once, and
 * links and looks up on two more (cli/commands/import.ts).
 */
export const SERVER_POOL_SIZE = 8;

/** A PostgreSQL server: a small pool, one connection per transaction. */
export function openServer(url: string): Promise<Db> {
  return openPool({ connectionString: url, max: SERVER_POOL_SIZE }, { kind: "server", where: redacted(url) });
}

export interface PoolPlace {
  readonly kind: Db["kind"];
  readonly where: string;
  /** Turns a lost connection (not an SQL error) into the message the user should read. */
  readonly lost?: (error: Error) => Error;
}

/** The socket refused, gone or cut mid-answer (pg's own words for the last), as opposed to an SQL error or a bug. */
const isConnectionLoss = (error: Error): boolean =>
  ["ECONNREFUSED", "ECONNRESET", "ENOENT", "EPIPE"].includes((error as NodeJS.ErrnoException).code ?? "") || /Connection terminated|not queryable/i.test(error.message);

/**
 * PostgreSQL through `pg`: a server (DATABASE_URL), or the embedded store of
 * another process through the socket it serves (socket-client.ts). One set of
 * queries for both.
 */
export async function openPool(config: pg.PoolConfig, place: PoolPlace): Promise<Db> {
  const pool = new pg.Pool({ max: 4, ...config });
  pool.on("error", () => undefined); // an idle connection dropped by the server is replaced on next use
  const explained = <T>(work: () => Promise<T>): Promise<T> =>
    place.lost ? work().catch((error: Error) => Promise.reject(isConnectionLoss(error) ? place.lost!(error) : error)) : work();
  await explained(() => pool.query("SELECT 1")); // fail now, with the driver's message, if the server is unreachable
  const sql = wrap(pool);
  return {
    kind: place.kind,
    where: place.where,
    query: (text, params) => explained(() => sql.query(text, params)),
    exec: (text) => explained(() => sql.exec(text)),
    transaction: (work) =>
      explained(async () => {
        const client = await pool.connect();
        // a connection lost between two statements is an 'error' event on the checked-out client, which would end the process; the next statement rejects with it instead
        const quiet = () => undefined;
        client.on("error", quiet);
        try {
          await client.query("BEGIN");
          const result = await work(wrap(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.off("error", quiet);
          client.release();
        }
      }),
    close: () => pool.end(),
  };
}
