import { TimelineQuerySchema } from "@/lib/store";
import { jsonError } from "../http";
import { storeOrUnavailable } from "../store-error";

export const dynamic = "force-dynamic";

/** GET the framing of one target over time, as `adasa timeline --store --format json` prints it. */
export async function GET(request: Request): Promise<Response> {
  const query = TimelineQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, "invalid timeline query", query.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  const { store, engine, version } = opened;
  if (!engine.lexicon.targets.has(query.data.target)) return jsonError(400, `unknown target "${query.data.target}"`);
  return Response.json(await store.timeline(version, query.data));
}
