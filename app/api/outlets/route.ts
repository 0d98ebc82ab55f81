import { z } from "zod";
import { jsonError, readBody } from "../http";
import { storeOrUnavailable } from "../store-error";

export const dynamic = "force-dynamic";

const optional = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(200).nullable().default(null));
const OutletMetaSchema = z.object({ name: z.string().trim().min(1).max(200), name_en: optional, country: optional, group: optional });

/** POST { name, name_en, country, group }: sets an outlet's metadata (names, country, group). */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, OutletMetaSchema);
  if ("error" in read) return read.error;
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  if (!(await opened.store.updateOutlet(read.body))) return jsonError(404, `no outlet "${read.body.name}"`);
  return Response.json(read.body);
}
