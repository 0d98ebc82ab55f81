import { processStore, type OpenedStore } from "@/lib/store/process-store";

/** The store for a page, or the message to show when it cannot be opened (held by another process, server down). */
export async function storeForPage(): Promise<OpenedStore | { error: string }> {
  try {
    return await processStore();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function StoreError({ error }: { error: string }) {
  return (
    <p role="alert" className="error" data-testid="store-error">
      The store is unavailable: {error}
    </p>
  );
}
