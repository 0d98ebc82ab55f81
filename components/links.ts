import type { Lang } from "@/messages/ui";

/**
 * Every internal address of the UI, built in one place. Values go through
 * URLSearchParams (percent-encoded): article-derived strings never reach an
 * href any other way. The language travels with every link.
 */
export type Params = Readonly<Record<string, string | number | null | undefined>>;

export function href(path: string, params: Params = {}, lang: Lang = "en", hash?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  if (lang === "ar") q.set("lang", "ar");
  const s = q.toString();
  return `${path}${s ? `?${s}` : ""}${hash ? `#${encodeURIComponent(hash)}` : ""}`;
}

/** The filters that carry from the comparison to the passages behind a bar. */
export interface PassageScope {
  readonly voice: "all" | "own";
  readonly from?: string;
  readonly to?: string;
}

export const passagesHref = (lang: Lang, scope: PassageScope, q: { outlet?: string; target?: string; term?: string; voice?: "all" | "own" }) =>
  href("/passages", { outlet: q.outlet, target: q.target, term: q.term, voice: q.voice ?? scope.voice, from: scope.from, to: scope.to }, lang);

export const articleHref = (lang: Lang, id: string, at?: number) =>
  href(`/articles/${encodeURIComponent(id)}`, {}, lang, at === undefined ? undefined : `m-${at}`);

export const compareHref = (lang: Lang, a?: string, b?: string) => href("/compare", { a, b }, lang);

export const collateHref = (lang: Lang, ids: readonly string[]) => href("/collate", { ids: ids.join(",") }, lang);

/** An article's own address, shown as a link only when it is plain http(s). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
