import path from "node:path";
import { z } from "zod";
import { IMPORT_EXTENSIONS, readSources } from "@/lib/import";
import { withTempFile } from "@/lib/io/temp";
import { importEvents } from "@/lib/store/import-run";
import { analyseInBackground } from "@/lib/store/process-store";
import { jsonError } from "../http";
import { storeOrUnavailable } from "../store-error";

export const dynamic = "force-dynamic";

/** Per file; bigger exports go through `adasa import`, which streams. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 20;

const UploadSchema = z.object({
  files: z
    .array(
      z
        .instanceof(File)
        .refine((f) => f.size > 0, "empty file")
        .refine((f) => f.size <= MAX_UPLOAD_BYTES, `over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: use adasa import`)
        .refine((f) => (IMPORT_EXTENSIONS as readonly string[]).includes(path.extname(f.name).toLowerCase()), `not one of ${IMPORT_EXTENSIONS.join(" ")}`),
    )
    .min(1, "choose at least one file")
    .max(MAX_FILES),
  outlet: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(200).optional()),
});

/**
 * POST multipart/form-data (files, outlet?): each file is imported whole in
 * one transaction — all of its articles or none — and reported like
 * `adasa import --format json`; the new articles are analysed in the background.
 */
export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES * MAX_FILES) return jsonError(413, `upload too large: ${declared} bytes`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "not a multipart/form-data upload");
  }
  const parsed = UploadSchema.safeParse({ files: form.getAll("files"), outlet: form.get("outlet") ?? undefined });
  if (!parsed.success) return jsonError(400, "invalid upload", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  const results = [];
  for (const file of parsed.data.files) {
    const summary = await withTempFile(file.name, new Uint8Array(await file.arrayBuffer()), (tmp) =>
      importEvents(opened.store, opened.version, [tmp], readSources([tmp], { outlet: parsed.data.outlet }), {
        batchSize: Infinity,
        batchBytes: Infinity,
        sourceName: (s) => (s === tmp ? file.name : s),
      }),
    );
    results.push({ file: file.name, ...summary });
  }
  void analyseInBackground(opened);
  return Response.json({ files: results });
}
