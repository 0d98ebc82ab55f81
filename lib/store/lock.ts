import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// Embedded PostgreSQL is one process's: two processes opening one data folder would corrupt it.
// The folder holds a lock file naming the process that holds it, and the socket it serves the
// store on, if any (other processes then go through it: socket-server.ts, socket-client.ts); a
// lock whose process is gone (killed) is taken over.

/** Where a holder serves its store: a Unix socket folder (pg's `host` for `DIR/.s.PGSQL.PORT`) or 127.0.0.1 and a port. */
export const SocketAddressSchema = z.strictObject({ host: z.string().min(1), port: z.number().int().positive() });
export type SocketAddress = z.infer<typeof SocketAddressSchema>;

// lock files written before the socket existed have only pid and holder: still read
const LockSchema = z.object({ pid: z.number().int(), holder: z.string(), socket: SocketAddressSchema.optional() });
export type StoreHolder = z.infer<typeof LockSchema>;
const LOCK_FILE = "adasa.lock";

export class StoreLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly holder: string,
  ) {
    super(`${holder} (process ${pid}) holds ${dir}; stop it or use DATABASE_URL (a PostgreSQL server) to share the store`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): StoreHolder | undefined {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The live process holding `dir` when it serves the store on a socket, else undefined (free, stale, or held without one). */
export function servingHolder(dir: string): (StoreHolder & { socket: SocketAddress }) | undefined {
  const held = readLock(path.join(dir, LOCK_FILE));
  if (!held?.socket || held.pid === process.pid || !isAlive(held.pid)) return undefined;
  return { ...held, socket: held.socket };
}

export interface DataDirLock {
  /** Records in the lock file that this process serves the store on `socket`. */
  announce(socket: SocketAddress): void;
  release(): void;
}

/** Takes the lock of `dir` for this process, or throws StoreLockedError. */
export function lockDataDir(dir: string, holder: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine = { pid: process.pid, holder };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" }); // atomic: fails when the file exists
      const release = () => {
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return { release, announce: (socket) => replaceAtomically(file, JSON.stringify({ ...mine, socket })) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = readLock(file);
      if (held && held.pid !== process.pid && isAlive(held.pid)) throw new StoreLockedError(dir, held.pid, held.holder);
      if (held?.pid === process.pid) throw new StoreLockedError(dir, held.pid, `this process (${held.holder})`);
      fs.rmSync(file, { force: true }); // a stale lock of a killed process
    }
  }
  throw new Error(`could not take the lock of ${dir}`);
}

/** A reader sees the old lock or the new one, never half of one. */
function replaceAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
