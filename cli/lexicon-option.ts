import { createEngine, type Engine } from "../lib/analysis/engine";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexiconCached } from "../lib/lexicon/cached";
import type { Lexicon } from "../lib/lexicon/schema";
import { ValidationError } from "../lib/lexicon/problems";
import { reportValidation, type Io } from "./output";

/** The lexicon of --lexicon (the bundled lexicons by default), checked, or undefined after reporting why not. */
export function lexiconFor(io: Io, lexiconPath: string | undefined): Lexicon | undefined {
  const source = lexiconPath ?? defaultLexiconPath();
  try {
    return loadLexiconCached(source);
  } catch (error) {
    if (error instanceof ValidationError) {
      reportValidation(io, "lexicon", error);
      return undefined;
    }
    throw error;
  }
}

/** The engine for --lexicon (the bundled lexicons by default), or undefined after reporting why not. */
export function engineFor(io: Io, lexiconPath: string | undefined): Engine | undefined {
  const lexicon = lexiconFor(io, lexiconPath);
  return lexicon && createEngine(lexicon);
}
