import { parentPort, workerData } from "node:worker_threads";
import type { Sql } from "./db";
import { openPgliteSession, type PgliteSession } from "./pglite-session";

// The thread side of an embedded store in a thread of its own (thread-session.ts is the other
// side): pglite, its WebAssembly and its protocol, and the socket that serves the store to other
// processes run here, while the importing thread parses, hashes and builds the next batch.

/** What the thread is asked: `tx` names a transaction the other side began. */
export type Request =
  | { readonly id: number; readonly op: "query"; readonly text: string; readonly params: readonly unknown[]; readonly tx?: number }
  | { readonly id: number; readonly op: "exec"; readonly text: string; readonly tx?: number }
  | { readonly id: number; readonly op: "begin"; readonly tx: number }
  | { readonly id: number; readonly op: "end"; readonly tx: number; readonly commit: boolean }
  | { readonly id: number; readonly op: "close" };

/** A thrown error as it crosses: its message and its own fields (PostgreSQL's `code`, `detail`…), which a structured clone drops. */
export interface CrossedError {
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface Reply {
  readonly id: number;
  readonly value?: unknown;
  readonly error?: CrossedError;
}

export interface ThreadData {
  readonly dir: string;
  readonly serve: boolean;
}

/** The id of the reply to opening: the socket address, or the error that kept the store from opening. */
export const OPENED = 0;

export const crossedError = (error: unknown): CrossedError =>
  error instanceof Error ? { message: error.message, fields: { ...Object.fromEntries(Object.entries(error)), name: error.name, stack: error.stack } } : { message: String(error), fields: {} };

/** The work of a transaction the other side ends with a rollback: pglite undoes it and rethrows this. */
class RolledBack extends Error {}

interface OpenTransaction {
  readonly tx: Promise<Sql>;
  decide(commit: boolean): void;
  readonly done: Promise<void>;
}

/**
 * Transactions whose work runs on the other side: each is a pglite transaction (in its session's
 * turn, as in one thread) held open until the other side says commit or roll back.
 */
class RemoteTransactions {
  private readonly open = new Map<number, OpenTransaction>();

  constructor(private readonly session: PgliteSession) {}

  sql(id: number | undefined): Promise<Sql> {
    if (id === undefined) return Promise.resolve(this.session);
    const open = this.open.get(id);
    return open ? open.tx : Promise.reject(new Error(`no open transaction ${id} in the pglite thread`));
  }

  /** Resolves once the transaction has begun; rejects when it could not. */
  begin(id: number): Promise<void> {
    let decide!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (decide = resolve));
    let begun!: (tx: Sql) => void;
    const tx = new Promise<Sql>((resolve) => (begun = resolve));
    const done = this.session.transaction(async (sql) => {
      begun(sql);
      if (!(await decided)) throw new RolledBack();
    });
    done.catch(() => this.open.delete(id));
    this.open.set(id, { tx, decide, done });
    return Promise.race([tx.then(() => undefined), done]);
  }

  /** Commits or rolls back; a failed commit is thrown. */
  async end(id: number, commit: boolean): Promise<void> {
    const open = this.open.get(id);
    if (!open) throw new Error(`no open transaction ${id} in the pglite thread`);
    this.open.delete(id);
    open.decide(commit);
    try {
      await open.done;
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
  }
}

async function answer(session: PgliteSession, transactions: RemoteTransactions, request: Request): Promise<unknown> {
  switch (request.op) {
    case "query":
      return (await transactions.sql(request.tx)).query(request.text, request.params);
    case "exec":
      return (await transactions.sql(request.tx)).exec(request.text);
    case "begin":
      return transactions.begin(request.tx);
    case "end":
      return transactions.end(request.tx, request.commit);
    case "close":
      return session.close();
  }
}

/** Opens the store workerData names and answers the other side's requests until it closes it. */
export function runPgliteThread(): void {
  const port = parentPort;
  if (!port) throw new Error("runPgliteThread runs in a worker thread (bin/pglite-thread.js)");
  const { dir, serve } = workerData as ThreadData;
  const reply = (id: number, work: Promise<unknown>) =>
    void work.then(
      (value) => port.postMessage({ id, value } satisfies Reply),
      (error: unknown) => port.postMessage({ id, error: crossedError(error) } satisfies Reply),
    );
  const opening = openPgliteSession(dir, serve).then((session) => ({ session, transactions: new RemoteTransactions(session) }));
  reply(
    OPENED,
    opening.then(({ session }) => session.address),
  );
  port.on("message", (request: Request) => reply(request.id, opening.then(({ session, transactions }) => answer(session, transactions, request))));
}
