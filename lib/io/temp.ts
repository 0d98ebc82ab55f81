import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `bytes` in a file of its own under a fresh temporary folder, named like
 * `name` (its extension tells the readers the format), for the duration of
 * `work`; removed afterwards whatever happens.
 */
export async function withTempFile<T>(name: string, bytes: Uint8Array, work: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-upload-"));
  // a temporary file of the upload, not a file of the project: nothing for the build to trace
  const file = path.join(/*turbopackIgnore: true*/ dir, path.basename(name).replace(/[^\p{L}\p{N}._-]/gu, "_") || "upload");
  try {
    fs.writeFileSync(file, bytes);
    return await work(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
