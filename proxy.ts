import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "@/app/route-params";
import { LANG_HEADER, langOf } from "@/messages/lang";

/**
 * Two things no page can do for itself:
 * - A page address whose percent-encoding is broken (`/articles/%ZZ`) never reaches a page:
 *   Next.js fails to decode the route parameter and answers 500 before our code runs. It is
 *   shown the not-found page (404) instead.
 * - A root layout cannot read the query string, so the language of `?lang=` is passed to it as a
 *   request header: the server then writes `<html lang dir>` right in its first HTML, and a slow
 *   phone never paints Arabic left-to-right. The URL stays the single source of the language.
 */
export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) return NextResponse.rewrite(new URL("/404", request.url));
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, langOf({ lang: request.nextUrl.searchParams.get("lang") }));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // pages only: API routes (their bodies are never held up), build assets and files need no language
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
