import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { projectRoot } from "./paths";

/**
 * A value worked out once and kept on disk (node_modules/.cache/adasa, where tools keep their
 * caches), keyed by the hash of everything it was worked out from: the next process reads it
 * instead of working it out again. A missing, unreadable or unwritable cache only costs the work.
 */
const CACHE_DIR = (): string => path.join(projectRoot(), "node_modules", ".cache", "adasa");

/** Where a cached file or folder named `name` lives (the cache folder may not exist yet). */
export const cachePath = (name: string): string => path.join(CACHE_DIR(), name);

/** The hash of files' paths and contents, for a cache key. */
export function hashFiles(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 24);
}

/** The files directly inside `dir` whose names end with one of `extensions`, sorted. */
export function filesIn(dir: string, extensions: readonly string[]): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => extensions.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => path.join(dir, f));
}

/** `compute()`, or what it returned last time for the same `name` and `key` (JSON). */
export function cachedJson<T>(name: string, key: string, compute: () => T): T {
  const file = path.join(CACHE_DIR(), `${name}-${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    // not cached yet (or unreadable): work it out
  }
  const value = compute();
  keepInCache(file, JSON.stringify(value));
  return value;
}

/**
 * Writes a cache file whole or not at all, whatever runs beside us (other processes, and this one's threads, which
 * share its pid: the analysis threads compile and save the same tables at once); a read-only install keeps none.
 */
export function keepInCache(file: string, data: string | NodeJS.ArrayBufferView): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, file);
  } catch {
    // no cache, the same value
  }
}
