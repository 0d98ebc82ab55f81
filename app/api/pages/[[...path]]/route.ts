import type { NextRequest } from "next/server";
import { CACHED_PAGES } from "@/app/cached-pages";
import { servePage } from "@/app/page-cache";

export const dynamic = "force-dynamic";

/** GET /api/pages/PATH?QUERY: the page at /PATH?QUERY from the rendered-page cache (next.config.js rewrites its document requests here). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const pathname = `/${((await params).path ?? []).join("/")}`;
  if (!CACHED_PAGES.has(pathname)) return Response.json({ error: `no cached page ${pathname}` }, { status: 404 });
  return servePage(pathname + request.nextUrl.search);
}
