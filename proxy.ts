import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "@/app/route-params";

/**
 * A page address whose percent-encoding is broken (`/articles/%ZZ`) never
 * reaches a page: Next.js fails to decode the route parameter and answers 500
 * before our code runs. It is shown the not-found page (404) instead. Only the
 * pages with route parameters pass here: API bodies are never held up.
 */
export function proxy(request: NextRequest) {
  if (isDecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL("/404", request.url));
}

export const config = { matcher: ["/articles/:path*", "/lessons/:path*"] };
