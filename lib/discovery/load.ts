import fs from "node:fs";
import path from "node:path";
import { isFileProblem, readTextFile } from "../io/files";
import { writeTextFileAtomic } from "../io/write";
import { readLexiconParts } from "../lexicon/load";
import { mergeLexicons } from "../lexicon/parse";
import { parseYamlAs, ValidationError } from "../lexicon/problems";
import { emptyReviewFile, reviewFileYaml, ReviewFileSchema, type ReviewFile } from "./review";

/** The review file, or an empty one when it does not exist yet; a ValidationError names a broken one. */
export function loadReviewFile(file: string): ReviewFile {
  if (!fs.existsSync(file)) return emptyReviewFile();
  const decoded = readTextFile(file, "utf-8");
  if (isFileProblem(decoded)) throw new ValidationError(file, [{ where: "file", message: decoded.reason }]);
  return parseYamlAs(ReviewFileSchema, decoded.text, file);
}

/**
 * Checks the review file together with the lexicon it joins (the folder's
 * other parts: no colliding form, no dangling target), then writes it. On a
 * problem it throws a ValidationError and the file on disk is left as it was.
 */
export function saveReviewFile(file: string, review: ReviewFile, lexiconDir: string): void {
  const others = fs.existsSync(lexiconDir) ? readLexiconParts(lexiconDir).filter((p) => path.resolve(p.file) !== path.resolve(file)) : [];
  const { rejected: _rejected, ...asLexicon } = review;
  mergeLexicons([...others.map((p) => p.lexicon), asLexicon], file);
  writeTextFileAtomic(file, reviewFileYaml(review));
}
