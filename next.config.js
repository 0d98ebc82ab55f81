/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The engine reads lexicons and articles from disk at request time; keep them out of the bundle.
  serverExternalPackages: ["iconv-lite", "js-yaml", "playwright-core", "piscina"],
};

module.exports = nextConfig;
