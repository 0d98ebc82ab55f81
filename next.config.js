const cachedPages = require("./app/cached-pages.json");

/**
 * The document requests of the store's costliest pages go to the rendered-page cache's route
 * (app/page-cache.ts); the client router's requests (an RSC payload, a prefetch) and the cache's own
 * request for the page go to the page itself. A rewrite, not the proxy: Next.js hides the client
 * router's headers from the proxy, and a rewrite's conditions see them.
 */
const pageCacheRewrites = () =>
  cachedPages.pages.map((page) => ({
    source: page,
    destination: page === "/" ? cachedPages.route : cachedPages.route + page,
    missing: [...cachedPages.notDocumentHeaders, cachedPages.renderHeader].map((key) => ({ type: "header", key })),
  }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The engine reads lexicons and articles from disk at request time; keep them out of the bundle.
  // The store: pglite loads its WebAssembly and data files from its package folder at run time; pg and piscina are Node-only.
  serverExternalPackages: ["iconv-lite", "js-yaml", "playwright-core", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "piscina"],
  async rewrites() {
    return { beforeFiles: pageCacheRewrites(), afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
