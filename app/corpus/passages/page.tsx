import type { Metadata } from "next";
import { Shell } from "@/components/layout/Shell";
import { PassageList } from "@/components/passages/PassageList";
import { StoreErrorPage, storeForPage } from "../../store-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Passages (stored corpus)" };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LIMIT = 500;

/** The passages behind a point of the time chart: an outlet (or group), a target, a date range, from the store. */
export default async function StorePassagesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const raw = await searchParams;
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang="en" title="Passages" path="/corpus/passages" error={opened.error} />;
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
    <Shell lang="en" path="/corpus/passages" current={null}>
      <h1>Passages</h1>
      <p data-testid="passage-count">
        {found.length} passage(s){found.length >= LIMIT ? ` (the first ${LIMIT})` : ""}: <bdi lang="ar">{outlet ?? group ?? "all outlets"}</bdi>, {q.target ?? "all targets"},{" "}
        <span dir="ltr">
          {q.from ?? "…"} – {q.to ?? "…"}
        </span>
      </p>
      {found.length > 0 && <PassageList lang="en" passages={found} />}
    </Shell>
  );
}
