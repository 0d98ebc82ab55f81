import { currentEngine } from "@/lib/corpus/store";
import { applyDecision, ReviewDecisionSchema, type ReviewDecision } from "@/lib/discovery/decide";
import { ValidationError } from "@/lib/lexicon/problems";
import { lexiconSummary } from "@/lib/lexicon/version";
import { href } from "@/components/links";
import { langOf } from "@/messages/lang";
import { reviewAccess } from "@/app/discover/access";
import { DiscoverQuerySchema, storeDiscovery } from "@/app/discover/data";
import { storeOrUnavailable } from "../store-error";
import { jsonError, readBody, readLimited } from "../http";

export const dynamic = "force-dynamic";

const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) => error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));

/** GET ?target=haftar[&top=15&min=2] → the candidates, as `adasa discover --format json` prints them. */
export async function GET(request: Request): Promise<Response> {
  const query = DiscoverQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, "invalid discovery query", issuesOf(query.error));
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  if (!opened.engine.lexicon.targets.has(query.data.target)) return jsonError(400, `unknown target "${query.data.target}"`);
  try {
    return Response.json((await storeDiscovery(query.data, opened)).discovery);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return jsonError(500, `the review file is broken: ${error.message}`);
  }
}

/** A browser posting from another site must not edit the lexicon of a reviewer's server (a form post sends Origin). */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || origin === "null" || !host) return origin === "null";
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The decision from the page's form post, checked by the same zod schema as a JSON body. */
async function formDecision(request: Request): Promise<{ decision: ReviewDecision } | { status: number; error: string; issues?: { path: string; message: string }[] }> {
  const read = await readLimited(request);
  if ("tooLarge" in read) return { status: 413, error: "form too large" };
  const parsed = ReviewDecisionSchema.safeParse(Object.fromEntries(new URLSearchParams(Buffer.from(read.bytes).toString("utf-8"))));
  return parsed.success ? { decision: parsed.data } : { status: 400, error: "invalid review", issues: issuesOf(parsed.error) };
}

/**
 * POST a reviewer's decision: `{ action: "accept", phrase, target, category,
 * valence, gloss, rationale, id? }` or `{ action: "reject", phrase, target }`,
 * as JSON (answered in JSON) or from the page's form (answered by a redirect
 * back to the page, which says what happened). Only with ADASA_REVIEW=1.
 */
export async function POST(request: Request): Promise<Response> {
  const form = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  const url = new URL(request.url);
  const back = (params: Record<string, string | undefined>) =>
    new Response(null, { status: 303, headers: { location: href("/discover", { target: url.searchParams.get("view") ?? undefined, ...params }, langOf(Object.fromEntries(url.searchParams))) } });
  const fail = (status: number, error: string, issues?: { path: string; message: string }[]) =>
    form ? back({ error: [error, ...(issues ?? []).map((i) => `${i.path}: ${i.message}`)].join("; ") }) : jsonError(status, error, issues);

  const access = reviewAccess();
  if (!access.open) return fail(403, access.why === "off" ? "reviewing is off: start the server with ADASA_REVIEW=1" : "reviewing needs a lexicon folder");
  if (crossSite(request)) return fail(403, "a review must come from this site's own page");
  let decision: ReviewDecision;
  if (form) {
    const read = await formDecision(request);
    if (!("decision" in read)) return fail(read.status, read.error, read.issues);
    decision = read.decision;
  } else {
    const read = await readBody(request, ReviewDecisionSchema);
    if ("error" in read) return read.error;
    decision = read.body;
  }
  if (!currentEngine().lexicon.targets.has(decision.target)) return fail(400, `unknown target "${decision.target}"`);
  try {
    const done = applyDecision(access.lexiconDir, decision);
    // the lexicon as written now (the pages follow it: lib/store/process-store.ts analyses the store again with it)
    const lexicon = lexiconSummary(currentEngine().lexicon.lexicon);
    if (form) return back({ done: decision.action, phrase: decision.phrase, entry: done.entry ?? undefined, before: done.before, after: done.after });
    return Response.json({ action: decision.action, phrase: decision.phrase, target: decision.target, entry: done.entry, review_version: { before: done.before, after: done.after }, lexicon });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return fail(400, "the lexicon refused this entry; nothing was written", error.problems.map((p) => ({ path: p.where, message: p.message })));
  }
}
