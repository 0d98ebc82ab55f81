// A TypeScript entry of the command line, as one plain JavaScript bundle of our own sources
// (node_modules/.cache/adasa/NAME.js; packages stay outside it, loaded from node_modules as usual).
// Loading the sources through tsx cost about 1.3 s of CPU on every `adasa` start (every module
// resolved, read and transformed); the bundle loads in a tenth of that. It is rebuilt by esbuild
// (about half a second) whenever a file under cli/ or lib/, or package.json, is newer than it, so
// there is still no build step to forget. Should esbuild be unable to write it (a read-only
// install), the sources are loaded through tsx as before.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const SOURCES = ["cli", "lib"];
const CACHE = path.join(ROOT, "node_modules", ".cache", "adasa");

/** The newest modification time (ms) of the files under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestUnder(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function sourcesChangedSince(mtimeMs) {
  if (fs.statSync(path.join(ROOT, "package.json")).mtimeMs > mtimeMs) return true;
  return SOURCES.some((dir) => newestUnder(path.join(ROOT, dir)) > mtimeMs);
}

/** Builds the bundle in a file of its own, then renames it into place: concurrent starts never see half a file. */
function build(entry, out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.${process.pid}.tmp`;
  require("esbuild").buildSync({
    entryPoints: [path.join(ROOT, entry)],
    outfile: partial,
    bundle: true,
    packages: "external",
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "silent",
  });
  fs.renameSync(partial, out);
}

/** Loads `entry` (a .ts file relative to the project root) from its bundle, built or rebuilt when stale. */
function requireBundled(entry) {
  const out = path.join(CACHE, `${path.basename(entry, ".ts")}.js`);
  try {
    const built = fs.statSync(out, { throwIfNoEntry: false });
    if (!built || sourcesChangedSince(built.mtimeMs)) build(entry, out);
  } catch {
    require("tsx/cjs/api").register();
    return require(path.join(ROOT, entry));
  }
  return require(out);
}

module.exports = { requireBundled };
