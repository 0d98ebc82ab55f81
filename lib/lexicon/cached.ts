import path from "node:path";
import { cachedJson, filesIn, hashFiles } from "../io/cache";
import { expandPaths } from "../io/files";
import { projectRoot } from "../io/paths";
import { loadLexicon, LEXICON_EXTENSIONS } from "./load";
import type { Lexicon } from "./schema";

/**
 * The lexicon of `fileOrDir` as loadLexicon reads and checks it, from a cache keyed by the
 * lexicon files, the code that reads them and the installed packages: reading the YAML and checking
 * it took about 0.6 s of every command's start. A lexicon with problems is never cached: it throws
 * loadLexicon's ValidationError every time.
 */
export function loadLexiconCached(fileOrDir: string): Lexicon {
  const { files, problems } = expandPaths([fileOrDir], LEXICON_EXTENSIONS);
  if (problems.length > 0 || files.length === 0) return loadLexicon(fileOrDir).lexicon; // its error, named
  const code = filesIn(path.join(projectRoot(), "lib", "lexicon"), [".ts"]);
  const key = hashFiles([...files, ...code, path.join(projectRoot(), "package-lock.json")]);
  return cachedJson("lexicon", key, () => loadLexicon(fileOrDir).lexicon);
}
