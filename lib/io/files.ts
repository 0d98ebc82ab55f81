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

function walk(dir: string, out: string[], extensions: readonly string[]): void {
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) walk(full, out, extensions);
    else if (stat.isFile() && (extensions.length === 0 || extensions.includes(path.extname(name).toLowerCase()))) out.push(full);
  }
}

/**
 * Files named on the command line: a folder stands for the files in it (and
 * below) with one of `extensions` (all files when empty), a file for itself.
 */
export function expandPaths(paths: readonly string[], extensions: readonly string[] = []): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const p of paths) {
    try {
      const stat = fs.statSync(p);
      if (stat.isDirectory()) walk(p, files, extensions);
      else files.push(p);
    } catch (error) {
      problems.push({ path: p, reason: describeFsError(error) });
    }
  }
  return { files, problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  return (error as Error).message;
}

/** Reads and decodes a text file, or says why it cannot be read. */
export function readTextFile(file: string, encoding?: Encoding): Decoded | FileProblem {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { path: file, reason: "is a folder, not a file" };
    if (stat.size > MAX_FILE_BYTES) {
      return { path: file, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    }
    const bytes = fs.readFileSync(file);
    if (bytes.length === 0) return { path: file, reason: "empty file" };
    return decodeBytes(bytes, encoding);
  } catch (error) {
    if (error instanceof DecodeError) return { path: file, reason: error.message };
    return { path: file, reason: describeFsError(error) };
  }
}

export const isFileProblem = (x: object): x is FileProblem => "reason" in x && "path" in x;
