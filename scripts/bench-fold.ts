/**
 * The summary fold alone, over a store that already holds analysed articles (figures, not a test):
 *
 *   node bin/run-ts.js scripts/bench-fold.ts --data DIR [--runs 2] [VARIANT.sql …]
 *   node bin/run-ts.js scripts/bench-fold.ts --url postgres://… [--runs 2] [VARIANT.sql …]
 *
 * Each run, in a transaction rolled back at its end: the summary emptied, every analysis put back
 * in the fold's backlog, then `SELECT summary_fold()` timed: the process's CPU embedded (pglite
 * runs in this thread here), the backend's utime+stime (/proc/PID/stat) on a server. A variant is
 * SQL run in the same transaction before the fold (CREATE OR REPLACE of the fold's functions);
 * the store's own fold is "store", and the runs alternate store, variant, store, variant…
 */
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import type { Sql } from "../lib/store/db";
import { openPgliteSession } from "../lib/store/pglite-session";
import { openServer } from "../lib/store/server";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const TICK = 100; // clock ticks per second of /proc/PID/stat (Linux's USER_HZ)

/** CPU seconds so far of this process (embedded) or of the server backend `pid`. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}

class Rollback extends Error {}

async function foldOnce(db: { transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> }, variant: string, server: boolean): Promise<{ cpu: number; wall: number; n: number }> {
  let result = { cpu: 0, wall: 0, n: 0 };
  try {
    await db.transaction(async (tx) => {
      await tx.exec(`DELETE FROM summary_articles; DELETE FROM summary_terms; DELETE FROM summary_tallies;
        INSERT INTO summary_backlog (analysis_id) SELECT id FROM analyses;`);
      if (variant) await tx.exec(variant);
      // a server's pool hands out any connection: the backend is the transaction's
      const pid = server ? (await tx.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"))[0]!.pid : undefined;
      const cpu0 = cpuSeconds(pid);
      const t0 = performance.now();
      const [row] = await tx.query<{ n: number }>("SELECT summary_fold() AS n");
      result = { cpu: cpuSeconds(pid) - cpu0, wall: (performance.now() - t0) / 1000, n: row!.n };
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result;
}

async function main() {
  const data = arg("data");
  const url = arg("url");
  const runs = Number(arg("runs") ?? 2);
  const variants = process.argv.slice(2).filter((a) => a.endsWith(".sql"));
  const db = data ? await openPgliteSession(path.resolve(data), false) : await openServer(url!);
  try {
    const named: [string, string][] = [["store", ""], ...variants.map((f): [string, string] => [path.basename(f), fs.readFileSync(f, "utf8")])];
    console.log(`${data ? "embedded" : "server"}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    for (let r = 0; r < runs; r++) {
      for (const [name, sql] of named) {
        const { cpu, wall, n } = await foldOnce(db, sql, !data);
        console.log(`${name.padEnd(28)} run ${r + 1}: ${n} analyses folded, CPU ${cpu.toFixed(2)} s, wall ${wall.toFixed(2)} s`);
      }
    }
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
