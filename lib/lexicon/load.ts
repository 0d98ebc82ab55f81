import { expandPaths, isFileProblem, readTextFile } from "../io/files";
import { mergeLexicons, parseLexicon, parseLexiconShape, type ReadLexicon } from "./parse";
import { ValidationError } from "./problems";

export const LEXICON_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

/**
 * A lexicon file, or a folder whose lexicon files are used together.
 * Throws ValidationError naming the file and every problem.
 */
export function loadLexicon(fileOrDir: string): ReadLexicon {
  const { files, problems } = expandPaths([fileOrDir], LEXICON_EXTENSIONS);
  if (problems.length > 0) throw new ValidationError(fileOrDir, problems.map((p) => ({ where: "file", message: p.reason })));
  if (files.length === 0) throw new ValidationError(fileOrDir, [{ where: "file", message: "no lexicon files (.yaml, .yml, .json) here" }]);
  const read = (file: string) => {
    const decoded = readTextFile(file, "utf-8");
    if (isFileProblem(decoded)) throw new ValidationError(file, [{ where: "file", message: decoded.reason }]);
    return decoded.text;
  };
  // one file stands alone; the files of a folder are parts, checked together (targets,
  // counterparts and forms may cross files, and cross-file duplicates are refused)
  if (files.length === 1) return parseLexicon(read(files[0]!), files[0]!);
  return mergeLexicons(files.map((f) => parseLexiconShape(read(f), f)), fileOrDir);
}
