/**
 * The little the store needs from a PostgreSQL connection, so that the same
 * SQL runs on embedded PostgreSQL (pglite) and on a server (pg). Only the
 * store sees this; nothing above it knows which database is underneath.
 *
 * Both drivers return int4 as numbers but disagree on int8 and numeric (pg
 * gives strings): queries cast counts and sums to int or float8.
 */
export interface Sql {
  /** One statement with $1… parameters; the rows it returns. */
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface Db extends Sql {
  readonly kind: "embedded" | "server";
  /** Where the data lives, for messages: the folder, or the server without its password. */
  readonly where: string;
  /** `work` in one transaction: all of it is committed, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
