/**
 * `npm start`: builds the web app only when the build is missing or stale, then serves it.
 * Stale means some source the build is made of (app/, components/, lib/, messages/, lexicons
 * are read at run time and do not count) changed after .next/BUILD_ID was written.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_HEAP_MB } from "../lib/work/heap";

const ROOT = path.join(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next"]);

/** The newest modification time under `p` (a file or a folder), 0 when it does not exist. */
export function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) if (!SKIP.has(name)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why the build must be made again, or null when .next is up to date. */
export function staleBecause(root: string): string | null {
  const built = newestMtime(path.join(root, ".next", "BUILD_ID"));
  if (built === 0) return "no build yet";
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/**
 * The web server's V8 heap limit (lib/work/heap.ts). Without one, V8 on this 24 GB machine let the
 * heap grow to keep the garbage of bursts of concurrent renderings: the server peaked at 934 MB over
 * a store of 10,000 articles under the benchmark's 20 concurrent users (969–1,005 MB at 100,000);
 * with this limit V8 collects sooner instead, and the same run peaked at 702 MB (README, "The
 * pages over a store of 10,000 and 100,000 articles"). What the server keeps alive does not grow with
 * the corpus (sums per data version, pages of 50–100 rows, a page cache of 16 MB); pglite's
 * WebAssembly memory is outside this limit.
 */
export const WEB_HEAP_MB = SERVER_HEAP_MB;

/** NODE_OPTIONS for the web server: the caller's, with the heap limit (`npm start`, and the benchmarks that time what it serves). */
export const webServerNodeOptions = (current = process.env.NODE_OPTIONS ?? ""): string => `${current} --max-old-space-size=${WEB_HEAP_MB}`.trim();

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// run as the entry point (bin/run-ts.js scripts/start.ts), not when a test imports it
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const why = staleBecause(ROOT);
  if (why) {
    console.log(`adasa: building the web app (${why})`);
    run(["build"]);
  } else console.log("adasa: the build is up to date");
  run(["start", ...process.argv.slice(2)], { NODE_OPTIONS: webServerNodeOptions() });
}
