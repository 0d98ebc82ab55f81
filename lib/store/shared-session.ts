import { Mutex, type PGlite } from "@electric-sql/pglite";

/** Extended-protocol messages before their Sync (Parse, Bind, Describe, Execute, Close, Flush): the client's turn goes on. */
const MID_QUERY = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4

/**
 * Embedded PostgreSQL is one session. This process's queries and the socket
 * clients' messages (socket-server.ts) take turns on it: a turn is one query
 * or transaction of this process, or, for a client, everything from its first
 * message to the end of its transaction (or of its query when it opened
 * none). Nothing of one runs inside another's transaction.
 *
 * pglite-socket already queues its clients' messages and keeps a client's
 * transaction together, but only among clients: it neither waits for this
 * process's transactions nor holds them off. The socket server gets
 * `forClients()`, a view of the database whose `runExclusive` takes the turn
 * and whose `isInTransaction` says "a client has the turn" (so its queue
 * serves that client only until the turn ends).
 */
export class SharedSession {
  private readonly turns = new Mutex();
  private clientTurn: (() => void) | undefined;
  private lastMessage = 0;

  constructor(private readonly pg: PGlite) {}

  /** Work of this process, in its own turn. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.turns.runExclusive(work);
  }

  /** The database as the socket server sees it. */
  forClients(): PGlite {
    const overrides: Partial<PGlite> = {
      runExclusive: (fn) => this.clientMessage(fn),
      isInTransaction: () => this.clientTurn !== undefined,
      execProtocolRawStream: (message, options) => {
        this.lastMessage = message[0] ?? 0;
        return this.pg.execProtocolRawStream(message, options);
      },
      // pglite-socket's only other call: "ROLLBACK" when the client with the turn disconnects
      exec: async () => (await this.endAbandonedTurn(), []),
    };
    return new Proxy(this.pg, {
      get: (target, key, receiver) => {
        if (key in overrides) return overrides[key as keyof PGlite];
        const value: unknown = Reflect.get(target, key, receiver);
        // pglite's methods use private fields: call them on pglite itself, not on the proxy
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  private async clientMessage<T>(fn: () => Promise<T>): Promise<T> {
    this.clientTurn ??= await this.turns.acquire();
    try {
      return await this.pg.runExclusive(fn);
    } finally {
      if (!MID_QUERY.has(this.lastMessage) && !this.pg.isInTransaction()) this.endClientTurn();
    }
  }

  get clientHoldsTurn(): boolean {
    return this.clientTurn !== undefined;
  }

  /**
   * No client connection is left: a turn still held is abandoned. pglite-socket undoes
   * a dying client's transaction only when that client was the last one it served, which misses a
   * client killed while the first message of its turn runs.
   */
  async lastClientGone(stillAlone: () => Promise<boolean>): Promise<void> {
    await this.pg.runExclusive(async () => undefined); // a message still running finishes first
    if (this.clientTurn && (await stillAlone())) await this.endAbandonedTurn();
  }

  /** The client with the turn went away mid-query or mid-transaction: what it left open is undone. */
  private async endAbandonedTurn(): Promise<void> {
    if (!this.clientTurn) return;
    try {
      await this.pg.runExclusive(() => this.pg.execProtocolRaw(SYNC)); // ends an extended query left without its Sync
      if (this.pg.isInTransaction()) await this.pg.exec("ROLLBACK");
    } finally {
      this.endClientTurn();
    }
  }

  private endClientTurn(): void {
    const release = this.clientTurn;
    this.clientTurn = undefined;
    release?.();
  }
}
