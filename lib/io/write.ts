import fs from "node:fs";
import path from "node:path";

/**
 * Writes a text file so that a crash or a full disk never leaves it half
 * written: the text goes to a temporary file beside it, which then replaces it.
 */
export function writeTextFileAtomic(file: string, text: string): void {
  const temporary = temporaryBeside(file);
  try {
    fs.writeFileSync(temporary, text, "utf-8");
    fs.renameSync(temporary, file);
  } finally {
    if (fs.existsSync(temporary)) fs.rmSync(temporary);
  }
}

/**
 * Writes blocks of bytes as they come (a report rendered in pieces) the same
 * way: a failure half way leaves no half file, and an earlier file of that
 * name stays as it was.
 */
export async function writeBlocksAtomic(file: string, blocks: AsyncIterable<Uint8Array>): Promise<void> {
  const temporary = temporaryBeside(file);
  try {
    const fd = fs.openSync(temporary, "w");
    try {
      for await (const block of blocks) for (let at = 0; at < block.length; ) at += fs.writeSync(fd, block, at);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } finally {
    if (fs.existsSync(temporary)) fs.rmSync(temporary);
  }
}

function temporaryBeside(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}
