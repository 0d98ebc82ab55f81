/**
 * `xs.map(f)` for the engine's hot path. Array.prototype.map makes its result with one elements
 * kind when it runs as a builtin and another once the optimizing compiler inlines it into the
 * caller, so every function optimized on the first kind is thrown away ("wrong map") when the
 * caller is optimized, a cascade that cost several megabytes of warm-up. Arrays filled by push
 * from one literal keep one kind from the first call on.
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
