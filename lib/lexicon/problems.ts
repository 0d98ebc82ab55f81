import type * as Yaml from "yaml";
import type { z } from "zod";
import { lazy } from "../work/lazy";

/** The yaml package, loaded when a YAML file is parsed: a thread that only reports problems (the worker threads of `adasa analyze`) never needs it. */
const yaml = lazy(() => require("yaml") as typeof Yaml);

/** A reason a lexicon (or any checked data file) is refused, naming the place. */
export interface Problem {
  /** Where: an entry id, `entries[3]`, or the file itself. */
  readonly where: string;
  readonly message: string;
}

export class ValidationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${source}: ${problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`);
    this.name = "ValidationError";
  }
}

/**
 * Turns zod issues into problems that name the entry by its id when the
 * data has one (entries[12] → entry "haftar-field-marshal").
 */
export function problemsFromZod(error: z.ZodError, data: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    return { where: describePath(path, data), message: issue.message };
  });
}

/** What an item of a list is called in messages: entries[3] → entry "id". */
const singular = (list: string | undefined): string => (list?.endsWith("ies") ? `${list.slice(0, -3)}y` : (list?.replace(/s$/, "") ?? "item"));

function describePath(path: readonly string[], data: unknown): string {
  if (path.length === 0) return "file";
  let node: unknown = data;
  let named = "";
  const rest: string[] = [];
  for (const key of path) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    const id = node && typeof node === "object" && !Array.isArray(node) ? (node as { id?: unknown }).id : undefined;
    if (typeof id === "string" && id) {
      named = `${singular(rest[rest.length - 1])} "${id}"`;
      rest.length = 0;
    } else {
      rest.push(key);
    }
  }
  const tail = rest.join(".");
  if (!named) return tail;
  return tail ? `${named} (${tail})` : named;
}

/** YAML (or JSON) text → data, or a ValidationError with the line of the syntax error. */
export function parseYamlData(text: string, source: string): unknown {
  try {
    return yaml().parse(text);
  } catch (error) {
    const where = error instanceof yaml().YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : "file";
    throw new ValidationError(source, [{ where, message: `not valid YAML/JSON: ${(error as Error).message.split("\n")[0]}` }]);
  }
}

/** YAML (or JSON) text checked by a zod schema: the data, or a ValidationError naming the file and each problem. */
export function parseYamlAs<S extends z.ZodType>(schema: S, text: string, source: string): z.output<S> {
  const data = parseYamlData(text, source);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ValidationError(source, problemsFromZod(parsed.error, data));
  return parsed.data;
}
