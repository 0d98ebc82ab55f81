import { CorpusFilterSchema } from "@/lib/analysis/filter";

/**
 * Filters live in the URL (?outlets=a,b&targets=haftar&from=2019&to=2019-12&voice=own&resolved=0),
 * so every view can be shared by link.
 */
export type Query = Record<string, string | string[] | undefined>;

const list = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v) || undefined;

export function parseFilter(query: Query) {
  return CorpusFilterSchema.safeParse({
    ids: list(query.ids),
    outlets: list(query.outlets),
    targets: list(query.targets),
    from: one(query.from),
    to: one(query.to),
    voice: one(query.voice) ?? "all",
    resolved: one(query.resolved) !== "0",
  });
}
