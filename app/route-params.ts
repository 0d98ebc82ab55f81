/**
 * The [id] of a dynamic route, for every page and route handler that has one.
 * Next.js has already decoded it, once (`/lessons/%25/worksheet` arrives as
 * `%`), and hands a segment it cannot decode (`/articles/%ZZ`) over as
 * written. It must not be decoded again: a second decodeURIComponent turns
 * `%2525` into `%` and throws on `%`, `%ZZ` or `%E2%82` (a 500). An id that no
 * article or lesson has is simply a 404.
 */
export async function routeId(params: Promise<{ id: string }>): Promise<string> {
  return (await params).id;
}

/** Whether every percent-escape of `pathname` decodes (proxy.ts sends the others to the 404 page). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
