import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../io/paths";
import { convertMatchLists } from "./compact-migration";
import type { Db, Sql } from "./db";

const MIGRATIONS_DIR = (): string => path.join(projectRoot(), "lib", "store", "migrations");
/** Any number: serializes processes migrating one server at the same time. */
const MIGRATION_LOCK = 7_243_001;

/** What a migration does beyond its SQL file, run after it in the same transaction: work SQL cannot do (decoding, encoding). */
const STEPS: Readonly<Record<number, (tx: Sql) => Promise<void>>> = { 11: convertMatchLists };

/** The numbered SQL files (001_name.sql …) in order. */
export function migrationFiles(dir = MIGRATIONS_DIR()): { version: number; file: string }[] {
  // read at run time from the project's folder (not bundled): nothing for the build to trace
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .map((f) => ({ version: Number.parseInt(f, 10), file: path.join(dir, f) }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations not yet applied (up to `until`: a test writing an older store), all in one transaction, and records each in schema_version. */
export async function migrate(db: Db, until = Number.POSITIVE_INFINITY): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec("CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const applied = new Set((await tx.query<{ version: number }>("SELECT version FROM schema_version")).map((r) => r.version));
    const done: number[] = [];
    for (const { version, file } of migrationFiles()) {
      if (applied.has(version) || version > until) continue;
      await tx.exec(fs.readFileSync(file, "utf8"));
      await STEPS[version]?.(tx);
      await tx.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
      done.push(version);
    }
    return done;
  });
}
