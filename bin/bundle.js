// A TypeScript entry of the command line, as one plain JavaScript bundle of our own sources
// (node_modules/.cache/adasa/NAME.js; packages stay outside it, loaded from node_modules as usual).
// Loading the sources through tsx cost about 1.3 s of CPU on every `adasa` start (every module
// resolved, read and transformed); the bundle loads in a tenth of that. It is rebuilt by esbuild
// (about half a second) whenever the newest modification time of the files under cli/ and lib/ and of
// package.json is not the one it was built from (kept beside it in NAME.stamp), so there is still no
// build step to forget: also when older sources come back with their times kept (a copied
// node_modules beside another checkout, `cp -p`, `rsync -a`), which a newer-than test would miss. Should esbuild be unable to write it (a read-only
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

/** What a bundle is built from: the newest modification time of package.json and the sources, and where they are. */
function sourcesStamp() {
  const newest = Math.max(fs.statSync(path.join(ROOT, "package.json")).mtimeMs, ...SOURCES.map((dir) => newestUnder(path.join(ROOT, dir))));
  return JSON.stringify({ root: ROOT, newest });
}

function readStamp(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Builds the bundle in a file of its own, then renames it into place: concurrent starts never see half a file. */
function build(entry, out, stamp) {
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
  fs.writeFileSync(`${partial}.stamp`, stamp);
  fs.renameSync(`${partial}.stamp`, `${out}.stamp`);
}

/** Loads `entry` (a .ts file relative to the project root) from its bundle, built or rebuilt when stale. */
function requireBundled(entry) {
  const out = path.join(CACHE, `${path.basename(entry, ".ts")}.js`);
  try {
    const stamp = sourcesStamp();
    if (!fs.existsSync(out) || readStamp(`${out}.stamp`) !== stamp) build(entry, out, stamp);
  } catch {
    require("tsx/cjs/api").register();
    return require(path.join(ROOT, entry));
  }
  return require(out);
}

module.exports = { requireBundled };
