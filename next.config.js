/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The engine reads lexicons and articles from disk at request time; keep them out of the bundle.
  // The store: pglite loads its WebAssembly and data files from its package folder at run time; pg and piscina are Node-only.
  serverExternalPackages: ["iconv-lite", "js-yaml", "playwright-core", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "piscina"],
};

module.exports = nextConfig;
