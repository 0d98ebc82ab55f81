import { expandPaths, isFileProblem, readTextFile } from "../io/files";
import { parseYamlAs, ValidationError } from "../lexicon/problems";
import { parseMarkup } from "./markup";
import { GoldFileSchema } from "./schema";
import type { GoldText } from "./score";

export const GOLD_EXTENSIONS = [".yaml", ".yml"] as const;

/** YAML text of one gold file → its passages with markup parsed; a ValidationError names the file and passage. */
export function parseGoldFile(text: string, source: string): GoldText[] {
  return parseYamlAs(GoldFileSchema, text, source).map((p) => {
    try {
      return { id: p.id, style: p.style, date: p.date ?? null, ...parseMarkup(p.text) };
    } catch (error) {
      throw new ValidationError(source, [{ where: `passage "${p.id}"`, message: (error as Error).message }]);
    }
  });
}

/** Every gold file of a folder (or one file); passage ids must be unique across files. */
export function loadGold(fileOrDir: string): GoldText[] {
  const { files, problems } = expandPaths([fileOrDir], GOLD_EXTENSIONS);
  if (problems.length > 0) throw new ValidationError(fileOrDir, problems.map((p) => ({ where: "file", message: p.reason })));
  const passages = files.flatMap((file) => {
    const decoded = readTextFile(file, "utf-8");
    if (isFileProblem(decoded)) throw new ValidationError(file, [{ where: "file", message: decoded.reason }]);
    return parseGoldFile(decoded.text, file);
  });
  const seen = new Set<string>();
  for (const p of passages) {
    if (seen.has(p.id)) throw new ValidationError(fileOrDir, [{ where: `passage "${p.id}"`, message: "duplicate passage id" }]);
    seen.add(p.id);
  }
  return passages;
}
