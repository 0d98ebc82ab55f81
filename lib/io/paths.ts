import fs from "node:fs";
import path from "node:path";

/** The folder holding Adasa's package.json, so bundled data is found from any working directory. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, "lexicons"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/**
 * A path, or a message naming paths, as the web app shows it: every corpus root written as its own
 * folder name (`/srv/data/articles/004-aljazeera.md` → `articles/004-aljazeera.md`, as the CLI prints
 * it from the project folder), so no page or API answer reveals where the server keeps its files.
 */
export function hideRoots(text: string, roots: readonly string[]): string {
  const resolved = roots.map((r) => path.resolve(r)).sort((a, b) => b.length - a.length); // nested roots: the deepest first
  let out = text;
  for (const root of resolved) {
    if (out === root) return path.basename(root);
    out = out.split(root + path.sep).join(path.basename(root) + "/");
  }
  return out;
}

export const defaultLexiconPath = (): string => path.join(projectRoot(), "lexicons");
export const defaultArticlesPath = (): string => path.join(projectRoot(), "articles");

/**
 * The worker-thread entry of the web server's alignment pool (lib/work/pool.ts): the bundle
 * `npm run build` writes (scripts/build-worker.js; it loads in about a second), else the
 * TypeScript module through tsx (bin/align-worker.js, as under `next dev`; seconds to start).
 */
export function alignWorkerEntry(): string {
  const bundled = path.join(projectRoot(), ".next", "adasa", "align-worker.js");
  return fs.existsSync(bundled) ? bundled : path.join(projectRoot(), "bin", "align-worker.js");
}
