import { Shell } from "@/components/layout/Shell";
import { dict, type Lang } from "@/messages/ui";
import { processStore, type OpenedStore } from "@/lib/store/process-store";
import type { Query } from "@/app/filters";

/** The store for a page, or the message to show when it cannot be opened (held by another process, server down). */
export async function storeForPage(): Promise<OpenedStore | { error: string }> {
  try {
    return await processStore();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A store page that cannot show its data: its title and why, which says what to do. */
export function StoreErrorPage({ lang, title, path, query, error }: { lang: Lang; title: string; path: string; query?: Query; error: string }) {
  return (
    <Shell lang={lang} path={path} query={query} current={null}>
      <h1>{title}</h1>
      <p role="alert" className="error" data-testid="store-error">
        {dict(lang).store.unavailable}: {error}
      </p>
    </Shell>
  );
}
