/**
 * Which requests are answered from the rendered-page cache (app/page-cache.ts): the pages of the
 * store whose rendering costs most and whose every byte is a function of their address, the lexicon
 * version and the store's data version. Kept free of server modules: proxy.ts reads it.
 */
export const CACHED_PAGES: ReadonlySet<string> = new Set(["/", "/timeline", "/corpus"]);

/** Where the proxy sends a cached page's request: a route handler that answers from the cache. */
export const PAGE_CACHE_ROUTE = "/api/pages";

/** Marks the cache's own request for a page it renders: that one reaches the page itself. */
export const RENDER_HEADER = "x-adasa-render";

/**
 * Requests of the client router (an RSC payload, a prefetch, a server action) ask for something
 * else than the page's HTML, by headers the cache's key does not hold: they go to the page.
 */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", RENDER_HEADER];

/** The cache route's path for a document request of a cached page, else null (the page answers itself). */
export function pageCachePath(method: string, pathname: string, headers: Headers): string | null {
  if (method !== "GET" || !CACHED_PAGES.has(pathname) || NOT_A_DOCUMENT.some((h) => headers.has(h))) return null;
  return pathname === "/" ? PAGE_CACHE_ROUTE : PAGE_CACHE_ROUTE + pathname;
}
