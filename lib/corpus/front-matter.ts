import type JsYaml from "js-yaml";
import { lazy } from "../work/lazy";

/**
 * YAML front matter, split off as gray-matter 4 does (whose rules the corpus
 * was written for): `---` opens the file, the first line starting with `---`
 * closes it, and one line break after the closing line is dropped from the
 * body. Parsed with js-yaml's core schema: unlike gray-matter's default it
 * keeps a date as the text the file gives, so an impossible 2019-13-45 is
 * reported by the schema instead of rolling over into 2020-02-14. Done here
 * directly because gray-matter copied each file into a Buffer and rebuilt it,
 * which cost more than the analysis on folders of small files.
 */
export interface FrontMatter {
  readonly data: unknown;
  readonly body: string;
}

const OPEN = /^\uFEFF?---(?=\r?\n)/;
const CLOSE = "\n---";

export const hasFrontMatter = (text: string): boolean => OPEN.test(text);

/**
 * One line of the plainest front matter, the kind a script writes: a key of
 * letters, digits and underscores, then a double-quoted string with no
 * escape, `null`, or a date. js-yaml gives exactly this for such a line
 * (a date is a string in the core schema); anything else (comments, blank
 * lines, lists, escapes, other scalars) is left to js-yaml.
 */
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_]*): (?:"([^"\\\x00-\x1f\x7f-\x9f]*)"|(null)|(\d{4}-\d{2}-\d{2}))\r?$/;
/** Characters js-yaml refuses anywhere in a document (its own pattern): such a block must reach it, to be refused. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Keys js-yaml does not take as written (True is the key "true"), and `__proto__`: left to js-yaml. */
const UNPLAIN_KEY = /^(?:true|false|null|__proto__)$/i;

/**
 * The data of a block made only of plain lines, read without js-yaml (which
 * cost several times the split itself on folders of small files), else
 * undefined. A key given twice goes to js-yaml too, which refuses it.
 */
function plainBlock(block: string): Record<string, unknown> | undefined {
  if (NON_PRINTABLE.test(block)) return undefined;
  const lines = block.split("\n");
  // the block starts with the line break after the opening ---
  if (lines[0] !== "" && lines[0] !== "\r") return undefined;
  const data: Record<string, unknown> = {};
  for (let i = 1; i < lines.length; i++) {
    const m = PLAIN_LINE.exec(lines[i]!);
    if (!m || UNPLAIN_KEY.test(m[1]!) || Object.hasOwn(data, m[1]!)) return undefined;
    data[m[1]!] = m[2] ?? m[4] ?? null;
  }
  return lines.length > 1 ? data : undefined;
}

/** js-yaml, loaded the first time a block is not plain: 40–60 ms of CPU in every thread of `adasa analyze`, and a folder written by a script never needs it. */
const jsYaml = lazy(() => require("js-yaml") as typeof JsYaml);

/** The data of a front-matter block, as js-yaml's core schema reads it; throws js-yaml's error for broken YAML. */
export function parseBlock(block: string): unknown {
  const plain = plainBlock(block);
  if (plain) return plain;
  // a block of nothing but comments is empty, as in gray-matter
  const empty = block.replace(/^\s*#[^\n]+/gm, "").trim() === "";
  if (empty) return {};
  const yaml = jsYaml();
  return yaml.safeLoad(block, { schema: yaml.CORE_SCHEMA });
}

/** The front matter's data and the body after it; throws js-yaml's error for broken YAML. Call only when hasFrontMatter(text). */
export function splitFrontMatter(text: string): FrontMatter {
  const rest = text.slice(OPEN.exec(text)![0].length);
  const close = rest.indexOf(CLOSE);
  const block = close < 0 ? rest : rest.slice(0, close);
  let body = close < 0 ? "" : rest.slice(close + CLOSE.length);
  if (body[0] === "\r") body = body.slice(1);
  if (body[0] === "\n") body = body.slice(1);
  return { data: parseBlock(block), body };
}
