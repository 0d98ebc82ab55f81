import { NextResponse, type NextRequest } from "next/server";
import { LANG_HEADER, langOf } from "@/messages/lang";

/**
 * A root layout cannot read the query string, so the language of `?lang=` is passed to it as a
 * request header: the server then writes `<html lang dir>` right in its first HTML, and a slow
 * phone never paints Arabic left-to-right. The URL stays the single source of the language.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, langOf({ lang: request.nextUrl.searchParams.get("lang") }));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // pages only: API routes, build assets and files need no language
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
