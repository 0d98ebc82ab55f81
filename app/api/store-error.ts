import { jsonError } from "./http";

/** The store could not be opened (held by another process, server down): 503 with the reason, which says what to do. */
export function storeUnavailable(error: unknown): Response {
  return jsonError(503, `the store is unavailable: ${(error as Error).message}`);
}
