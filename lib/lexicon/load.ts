import { expandPaths, isFileProblem, readTextFile } from "../io/files";
import { mergeLexicons, parseLexicon, parseLexiconShape, type ReadLexicon } from "./parse";
import { ValidationError } from "./problems";
import type { Lexicon } from "./schema";

export const LEXICON_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

function lexiconFiles(fileOrDir: string): string[] {
  const { files, problems } = expandPaths([fileOrDir], LEXICON_EXTENSIONS);
  if (problems.length > 0) throw new ValidationError(fileOrDir, problems.map((p) => ({ where: "file", message: p.reason })));
  if (files.length === 0) throw new ValidationError(fileOrDir, [{ where: "file", message: "no lexicon files (.yaml, .yml, .json) here" }]);
  return files;
}

/** A data file's text (UTF-8), or a ValidationError naming the file and why it cannot be read. */
export function readText(file: string): string {
  const decoded = readTextFile(file, "utf-8");
  if (isFileProblem(decoded)) throw new ValidationError(file, [{ where: "file", message: decoded.reason }]);
  return decoded.text;
}

/** The parts of a folder lexicon (or the one file), each checked for shape only. */
export function readLexiconParts(fileOrDir: string): { file: string; lexicon: Lexicon }[] {
  return lexiconFiles(fileOrDir).map((file) => ({ file, lexicon: parseLexiconShape(readText(file), file) }));
}

/**
 * A lexicon file, or a folder whose lexicon files are used together.
 * Throws ValidationError naming the file and every problem.
 */
export function loadLexicon(fileOrDir: string): ReadLexicon {
  const files = lexiconFiles(fileOrDir);
  // one file stands alone; the files of a folder are parts, checked together (targets,
  // counterparts and forms may cross files, and cross-file duplicates are refused)
  if (files.length === 1) return parseLexicon(readText(files[0]!), files[0]!);
  return mergeLexicons(readLexiconParts(fileOrDir).map((p) => p.lexicon), fileOrDir);
}
