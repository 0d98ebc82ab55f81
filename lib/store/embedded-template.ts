import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { cachePath } from "../io/cache";
import { projectRoot } from "../io/paths";

/**
 * A new embedded store starts as a copy of an empty database cluster made once per pglite
 * version and kept in the tools' cache, not from initdb: initdb in WebAssembly cost 7–10 s of CPU
 * and about 920 MB of memory, more than an import of 10,000 articles after it. The copy is taken
 * of a cluster shut down cleanly right after initdb, before any migration, so it holds no schema
 * of ours; when it cannot be made or copied, the store is made by initdb as before.
 */
function templateDir(): string {
  const pkg = path.join(projectRoot(), "node_modules", "@electric-sql", "pglite", "package.json");
  const version = (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ pkg, "utf8")) as { version: string }).version;
  return cachePath(`pglite-${version}-empty-cluster`);
}

const isCluster = (dir: string): boolean => fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, "PG_VERSION"));

/** The cached empty cluster, made now if missing; undefined when it cannot be made. */
async function emptyCluster(options: PGliteOptions): Promise<string | undefined> {
  const dir = templateDir();
  if (isCluster(dir)) return dir;
  const partial = `${dir}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(partial, { recursive: true });
    await (await PGlite.create(partial, options)).close();
    fs.renameSync(partial, dir); // whole or not at all, whatever runs beside us
  } catch {
    // another process made it first, or the cache is read-only
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  return isCluster(dir) ? dir : undefined;
}

/** Opens the embedded store in `dir`, a new one copied from the cached empty cluster. */
export async function openPglite(dir: string, options: PGliteOptions): Promise<PGlite> {
  if (!isCluster(dir)) {
    const template = await emptyCluster(options);
    if (template) fs.cpSync(template, dir, { recursive: true });
  }
  return PGlite.create(dir, options);
}
