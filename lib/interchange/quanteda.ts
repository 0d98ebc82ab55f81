import { stringify } from "yaml";
import { z } from "zod";
import { parseYamlData } from "../lexicon/problems";
import type { Dictionary } from "./dictionary";

/**
 * quanteda's YAML dictionary (`dictionary(file = …, format = "YAML")`): keys
 * mapping to lists of words, or to keys one level down. Deeper levels are
 * flattened into the second key (`a/b`).
 */
const Words = z.array(z.union([z.string(), z.number()]).transform(String));
type Nested = z.infer<typeof Words> | { [key: string]: Nested };
const NestedSchema: z.ZodType<Nested> = z.lazy(() => z.union([Words, z.record(z.string(), NestedSchema)]));
export const QuantedaSchema = z.record(z.string(), NestedSchema);

export function writeQuanteda(dictionary: Dictionary): string {
  const out: Record<string, string[] | Record<string, string[]>> = {};
  for (const c of dictionary) {
    if (c.subkey === null) out[c.key] = [...c.words];
    else {
      const node = (out[c.key] ??= {});
      if (Array.isArray(node)) throw new Error(`category ${c.key} has both words and subcategories`);
      node[c.subkey] = [...c.words];
    }
  }
  return stringify(out, { lineWidth: 0 });
}

function flatten(key: string, subkey: string | null, node: Nested, into: { key: string; subkey: string | null; words: string[] }[]): void {
  if (Array.isArray(node)) into.push({ key, subkey, words: node });
  else for (const [k, v] of Object.entries(node)) flatten(key, subkey === null ? k : `${subkey}/${k}`, v, into);
}

/** A quanteda YAML dictionary → the dictionary, or a ValidationError naming the file. */
export function readQuanteda(text: string, source: string): Dictionary {
  const data = parseYamlData(text, source);
  const parsed = QuantedaSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${source}: not a quanteda dictionary (keys → lists of words, or keys): ${parsed.error.issues[0]?.message ?? ""}`);
  const out: { key: string; subkey: string | null; words: string[] }[] = [];
  for (const [k, v] of Object.entries(parsed.data)) flatten(k, null, v, out);
  return out;
}
