/**
 * A package loaded the first time it is needed, not when the module naming
 * it loads: every thread of `adasa analyze` loads its whole bundle, and a
 * package that only rare input needs (js-yaml for front matter that is not
 * plain, iconv-lite for legacy code pages) cost its load in every thread for
 * nothing (README, round 7). `load` must name the package in a literal
 * `require` so that bundlers still see it.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: { readonly value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
