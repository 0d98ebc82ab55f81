import fs from "node:fs";
import path from "node:path";
import { decodeBytes, DecodeError, type Decoded, type Encoding } from "./decode";

/** A file the run could not use, and why, for the user to see. */
export interface FileProblem {
  readonly path: string;
  readonly reason: string;
}

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt"] as const;
/** Articles are short; anything bigger is a mistake (a dump, an archive), not an article. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A folder's identity, whatever path reaches it: a symbolic link back to a folder being walked is a loop. */
const folderKey = (stat: fs.Stats) => `${stat.dev}:${stat.ino}`;

interface Walk {
  readonly out: string[];
  readonly problems: FileProblem[];
  readonly extensions: readonly string[];
  /** Folders already walked (or being walked), by identity, with the path they were first reached by. */
  readonly seen: Map<string, string>;
  /** The folders being walked, by identity: reaching one again is a loop. */
  readonly open: Set<string>;
  /** Told how many files are listed so far, after each one. */
  readonly onFile?: (count: number) => void;
}

/** Why `full` cannot be looked at, naming a broken link or a link loop as such. */
function entryProblem(full: string, error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return { path: full, reason: "symbolic link loop" };
  if (code === "ENOENT" && fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return { path: full, reason: `broken symbolic link (to ${fs.readlinkSync(full)}, which does not exist)` };
  }
  return { path: full, reason: describeFsError(error) };
}

/**
 * Walks a folder; an entry that cannot be read (a broken link, a link loop,
 * a folder without permission) is reported by its own path and the walk
 * goes on with the rest.
 */
function walk(dir: string, stat: fs.Stats, walking: Walk): void {
  const key = folderKey(stat);
  const first = walking.seen.get(key);
  if (first !== undefined) {
    const reason = walking.open.has(key) ? `symbolic link loop (back to ${first})` : `the same folder as ${first}, already read`;
    walking.problems.push({ path: dir, reason });
    return;
  }
  walking.seen.set(key, dir);
  walking.open.add(key);
  try {
    walkEntries(dir, walking);
  } finally {
    walking.open.delete(key);
  }
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A plain file is known from its folder entry; only folders (for their identity) and links (to follow them) cost a stat. */
function walkEntries(dir: string, walking: Walk): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    walking.problems.push(entryProblem(dir, error));
    return;
  }
  const wanted = (name: string) => walking.extensions.length === 0 || walking.extensions.includes(path.extname(name).toLowerCase());
  for (const dirent of entries) {
    const name = dirent.name;
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (dirent.isFile()) {
      if (wanted(name)) listed(walking, full);
      continue;
    }
    let entry: fs.Stats;
    try {
      entry = fs.statSync(full);
    } catch (error) {
      walking.problems.push(entryProblem(full, error));
      continue;
    }
    if (entry.isDirectory()) walk(full, entry, walking);
    else if (entry.isFile() && wanted(name)) listed(walking, full);
  }
}

function listed(walking: Walk, file: string): void {
  walking.out.push(file);
  walking.onFile?.(walking.out.length);
}

/**
 * Files named on the command line: a folder stands for the files in it (and
 * below) with one of `extensions` (all files when empty), a file for itself.
 * `onFile` is told the count so far as each file is listed (a caller may
 * start work that the count calls for before a long walk ends).
 */
export function expandPaths(
  paths: readonly string[],
  extensions: readonly string[] = [],
  onFile?: (count: number) => void,
): { files: string[]; problems: FileProblem[] } {
  const walking: Walk = { out: [], problems: [], extensions, seen: new Map(), open: new Set(), onFile };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      walking.problems.push(entryProblem(p, error));
      continue;
    }
    if (stat.isDirectory()) walk(p, stat, walking);
    else listed(walking, p);
  }
  return { files: walking.out, problems: walking.problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  return (error as Error).message;
}

class FileRefused extends Error {}

/**
 * Where files are read: one buffer, reused from file to file and grown for a
 * larger one, since what is read is decoded into a string at once (the bytes
 * never leave readTextFile). A new buffer per file was a tenth of the
 * garbage of a run over a folder of small files.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 16);

const tooLarge = (bytes: number) => new FileRefused(`too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);

/**
 * The bytes of a file of at most MAX_FILE_BYTES (a view into `scratch`,
 * valid until the next call), through one open file: open, read, close.
 * Its size is looked up (fstat) only when it does not fit the buffer, and a
 * folder refuses the read (EISDIR) where it used to be told by a stat: two
 * system calls fewer per file than a stat and readFileSync, which counts on
 * folders of thousands of small files.
 */
function readLimited(file: string): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    let length = 0;
    for (;;) {
      const got = fs.readSync(fd, scratch, length, scratch.length - length, null);
      if (got === 0) return scratch.subarray(0, length);
      length += got;
      if (length > MAX_FILE_BYTES) throw tooLarge(length);
      if (length === scratch.length) {
        const size = fs.fstatSync(fd).size;
        if (size > MAX_FILE_BYTES) throw tooLarge(size);
        const grown = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, size + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and decodes a text file, or says why it cannot be read. */
export function readTextFile(file: string, encoding?: Encoding): Decoded | FileProblem {
  try {
    const bytes = readLimited(file);
    if (bytes.length === 0) return { path: file, reason: "empty file" };
    return decodeBytes(bytes, encoding);
  } catch (error) {
    if (error instanceof FileRefused) return { path: file, reason: error.message };
    if (error instanceof DecodeError) return { path: file, reason: error.message };
    return { path: file, reason: describeFsError(error) };
  }
}

export const isFileProblem = (x: object): x is FileProblem => "reason" in x && "path" in x;
