import fs from "node:fs";
import path from "node:path";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { SocketAddress } from "./lock";
import type { SharedSession } from "./shared-session";

/** pg finds a Unix socket as `HOST/.s.PGSQL.PORT`, HOST a folder, port 5432 as in any PostgreSQL. */
const SOCKET_PORT = 5432;
/**
 * The folder of the socket: one of its own in the data folder, readable by this user only and made
 * so before the socket exists, so no other user can connect between listen() and a chmod of the socket.
 */
const socketFolder = (dir: string) => path.join(dir, "socket");
const socketFile = (folder: string) => path.join(folder, `.s.PGSQL.${SOCKET_PORT}`);

function privateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700); // a folder left by an earlier run keeps the mode it had
}
/** sockaddr_un holds 108 bytes on Linux (104 on macOS): a longer data folder path is served on 127.0.0.1 instead. */
const UNIX_PATH_MAX = 100;
/** Connections served at once (each CLI opens up to 4); their messages still take turns on the one session. */
const MAX_CONNECTIONS = 32;

/** How often the holder looks for a turn left held by a client that is gone. */
const ABANDONED_TURN_CHECK_MS = 1000;

/**
 * While a client holds the turn and no client connection is left, the turn is given back (see
 * SharedSession.lastClientGone). Polled, because pglite-socket removes a dying socket's listeners.
 */
function watchConnections(server: PGLiteSocketServer, session: SharedSession): () => void {
  const alone = async () => server.getStats().activeConnections === 0;
  // pglite-socket has no public way to serve its queue again; its queue manager's processQueue is the one private member read
  const { queryQueue } = server as unknown as { queryQueue: { processQueue(): Promise<void> } };
  let checking = false;
  const timer = setInterval(() => {
    if (checking || !session.clientHoldsTurn) return;
    checking = true;
    void alone()
      .then(async (gone) => {
        if (!gone) return;
        await session.lastClientGone(alone);
        await queryQueue.processQueue(); // a client that connected meanwhile waits in the queue for the turn: serve it
      })
      .catch(() => undefined)
      .finally(() => (checking = false));
  }, ABANDONED_TURN_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export interface ServedStore {
  readonly address: SocketAddress;
  stop(): Promise<void>;
}

/**
 * Serves the embedded store of `dir` to local processes (the CLI while the web
 * server holds it) over PostgreSQL's wire protocol: a Unix socket in a folder
 * of the data folder, both reachable by this user only, else 127.0.0.1 on a
 * port the system chooses. Never another interface: the socket asks no password.
 */
export async function serveStore(session: SharedSession, dir: string): Promise<ServedStore> {
  const folder = socketFolder(dir);
  const file = socketFile(folder);
  const onUnixSocket = file.length <= UNIX_PATH_MAX;
  if (onUnixSocket) {
    privateFolder(folder);
    // a socket left by a killed holder: this process holds the lock, nobody else listens on it
    fs.rmSync(file, { force: true });
  }
  const server = new PGLiteSocketServer({
    db: session.forClients(),
    ...(onUnixSocket ? { path: file } : { host: "127.0.0.1", port: 0 }),
    maxConnections: MAX_CONNECTIONS,
  });
  await server.start();
  const stopWatching = watchConnections(server, session);
  if (onUnixSocket) fs.chmodSync(file, 0o600); // the folder already keeps others out; the socket says so too
  const address = onUnixSocket ? { host: folder, port: SOCKET_PORT } : { host: "127.0.0.1", port: Number(server.getServerConn().split(":").pop()) };
  return {
    address,
    stop: async () => {
      stopWatching();
      await server.stop();
      if (onUnixSocket) fs.rmSync(file, { force: true });
    },
  };
}
