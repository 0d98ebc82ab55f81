import type { Dictionary, DictionaryCategory } from "./dictionary";

/**
 * LIWC's `.dic` format: a header of numbered categories between `%` lines,
 * then one word per line followed by the numbers of its categories, fields
 * separated by tabs (LIWC 2015 and LIWC-22; phrases hold spaces, so the word
 * is everything before the first tab). LIWC categories are flat: a nested
 * category is written `key/subkey`.
 */
export function writeLiwc(dictionary: Dictionary): string {
  const names = dictionary.map((c) => (c.subkey === null ? c.key : `${c.key}/${c.subkey}`));
  const header = names.map((n, i) => `${i + 1}\t${n}`);
  const numbers = new Map<string, number[]>();
  dictionary.forEach((c, i) => c.words.forEach((w) => numbers.set(w, [...(numbers.get(w) ?? []), i + 1])));
  const words = [...numbers].map(([w, ns]) => `${w}\t${ns.join("\t")}`);
  return ["%", ...header, "%", ...words, ""].join("\n");
}

export class DicError extends Error {}

/** A `.dic` file → the dictionary, or a DicError naming the line. A trailing `*` (LIWC's prefix wildcard) is kept in the word. */
export function readLiwc(text: string): Dictionary {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === "%");
  if (start < 0) throw new DicError("line 1: no % line opening the category header");
  const end = lines.findIndex((l, i) => i > start && l.trim() === "%");
  if (end < 0) throw new DicError(`line ${start + 1}: the category header is never closed by a % line`);
  const categories = new Map<string, { name: string; words: string[] }>();
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^(\S+)\s+(.+)$/.exec(line);
    if (!m) throw new DicError(`line ${i + 1}: a category needs a number and a name: "${line}"`);
    categories.set(m[1]!, { name: m[2]!.trim(), words: [] });
  }
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, "");
    if (!line.trim()) continue;
    const fields = line.includes("\t") ? line.split("\t").map((f) => f.trim()).filter(Boolean) : line.trim().split(/\s+/);
    const [word, ...refs] = fields;
    if (!word || refs.length === 0) throw new DicError(`line ${i + 1}: "${line}" has no category number`);
    for (const ref of refs.flatMap((r) => r.split(/\s+/))) {
      const c = categories.get(ref);
      if (!c) throw new DicError(`line ${i + 1}: category ${ref} of "${word}" is not in the header`);
      c.words.push(word);
    }
  }
  return [...categories.values()].map((c): DictionaryCategory => {
    const slash = c.name.indexOf("/");
    return slash > 0 ? { key: c.name.slice(0, slash), subkey: c.name.slice(slash + 1), words: c.words } : { key: c.name, subkey: null, words: c.words };
  });
}
