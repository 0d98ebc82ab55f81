import cached from "./cached-pages.json";

/**
 * Which requests are answered from the rendered-page cache (app/page-cache.ts): the document
 * requests of the store's pages whose rendering costs most and whose every byte is a function of
 * their address, the lexicon version and the store's data version. next.config.js reads the same
 * JSON to send them to the cache's route (a rewrite: the proxy cannot tell them apart, since
 * Next.js hides the client router's headers from it).
 */
export const CACHED_PAGES: ReadonlySet<string> = new Set(cached.pages);

/** Marks the cache's own request for a page it renders: that one reaches the page itself. */
export const RENDER_HEADER = cached.renderHeader;
