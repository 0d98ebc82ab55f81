import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";

const PARAGRAPH =
  "قالت مصادر محلية إن الاشتباكات تجددت جنوب العاصمة طرابلس بين قوات حكومة الوفاق وقوات المشير خليفة حفتر، " +
  "وإن فرق الإسعاف أجلت عائلات من الأحياء القريبة من خطوط القتال، فيما دعت البعثة الأممية إلى هدنة إنسانية. ";
const ROWS = 18_000;

/** A ~50 MB export: one row per article, each ~3 KB of Arabic text with commas, quotes and line breaks. */
function writeCsv(file: string): void {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "id,title,text,publish_date,media_name\n");
  for (let i = 0; i < ROWS; i++) {
    const body = `${PARAGRAPH.repeat(4)}\n\nوقال شاهد: ""لم ننم منذ أيام"" ${i}.\n\n${PARAGRAPH.repeat(3)}`;
    const date = `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`;
    fs.writeSync(fd, `a-${i},"عنوان رقم ${i}","${body}",${date},منفذ ${i % 40}\n`);
  }
  fs.closeSync(fd);
}

describe("a 50 MB export", () => {
  it("streams through a 48 MB V8 heap: the file is never held whole", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-import-large-"));
    try {
      const file = path.join(dir, "export.csv");
      writeCsv(file);
      expect(fs.statSync(file).size).toBeGreaterThan(50 * 1e6);
      const out = execFileSync(process.execPath, ["--max-old-space-size=48", "bin/run-ts.js", "tests/fixtures/import-count.ts", file], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
      });
      const seen = JSON.parse(out) as { articles: number; skipped: number; bodyChars: number; peakHeapMB: number };
      expect(seen.articles).toBe(ROWS);
      expect(seen.skipped).toBe(0);
      // the bodies alone, as JS strings, are more than the heap the reader was allowed
      expect(seen.bodyChars * 2).toBeGreaterThan(48 * 1048576);
      expect(seen.peakHeapMB).toBeLessThan(48);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
