import { processStore, type OpenedStore } from "@/lib/store/process-store";
import { jsonError } from "./http";

/** The store could not be opened (held by another process, server down): 503 with the reason, which says what to do. */
export function storeUnavailable(error: unknown): Response {
  return jsonError(503, `the store is unavailable: ${(error as Error).message}`);
}

/** The web server's store, or the 503 a route answers when it cannot be opened. */
export async function storeOrUnavailable(): Promise<OpenedStore | Response> {
  try {
    return await processStore();
  } catch (error) {
    return storeUnavailable(error);
  }
}
