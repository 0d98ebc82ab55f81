import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Embedded PostgreSQL is one process's: two processes opening one data
 * folder would corrupt it. The folder holds a lock file naming the process
 * that holds it; a lock whose process is gone (killed) is taken over.
 */
const LockSchema = z.object({ pid: z.number().int(), holder: z.string() });
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

function readLock(file: string): z.infer<typeof LockSchema> | undefined {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock of `dir` for this process, or throws StoreLockedError; returns the release. */
export function lockDataDir(dir: string, holder: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, holder });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: "wx" }); // atomic: fails when the file exists
      const release = () => {
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
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
