/** The embedded store in a thread of its own (thread-session.ts) keeps the in-thread store's semantics: errors with their code, transactions, binary parameters. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { binaryArray } from "../../lib/store/binary-array";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { seed } from "../helpers";

const bodies = ["001", "004"].map((prefix) => seed(prefix).body);

describe.each([false, true])("embedded PostgreSQL, pglite in the opening thread: %s", (inThisThread) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-thread-"));
  let db: Db;
  beforeAll(async () => {
    db = await openEmbedded(dir, "the thread test", { inThisThread });
    await db.exec("CREATE TABLE texts (id int PRIMARY KEY, body text NOT NULL)");
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("throws PostgreSQL's error with its code and detail (the batch writer retries by code)", async () => {
    await db.query("INSERT INTO texts VALUES (1, $1)", [bodies[0]]);
    const error = await db.query("INSERT INTO texts VALUES (1, $1)", [bodies[1]]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "23505", detail: "Key (id)=(1) already exists.", message: expect.stringMatching(/duplicate key/) });
    await db.exec("DELETE FROM texts");
  });

  it("rolls back a transaction whose work throws, and commits one whose work returns", async () => {
    const thrown = await db
      .transaction(async (tx) => {
        await tx.query("INSERT INTO texts VALUES (2, $1)", [bodies[0]]);
        expect(await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM texts")).toEqual([{ n: 1 }]);
        throw new Error("حفتر: the work failed");
      })
      .catch((e: unknown) => e);
    expect((thrown as Error).message).toBe("حفتر: the work failed");
    expect(await db.query("SELECT id FROM texts")).toEqual([]);
    const returned = await db.transaction(async (tx) => (await tx.query<{ id: number }>("INSERT INTO texts VALUES (3, $1) RETURNING id", [bodies[1]]))[0]!.id);
    expect(returned).toBe(3);
    expect(await db.query<{ body: string }>("SELECT body FROM texts WHERE id = 3")).toEqual([{ body: bodies[1] }]);
    await db.exec("DELETE FROM texts");
  });

  it("takes a large binary array of Arabic bodies whole (moved to the thread, not copied)", async () => {
    const many = Array.from({ length: 40 }, (_, i) => bodies[i % 2]!);
    const array = binaryArray("text", many);
    expect(array.byteLength).toBeGreaterThan(64 * 1024);
    await db.query("INSERT INTO texts SELECT ordinality, body FROM unnest($1::text[]) WITH ORDINALITY AS t(body, ordinality)", [array]);
    const stored = await db.query<{ body: string }>("SELECT body FROM texts ORDER BY id");
    expect(stored.map((r) => r.body)).toEqual(many);
    // the thread took the memory of the array: nothing of it was copied
    expect(array.byteLength).toBe(inThisThread ? array.buffer.byteLength : 0);
  });
});
