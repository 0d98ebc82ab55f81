import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { cachePath, hashFiles } from "../io/cache";
import { projectRoot } from "../io/paths";
import type { Db } from "./db";
import { migrate, migrationFiles } from "./migrate";
import { passBinary, pgliteSql } from "./pglite-sql";

/**
 * A new embedded store starts as a copy of an empty database cluster made once per pglite
 * version and kept in the tools' cache, not from initdb: initdb in WebAssembly cost 7–10 s of CPU
 * and about 920 MB of memory, more than an import of 10,000 articles after it. The copy is taken
 * of a cluster shut down cleanly right after initdb, before any migration, so it holds no schema
 * of ours; when it cannot be made or copied, the store is made by initdb as before. A second
 * template holds that cluster with every migration applied (keyed by the migrations' files as
 * well): a new store copied from it starts with the schema, where applying every migration in
 * WebAssembly cost every new store 1.5–2.5 s of CPU (docs/benchmarks.md, "Round 16"); openStore then finds
 * nothing to migrate.
 */
function templateDir(suffix = ""): string {
  const pkg = path.join(projectRoot(), "node_modules", "@electric-sql", "pglite", "package.json");
  const version = (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ pkg, "utf8")) as { version: string }).version;
  return cachePath(`pglite-${version}-empty-cluster${suffix}`);
}

const isCluster = (dir: string): boolean => fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, "PG_VERSION"));

/** The cached cluster `dir`, made now by `make` (in a folder of its own) if missing; undefined when it cannot be made. */
async function cachedCluster(dir: string, make: (partial: string) => Promise<void>): Promise<string | undefined> {
  if (isCluster(dir)) return dir;
  const partial = `${dir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(partial, { recursive: true });
    await make(partial);
    fs.renameSync(partial, dir); // whole or not at all, whatever runs beside us
  } catch {
    // another process made it first, or the cache is read-only
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  return isCluster(dir) ? dir : undefined;
}

/** The cached empty cluster, made now if missing; undefined when it cannot be made. */
const emptyCluster = (options: PGliteOptions): Promise<string | undefined> =>
  cachedCluster(templateDir(), async (partial) => (await PGlite.create(partial, options)).close());

/** The cached empty cluster with every migration applied, made now if missing; undefined when it cannot be made. */
async function migratedCluster(options: PGliteOptions): Promise<string | undefined> {
  const empty = await emptyCluster(options);
  if (!empty) return undefined;
  return cachedCluster(templateDir(`-schema-${hashFiles(migrationFiles().map((m) => m.file))}`), async (partial) => {
    fs.cpSync(empty, partial, { recursive: true });
    const db = await PGlite.create(partial, options);
    try {
      await migrate(pgliteDb(db, partial));
    } finally {
      await db.close();
    }
  });
}

/** A PGlite as the store's Db, for the migrations alone. */
function pgliteDb(db: PGlite, where: string): Db {
  const binary = passBinary(db);
  return { kind: "embedded", where, ...pgliteSql(db, binary), transaction: (work) => db.transaction((tx) => work(pgliteSql(tx, binary))), close: () => db.close() };
}

/** Opens the embedded store in `dir`, a new one copied from the cached cluster with the schema, else the empty one. */
export async function openPglite(dir: string, options: PGliteOptions): Promise<PGlite> {
  if (!isCluster(dir)) {
    const template = (await migratedCluster(options)) ?? (await emptyCluster(options));
    if (template) fs.cpSync(template, dir, { recursive: true });
  }
  return PGlite.create(dir, options);
}
