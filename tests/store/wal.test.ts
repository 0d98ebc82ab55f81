/** Embedded PostgreSQL has no checkpointer: the store checkpoints after every so many articles written, so its log is recycled. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { WalCheckpoints } from "../../lib/store/wal";

const lastCheckpoint = async (db: Db) => (await db.query<{ lsn: string }>("SELECT checkpoint_lsn::text AS lsn FROM pg_control_checkpoint()"))[0]!.lsn;

describe("write-ahead log checkpoints of the embedded store", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-wal-"));
  let db: Db;
  beforeAll(async () => {
    db = await openEmbedded(dir, "the wal test");
    await db.exec("CREATE TABLE written (id int, body text)");
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("checkpoints once the articles written since the last one reach the threshold, not before", async () => {
    const checkpoints = new WalCheckpoints(db, 100);
    const before = await lastCheckpoint(db);
    await db.exec("INSERT INTO written SELECT g, repeat('حفتر ', 200) FROM generate_series(1, 2000) g");
    await checkpoints.wrote(60);
    expect(await lastCheckpoint(db)).toBe(before);
    await checkpoints.wrote(60);
    const after = await lastCheckpoint(db);
    expect(after).not.toBe(before);
    await checkpoints.wrote(60); // the count starts again after a checkpoint
    expect(await lastCheckpoint(db)).toBe(after);
  });

  it("does not fill new log segments with zeros first (pglite runs with fsync off: they reserved nothing)", async () => {
    const [row] = await db.query<{ zero: string; fsync: string }>("SELECT current_setting('wal_init_zero') AS zero, current_setting('fsync') AS fsync");
    expect(row).toEqual({ zero: "off", fsync: "off" });
  });
});
