/**
 * Helpers for batch statements: a batch goes to PostgreSQL as one array per
 * column, turned back into rows by `unnest` (one INSERT for thousands of rows
 * instead of one per row).
 */

/** The columns of `rows`, one array each, in the order of `keys`. */
export function columns<R, K extends keyof R>(rows: readonly R[], keys: readonly K[]): unknown[][] {
  return keys.map((k) => rows.map((r) => r[k] ?? null));
}

/** `$first::type1, $first+1::type2, …` for unnest(…). */
export const unnestParams = (types: readonly string[], first = 1): string => types.map((t, i) => `$${first + i}::${t}[]`).join(", ");
