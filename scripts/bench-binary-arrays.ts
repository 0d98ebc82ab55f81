/**
 * What a batch insert costs with its columns sent as array literals (the driver's serializer) and
 * as binary arrays (lib/store/binary-array.ts), into embedded PostgreSQL and, with --server, a
 * PostgreSQL server started for the run: the same rows (generated articles: a body of about 4 KB
 * of Arabic, a title, a 64-character hash, a line number), batches of 250, CPU time of this
 * process (the client; for embedded PostgreSQL that includes the database), least of --runs.
 *
 *   node bin/run-ts.js scripts/bench-binary-arrays.ts [--articles 2000] [--runs 3] [--server]
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { binaryColumns, binaryParams } from "../lib/store/binary-array";
import type { Db } from "../lib/store/db";
import { openEmbedded } from "../lib/store/embedded";
import { columns } from "../lib/store/rows";
import { openServer } from "../lib/store/server";
import { startPostgres } from "../tests/store/postgres";
import { generateArticles } from "./corpus-gen";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = arg("articles", 2000);
const RUNS = arg("runs", 3);
const BATCH = 250;

const SPEC = [
  ["line", "int"],
  ["title", "text"],
  ["body", "text"],
  ["content_hash", "text"],
] as const;
const STATEMENT = `INSERT INTO bench_rows (line, title, body, content_hash) SELECT * FROM unnest(${binaryParams(SPEC)})`;

type Row = { line: number; title: string; body: string; content_hash: string };

async function insertAll(db: Db, rows: readonly Row[], binary: boolean): Promise<number> {
  await db.exec("TRUNCATE bench_rows");
  const started = process.cpuUsage();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.transaction((tx) =>
      tx.query(
        STATEMENT,
        binary
          ? binaryColumns(batch, SPEC)
          : columns(
              batch,
              SPEC.map(([n]) => n),
            ),
      ),
    );
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

async function measure(name: string, db: Db, rows: readonly Row[]): Promise<void> {
  await db.exec("CREATE TABLE IF NOT EXISTS bench_rows (line int, title text, body text, content_hash text UNIQUE)");
  const best = { literal: Infinity, binary: Infinity };
  for (let run = 0; run < RUNS; run++) {
    best.literal = Math.min(best.literal, await insertAll(db, rows, false));
    best.binary = Math.min(best.binary, await insertAll(db, rows, true));
  }
  const [check] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM bench_rows");
  console.log(
    `${name}: ${check!.n} rows in batches of ${BATCH}, CPU (least of ${RUNS}): array literals ${best.literal.toFixed(2)} s, binary arrays ${best.binary.toFixed(2)} s (${((1 - best.binary / best.literal) * 100).toFixed(0)}% less)`,
  );
}

async function main(): Promise<void> {
  const rows: Row[] = [...generateArticles(ARTICLES)].map((a, i) => ({ line: i + 2, title: a.title, body: a.text, content_hash: createHash("sha256").update(a.text + i).digest("hex") }));
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-bench-binary-"));
  const embedded = await openEmbedded(dir, "bench-binary-arrays");
  try {
    await measure("embedded PostgreSQL", embedded, rows);
  } finally {
    await embedded.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!process.argv.includes("--server")) return;
  const server = await startPostgres();
  try {
    const db = await openServer(server.url);
    try {
      await measure("PostgreSQL server (client CPU only)", db, rows);
    } finally {
      await db.close();
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
