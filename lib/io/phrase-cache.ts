import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { keepPhraseTables, type TableStore } from "../arabic/phrase-tables";
import { cachePath, hashFiles, keepInCache } from "./cache";
import { projectRoot } from "./paths";

/**
 * The phrase sets' tables (lib/arabic/phrase-tables.ts) kept in the cache folder, a file per set, named by the hash of
 * the code that compiles them (every file of lib/arabic) and of the set's description (its phrases, keys and options).
 * A file holds that description's hash and its own content's: one cut short, overwritten or copied under another name
 * is not read (the set is compiled, and the file written again).
 */
const MAGIC = Buffer.from("adasa phrase tables\n");
const DIGEST = 32;

const sha256 = (data: string | Uint8Array): Buffer => createHash("sha256").update(data).digest();

/** Every file under `dir`, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** The saved bytes in `file`, if it is whole and saved for the description of hash `key`. */
function readSaved(file: string, key: Buffer): Uint8Array | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + 2 * DIGEST;
  if (bytes.length < head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const saved = bytes.subarray(head);
  const whole = bytes.subarray(MAGIC.length, MAGIC.length + DIGEST).equals(key) && bytes.subarray(MAGIC.length + DIGEST, head).equals(sha256(saved));
  return whole ? saved : undefined;
}

/**
 * A file not read for this long is removed when another is written: each edit of lib/arabic or of a lexicon would
 * otherwise leave its files (about 5 MB for the bundled engine) behind. A read marks the file used (its time), and a
 * checkout beside this one sharing the folder keeps its own files in use the same way.
 */
const UNUSED_MS = 24 * 3600 * 1000;

/** Removes the tables' files in `dir` not used for UNUSED_MS. */
function removeUnused(dir: string): void {
  try {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name.startsWith("phrases-") && Date.now() - fs.statSync(file).mtimeMs > UNUSED_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // another process removed it first, or the folder is read-only: nothing to do
  }
}

/** Marks a file used now (see UNUSED_MS). */
function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // a read-only folder: its files are never removed either
  }
}

/** The tables' files (in `dir`, by default the cache folder) for the code as it is now, or undefined when its sources cannot be read (no cache then). */
export function phraseTableFiles(dir?: string): TableStore | undefined {
  let code: string;
  try {
    code = hashFiles(filesUnder(path.join(projectRoot(), "lib", "arabic")));
  } catch {
    return undefined;
  }
  const fileOf = (key: Buffer) => {
    const name = `phrases-${code}-${key.toString("hex").slice(0, 24)}.bin`;
    return dir === undefined ? cachePath(name) : path.join(dir, name);
  };
  return {
    read: (description) => {
      const key = sha256(description);
      const file = fileOf(key);
      const saved = readSaved(file, key);
      if (saved) touch(file);
      return saved;
    },
    write: (description, bytes) => {
      const key = sha256(description);
      const file = fileOf(key);
      keepInCache(file, Buffer.concat([MAGIC, key, sha256(bytes), bytes]));
      removeUnused(path.dirname(file));
    },
  };
}

/** Phrase sets compiled in this process from now on keep their tables in the cache folder. */
export const cachePhraseTables = (): void => keepPhraseTables(phraseTableFiles());
