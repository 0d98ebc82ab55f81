import type { Metadata } from "next";
import { Shell } from "@/components/layout/Shell";
import { PassageList } from "@/components/passages/PassageList";
import { StoreErrorPage, storeForPage } from "../../store-page";
import { langOf } from "@/messages/ui";
import { storeDict } from "@/messages/store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Passages (stored corpus)" };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LIMIT = 500;

/** The passages behind a point of the time chart: an outlet (or group), a target, a date range, from the store. */
export default async function StorePassagesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const raw = await searchParams;
  const lang = langOf(raw);
  const t = storeDict(lang).passages;
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.title} path="/corpus/passages" query={raw} error={opened.error} />;
  const date = (v: string | undefined) => (v && DATE.test(v) ? v : undefined);
  const outlet = one(raw.outlet);
  const group = one(raw.group);
  const q = {
    outlets: outlet ? [outlet] : undefined,
    groups: group ? [group] : undefined,
    target: one(raw.target),
    term: one(raw.term),
    from: date(one(raw.from)),
    to: date(one(raw.to)),
    voice: one(raw.voice) === "own" ? ("own" as const) : ("all" as const),
  };
  const found = await opened.store.passages(opened.version, q, LIMIT);
  return (
    <Shell lang={lang} path="/corpus/passages" query={raw} current={null}>
      <h1>{t.title}</h1>
      <p data-testid="passage-count">
        {t.count(found.length, LIMIT)}: <bdi lang="ar">{outlet ?? group ?? t.allOutlets}</bdi>, {q.target ?? t.allTargets},{" "}
        <span dir="ltr">
          {q.from ?? "…"} – {q.to ?? "…"}
        </span>
      </p>
      {found.length > 0 && <PassageList lang={lang} passages={found} />}
    </Shell>
  );
}
