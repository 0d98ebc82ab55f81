import type { TextDiff } from "../align";
import type { Article } from "../corpus/schema";

const about = (a: Pick<Article, "id" | "path" | "outlet" | "title">) => ({ id: a.id, path: a.path, outlet: a.outlet, title: a.title });

/**
 * The diff as JSON: the shape `adasa diff --format json` prints and the web
 * API returns. `pairs[].a`/`b` are sentence indexes; offsets are into each body.
 */
export function diffJson(a: Pick<Article, "id" | "path" | "outlet" | "title">, b: Pick<Article, "id" | "path" | "outlet" | "title">, diff: TextDiff) {
  return { a: about(a), b: about(b), threshold: diff.threshold, pairs: diff.pairs, swaps: diff.swaps };
}

export type DiffJson = ReturnType<typeof diffJson>;
