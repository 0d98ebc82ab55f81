import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { cacheFile, writeCacheFile } from "../io/cache";
import { projectRoot } from "../io/paths";

/**
 * A new embedded store starts from a copy of an empty database cluster made once per pglite
 * version and kept in the tools' cache, not from initdb: initdb in WebAssembly cost 7–10 s of CPU
 * and about 920 MB of memory, more than any import of 10,000 articles after it. The copy is
 * pglite's own dump of a freshly initialised cluster (what `PGlite.clone` loads), taken before any
 * migration, so it holds no schema of ours; a missing or unreadable copy only costs the initdb.
 */
function templateName(): string {
  const pkg = path.join(projectRoot(), "node_modules", "@electric-sql", "pglite", "package.json");
  const version = (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ pkg, "utf8")) as { version: string }).version;
  return `pglite-${version}-empty-cluster.tar`;
}

const readTemplate = (name: string): Uint8Array<ArrayBuffer> | undefined => {
  try {
    return new Uint8Array(fs.readFileSync(/*turbopackIgnore: true*/ cacheFile(name)));
  } catch {
    return undefined;
  }
};

/** Opens the store in `dir`; a new one from the cached empty cluster (made and cached on first use). */
export async function createFromTemplate(dir: string, options: PGliteOptions): Promise<PGlite> {
  if (fs.existsSync(path.join(dir, "PG_VERSION"))) return PGlite.create(dir, options);
  const name = templateName();
  const template = readTemplate(name);
  if (template) return PGlite.create(dir, { ...options, loadDataDir: new Blob([template]) });
  const db = await PGlite.create(dir, options);
  const dump = await db.dumpDataDir("none");
  writeCacheFile(name, new Uint8Array(await dump.arrayBuffer()));
  return db;
}
