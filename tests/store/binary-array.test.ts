/**
 * Batch columns in PostgreSQL's binary array format (lib/store/binary-array.ts) read back by both
 * backends exactly as the array literals they replace: Arabic with its marks, 4-byte characters,
 * empty strings, NULLs, large band keys, empty arrays.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { binaryArray, binaryColumns, binaryParams, intArrayRows, sliceSql } from "../../lib/store/binary-array";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { openServer } from "../../lib/store/server";
import { BACKENDS, type Backend } from "./backends";
import { startPostgres } from "./postgres";

async function openRaw(kind: Backend): Promise<{ db: Db; stop(): Promise<void> }> {
  if (kind === "embedded") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-binary-"));
    const db = await openEmbedded(dir, "the binary array test");
    return { db, stop: async () => (await db.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const server = await startPostgres();
  const db = await openServer(server.url);
  return { db, stop: async () => (await db.close(), server.stop()) };
}

const TEXTS = ["قال المُشيرُ خليفة حفتر", "", "ـــ الجيش ـــ", "😀 عدسة", "a\"b\\c,{d} NULL", null, "سطر\nوسطر"];

describe.each(BACKENDS)("binary array parameters on %s PostgreSQL", (kind) => {
  let raw: { db: Db; stop(): Promise<void> };
  beforeAll(async () => {
    raw = await openRaw(kind);
  }, 300_000);
  afterAll(async () => {
    await raw?.stop();
  });

  it("reads text, int and int8 elements back as they were, in order, NULLs included", async () => {
    const bands = [0, 1, 31 * 2 ** 32 + 4_294_967_295, 2 ** 40];
    const rows = await raw.db.query<{ t: string | null; i: number | null; b: string; n: number }>(
      "SELECT t, i, b::text AS b, n::int AS n FROM unnest($1::text[], $2::int[], $3::int8[]) WITH ORDINALITY AS u(t, i, b, n) ORDER BY n",
      [binaryArray("text", TEXTS), binaryArray("int", [1, -2, null, 2_147_483_647, 0, 5, 6]), binaryArray("int8", [...bands, 7, 8, 9])],
    );
    expect(rows.map((r) => r.t)).toEqual(TEXTS);
    expect(rows.map((r) => r.i)).toEqual([1, -2, null, 2_147_483_647, 0, 5, 6]);
    expect(rows.map((r) => r.b)).toEqual([...bands, 7, 8, 9].map(String));
  });

  it("sends an empty array as an empty array", async () => {
    const [row] = await raw.db.query<{ n: number; empty: boolean }>("SELECT cardinality($1::text[]) AS n, $1::text[] = '{}'::text[] AS empty", [binaryArray("text", [])]);
    expect(row).toEqual({ n: 0, empty: true });
  });

  it("equals the array literal the driver builds from the same strings (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.string({ unit: "grapheme" }), { nil: null }), { maxLength: 20 }), async (texts) => {
        // PostgreSQL text cannot hold NUL
        const valid = texts.map((t) => (t === null ? null : t.replace(/\0/g, "")));
        const [row] = await raw.db.query<{ same: boolean }>("SELECT $1::text[] IS NOT DISTINCT FROM $2::text[] AS same", [binaryArray("text", valid), valid]);
        expect(row!.same).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("reads bytes back as they were, empty and NULL included", async () => {
    const bytes = [Uint8Array.from([0, 1, 127, 128, 255]), new Uint8Array(0), null, Buffer.from("حفتر")];
    const rows = await raw.db.query<{ b: Uint8Array | null }>("SELECT b FROM unnest($1::bytea[]) WITH ORDINALITY AS u(b, n) ORDER BY n", [binaryArray("bytea", bytes)]);
    expect(rows.map((r) => (r.b === null ? null : [...r.b]))).toEqual(bytes.map((b) => (b === null ? null : [...b])));
  });

  it("gives each row its own int array sliced from one flat array, empty ones included (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 6 }), { minLength: 1, maxLength: 12 }), async (arrays) => {
        const { flat, from, to } = intArrayRows(arrays);
        const rows = await raw.db.query<{ a: number[] }>(`SELECT ${sliceSql("$3", "f", "t")} AS a FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS u(f, t, n) ORDER BY n`, [
          binaryArray("int", from),
          binaryArray("int", to),
          binaryArray("int", flat),
        ]);
        expect(rows.map((r) => r.a)).toEqual(arrays);
      }),
      { numRuns: 30 },
    );
  });

  it("carries a batch's columns by name into unnest, as the article insert does", async () => {
    const spec = [
      ["title", "text"],
      ["line", "int"],
    ] as const;
    const batch = [
      { title: "حكومة الوفاق الوطني", line: 2 },
      { title: null, line: null },
    ];
    const rows = await raw.db.query<{ title: string | null; line: number | null }>(`SELECT * FROM unnest(${binaryParams(spec)}) AS u(title, line)`, binaryColumns(batch, spec));
    expect(rows).toEqual(batch);
  });
});
