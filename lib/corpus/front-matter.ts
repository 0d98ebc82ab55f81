import yaml from "js-yaml";

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

/** The front matter's data and the body after it; throws js-yaml's error for broken YAML. Call only when hasFrontMatter(text). */
export function splitFrontMatter(text: string): FrontMatter {
  const rest = text.slice(OPEN.exec(text)![0].length);
  const close = rest.indexOf(CLOSE);
  const block = close < 0 ? rest : rest.slice(0, close);
  let body = close < 0 ? "" : rest.slice(close + CLOSE.length);
  if (body[0] === "\r") body = body.slice(1);
  if (body[0] === "\n") body = body.slice(1);
  // a block of nothing but comments is empty, as in gray-matter
  const empty = block.replace(/^\s*#[^\n]+/gm, "").trim() === "";
  return { data: empty ? {} : yaml.safeLoad(block, { schema: yaml.CORE_SCHEMA }), body };
}
