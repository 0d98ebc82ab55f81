/**
 * Whether two checkouts' imports leave the same store: FILE imported by each checkout's `bin/adasa.js` into a fresh
 * embedded store (`ADASA_DATA=NEW DATABASE_URL=`, the same arguments), then every table of the two stores compared
 * row by row: articles (with their signatures and near-duplicate links), analyses, their matches and tallies, the
 * match strings, the summary's tables, outlets, batches, problems, the remembered exports. Time columns are left out
 * (they say when the import ran), and so is `data_version_slots` (a counter spread over slots as writers come).
 * Each table's rows are read as text and sorted, so the order PostgreSQL returns them in does not count. Also
 * compares the import's printed summary. Prints each table's row count and the first differing rows; exits 1 on a
 * difference, 0 when the stores are the same.
 *
 *   node bin/run-ts.js scripts/check-store-same.ts BEFORE_DIR AFTER_DIR FILE [--keep]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { positionalArgs } from "./bench-data";

/** Tables whose rows legitimately differ between two imports of the same file. */
const SKIPPED_TABLES = new Set(["data_version_slots"]);
/** Column types that hold when something happened, not what was imported. */
const TIME_TYPES = new Set(["timestamp with time zone", "timestamp without time zone", "date", "interval"]);
/**
 * Tables whose arrays are in no particular order (summary_tallies' elements and naming terms, migrations 019 and
 * 021: a fold by SQL gathers them in the order of its hash aggregation, which its work memory changes, an import's
 * own sums in the order it met them), compared through the view that gives one row per element with its naming terms
 * in term order.
 */
const ORDERLESS: Readonly<Record<string, string>> = { summary_tallies: "summary_tally_rows" };
/** Rows printed either side of a difference. */
const SHOWN = 3;

/** Imports `file` with `checkout`'s command into a fresh store in `dir`; the command's standard output. */
function importWith(checkout: string, file: string, dir: string): string {
  return execFileSync(process.execPath, [path.join(checkout, "bin", "adasa.js"), "import", path.resolve(file), "--format", "json"], {
    cwd: checkout,
    env: { ...process.env, ADASA_DATA: dir, DATABASE_URL: "" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

interface Table {
  readonly name: string;
  readonly columns: readonly string[];
}

/** The store's tables, each with the columns compared (time columns left out). */
async function tables(db: PGlite): Promise<Table[]> {
  const rows = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
  );
  const byName = new Map<string, string[]>();
  for (const r of rows.rows) {
    if (SKIPPED_TABLES.has(r.table_name)) continue;
    if (!byName.has(r.table_name)) byName.set(r.table_name, []);
    if (!TIME_TYPES.has(r.data_type)) byName.get(r.table_name)!.push(r.column_name);
  }
  return [...byName].map(([name, columns]) => ({ name, columns }));
}

/** A table's rows as text (the compared columns), sorted. */
async function rowsOf(db: PGlite, table: Table): Promise<string[]> {
  if (table.columns.length === 0) return [];
  const columns = table.columns.map((c) => `"${c}"`).join(", ");
  const view = ORDERLESS[table.name];
  const rows = await db.query<{ r: string }>(view ? `SELECT v::text AS r FROM "${view}" v` : `SELECT (${columns})::text AS r FROM "${table.name}"`);
  return rows.rows.map((x) => x.r).sort();
}

/** The first place two sorted row lists differ, with a few rows either side; undefined when they are the same. */
function rowDifference(a: readonly string[], b: readonly string[]): string | undefined {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return undefined;
  // long rows (arrays of a whole summary row) shown from a little before where the first two differ
  const [x, y] = [a[i] ?? "", b[i] ?? ""];
  let c = 0;
  while (c < x.length && c < y.length && x[c] === y[c]) c++;
  const start = Math.max(0, c - 100);
  const cut = (r: string) => `${start > 0 ? "…" : ""}${r.slice(start, start + 300)}${r.length > start + 300 ? "…" : ""}`;
  const shown = (rows: readonly string[]) => rows.slice(i, i + SHOWN).map((r) => `    ${cut(r)}`).join("\n") || "    (no more rows)";
  return `${a.length} rows before, ${b.length} after; first difference at sorted row ${i + 1}:\n  before:\n${shown(a)}\n  after:\n${shown(b)}`;
}

async function main(): Promise<number> {
  const [before, after, file] = positionalArgs();
  if (!before || !after || !file) throw new Error("usage: check-store-same.ts BEFORE_DIR AFTER_DIR FILE [--keep]");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-store-same-"));
  const dirs = [path.join(work, "before"), path.join(work, "after")];
  try {
    const printed = [importWith(before, file, dirs[0]!), importWith(after, file, dirs[1]!)];
    let differences = 0;
    if (printed[0] !== printed[1]) {
      differences++;
      console.log(`the import's summary differs:\n  before: ${printed[0]!.trim()}\n  after:  ${printed[1]!.trim()}`);
    } else console.log(`the import's summary: ${printed[0]!.trim()}`);
    const [a, b] = [await PGlite.create(dirs[0]!), await PGlite.create(dirs[1]!)];
    try {
      const [ta, tb] = [await tables(a!), await tables(b!)];
      const names = [...new Set([...ta, ...tb].map((t) => t.name))].sort();
      for (const name of names) {
        const [x, y] = [ta.find((t) => t.name === name), tb.find((t) => t.name === name)];
        if (!x || !y || x.columns.join() !== y.columns.join()) {
          differences++;
          console.log(`${name}: columns differ (before: ${x?.columns.join(", ") ?? "no table"}; after: ${y?.columns.join(", ") ?? "no table"})`);
          continue;
        }
        const [rx, ry] = [await rowsOf(a!, x), await rowsOf(b!, y)];
        const difference = rowDifference(rx, ry);
        if (difference) differences++;
        console.log(difference ? `${name}: DIFFERS, ${difference}` : `${name}: ${rx.length} rows, the same`);
      }
    } finally {
      await a!.close();
      await b!.close();
    }
    console.log(differences === 0 ? "the stores are the same" : `${differences} difference(s)`);
    return differences === 0 ? 0 : 1;
  } finally {
    if (process.argv.includes("--keep")) console.log(`stores kept in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
