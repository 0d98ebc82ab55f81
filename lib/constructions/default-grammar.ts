import data from "./constructions.json";
import type { Constructions } from "./schema";

/**
 * The bundled construction grammar, as ConstructionsSchema reads it (its `$comment` left out), without zod: the
 * engine's path (every analysis thread's start) loads no schema library. tests/unit/framing.test.ts checks that the
 * schema reads the file into exactly this, so the bundled file is still checked, once, by the tests.
 */
const { $comment: _comment, ...grammar } = data;
// a JSON import types its enums (category, clitic, relation) as plain strings: the test is what narrows them
export const DEFAULT_CONSTRUCTIONS = grammar as Constructions;
