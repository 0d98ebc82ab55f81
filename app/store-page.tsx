import { Shell } from "@/components/layout/Shell";
import { processStore, type OpenedStore } from "@/lib/store/process-store";

/** The store for a page, or the message to show when it cannot be opened (held by another process, server down). */
export async function storeForPage(): Promise<OpenedStore | { error: string }> {
  try {
    return await processStore();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A store page that cannot show its data: its title and why, which says what to do. */
export function StoreErrorPage({ title, path, error }: { title: string; path: string; error: string }) {
  return (
    <Shell lang="en" path={path} current={null}>
      <h1>{title}</h1>
      <p role="alert" className="error" data-testid="store-error">
        The store is unavailable: {error}
      </p>
    </Shell>
  );
}
