import type { Db } from "./db";
import type { SocketAddress, StoreHolder } from "./lock";
import { openPool } from "./server";

/** The process serving the store went away (stopped, killed) while this one used it. */
export class StoreLostError extends Error {}

/**
 * The embedded store another process holds, through the socket it serves
 * (socket-server.ts), with the same pg code as a PostgreSQL server. The
 * holder's one PostgreSQL serialises both processes' transactions.
 */
export function openThroughSocket(dir: string, held: StoreHolder & { socket: SocketAddress }): Promise<Db> {
  const who = `${held.holder} (process ${held.pid})`;
  return openPool(
    // pglite asks no password and has one database, whatever the client names
    { host: held.socket.host, port: held.socket.port, user: "postgres", database: "postgres" },
    {
      kind: "embedded",
      where: dir,
      lost: (error) =>
        new StoreLostError(`lost the store held by ${who} in ${dir} (${error.message}); what was not committed was not written: run the command again, or stop ${held.holder} to use the store directly`),
    },
  );
}
