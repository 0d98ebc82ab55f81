import fs from "node:fs";
import path from "node:path";

/**
 * Writes a text file so that a crash or a full disk never leaves it half
 * written: the text goes to a temporary file beside it, which then replaces it.
 */
export function writeTextFileAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text, "utf-8");
    fs.renameSync(temporary, file);
  } finally {
    if (fs.existsSync(temporary)) fs.rmSync(temporary);
  }
}
