import { z } from "zod";
import type { ExportIdentity } from "../import";
import type { Sql } from "./db";

/** What reading an export file whole gave (migration 008): enough to report a re-import of it without reading it again. */
export interface ExportRead {
  readonly identity: ExportIdentity;
  readonly articles: number;
  readonly problems: readonly { line: number | null; reason: string }[];
}

const StoredProblemsSchema = z.array(z.object({ line: z.number().int().nullable(), reason: z.string() }));

/** What the store remembers of an export file with this identity, if it was imported whole before. */
export async function knownExport(db: Sql, identity: ExportIdentity): Promise<Omit<ExportRead, "identity"> | undefined> {
  const rows = await db.query<{ articles: number; problems: unknown }>("SELECT articles, problems FROM import_sources WHERE sha256 = $1 AND size = $2 AND options = $3", [
    identity.sha256,
    identity.size,
    identity.options,
  ]);
  const row = rows[0];
  // pglite and pg both parse jsonb; a text column would come as a string
  return row && { articles: row.articles, problems: StoredProblemsSchema.parse(typeof row.problems === "string" ? JSON.parse(row.problems) : row.problems) };
}

/** Whether an export file of this size was imported whole with these read options (then it is worth hashing before it is read). */
export async function knownExportSize(db: Sql, size: number, options: string): Promise<boolean> {
  return (await db.query("SELECT 1 FROM import_sources WHERE size = $1 AND options = $2 LIMIT 1", [size, options])).length > 0;
}

/** Remembers export files read whole, once every batch of their rows is committed. */
export async function rememberExports(db: Sql, batchId: number, reads: readonly ExportRead[]): Promise<void> {
  if (reads.length === 0) return;
  await db.query(
    `INSERT INTO import_sources (sha256, size, options, articles, problems, batch_id)
     SELECT s, z, o, a, p::jsonb, $6 FROM unnest($1::text[], $2::bigint[], $3::text[], $4::int[], $5::text[]) AS u(s, z, o, a, p)
     ON CONFLICT DO NOTHING`,
    [reads.map((r) => r.identity.sha256), reads.map((r) => r.identity.size), reads.map((r) => r.identity.options), reads.map((r) => r.articles), reads.map((r) => JSON.stringify(r.problems)), batchId],
  );
}
