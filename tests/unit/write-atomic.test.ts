import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeBlocksAtomic, writeTextFileAtomic } from "../../lib/io/write";

/** A report's file is whole or not there: a failure half way leaves the earlier file as it was and no temporary file. */
const encode = (text: string) => new TextEncoder().encode(text);

async function* blocks(parts: readonly string[], failAfter?: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < parts.length; i++) {
    if (i === failAfter) throw new Error("the store was lost");
    yield encode(parts[i]!);
  }
}

describe("files written whole or not at all", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-write-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the blocks as they come into the file", async () => {
    const file = path.join(dir, "report.md");
    await writeBlocksAtomic(file, blocks(["# تقرير التأطير\n", "| المشير | اللواء المتقاعد |\n"]));
    expect(fs.readFileSync(file, "utf-8")).toBe("# تقرير التأطير\n| المشير | اللواء المتقاعد |\n");
    expect(fs.readdirSync(dir)).toEqual(["report.md"]);
  });

  it("leaves an earlier report as it was when the blocks fail half way", async () => {
    const file = path.join(dir, "report.md");
    writeTextFileAtomic(file, "التقرير السابق\n");
    await expect(writeBlocksAtomic(file, blocks(["# تقرير جديد\n", "نصف\n", "لن يكتب\n"], 2))).rejects.toThrow("the store was lost");
    expect(fs.readFileSync(file, "utf-8")).toBe("التقرير السابق\n");
    expect(fs.readdirSync(dir)).toEqual(["report.md"]);
  });

  it("creates no file at all when the first report fails", async () => {
    const file = path.join(dir, "sub", "report.json");
    await expect(writeBlocksAtomic(file, blocks(["{", "}"], 1))).rejects.toThrow();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.join(dir, "sub"))).toEqual([]);
  });
});
