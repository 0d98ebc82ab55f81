import type { Metadata } from "next";
import { z } from "zod";
import { INTERVALS, TimelineQuerySchema } from "@/lib/store";
import { Shell } from "@/components/layout/Shell";
import { TimelineFigures } from "@/components/store/TimelineFigures";
import { timelineView } from "@/lib/report/timeline-view";
import { StoreErrorPage, storeForPage } from "../store-page";
import { remembered } from "@/lib/store/process-store";
import { langOf } from "@/messages/ui";
import { storeDict } from "@/messages/store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Framing over time" };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v) || undefined;
const MEASURES = ["density", "share"] as const;
/** Series shown when no outlet is named: the ones that mention the target most. */
const SERIES_SHOWN = 6;

/** Framing over time for one target: per outlet (or group) and period, with the naming shares; each point links to its passages. */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<Query> }) {
  const raw = await searchParams;
  const lang = langOf(raw);
  const t = storeDict(lang).timeline;
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.title} path="/timeline" query={raw} error={opened.error} />;
  const { store, engine, version } = opened;
  const targets = [...engine.lexicon.targets.values()];
  const parsed = TimelineQuerySchema.safeParse({ target: one(raw.target) ?? "haftar", interval: one(raw.interval), outlets: one(raw.outlets), byGroup: one(raw.byGroup), voice: one(raw.voice) });
  const measure = z.enum(MEASURES).catch("density").parse(one(raw.measure));
  const query = parsed.success && engine.lexicon.targets.has(parsed.data.target) ? parsed.data : TimelineQuerySchema.parse({ target: targets[0]!.id });
  const full = await remembered(opened, `timeline:${JSON.stringify(query)}`, () => store.timeline(version, query));
  // the page shows a few series unless outlets are named: 40 outlets × 120 months would be megabytes (the API gives them all)
  const mentionsOf = (s: (typeof full.series)[number]) => s.points.reduce((a, p) => a + p.mentions, 0);
  const shownSeries = query.outlets?.length ? full.series : [...full.series].sort((a, b) => mentionsOf(b) - mentionsOf(a)).slice(0, SERIES_SHOWN);
  const timeline = { ...full, series: shownSeries };
  // what the chart and the table show, in columns; the passages links are built in the browser
  const view = timelineView(timeline, (term) => engine.lexicon.entries.get(term)?.forms[0] ?? term);
  const link = { target: query.target, interval: query.interval, byGroup: query.byGroup, voice: query.voice === "own" ? ("own" as const) : undefined, lang };
  return (
    <Shell lang={lang} path="/timeline" query={raw} current="timeline">
      <h1>{t.title}</h1>
      <form method="get" className="filters timeline-form">
        {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
        <label>
          {t.target}{" "}
          <select name="target" defaultValue={query.target}>
            {targets.map((x) => (
              <option key={x.id} value={x.id}>
                {lang === "ar" ? x.label_ar : x.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t.interval}{" "}
          <select name="interval" defaultValue={query.interval}>
            {INTERVALS.map((i) => (
              <option key={i} value={i}>
                {t.intervals[i]}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t.measure}{" "}
          <select name="measure" defaultValue={measure}>
            {MEASURES.map((k) => (
              <option key={k} value={k}>
                {t.measures[k]}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t.outlets} <input name="outlets" defaultValue={query.outlets?.join(",") ?? ""} dir="auto" />
        </label>{" "}
        <label>
          <input type="checkbox" name="byGroup" value="true" defaultChecked={query.byGroup} /> {t.byGroup}
        </label>{" "}
        <button type="submit">{t.show}</button>
      </form>
      {timeline.series.length < full.series.length && <p data-testid="timeline-top">{t.topSeries(timeline.series.length, full.series.length)}</p>}
      <TimelineFigures view={view} measure={measure} link={link} />
    </Shell>
  );
}
