import type { Metadata } from "next";
import { z } from "zod";
import { TimelineQuerySchema } from "@/lib/store";
import { periodDays } from "@/lib/store/periods";
import { Shell } from "@/components/layout/Shell";
import { TimelineChart } from "@/components/store/TimelineChart";
import { href } from "@/components/links";
import { StoreErrorPage, storeForPage } from "../store-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Framing over time" };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v) || undefined;
const MEASURES = { density: "mentions per 1,000 words", share: "share of articles mentioning the target" } as const;

/** Framing over time for one target: per outlet (or group) and period, with the naming shares; each point links to its passages. */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<Query> }) {
  const raw = await searchParams;
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang="en" title="Framing over time" path="/timeline" error={opened.error} />;
  const { store, engine, version } = opened;
  const targets = [...engine.lexicon.targets.values()];
  const parsed = TimelineQuerySchema.safeParse({ target: one(raw.target) ?? "haftar", interval: one(raw.interval), outlets: one(raw.outlets), byGroup: one(raw.byGroup), voice: one(raw.voice) });
  const measure = z.enum(["density", "share"]).catch("density").parse(one(raw.measure));
  const query = parsed.success && engine.lexicon.targets.has(parsed.data.target) ? parsed.data : TimelineQuerySchema.parse({ target: targets[0]!.id });
  const timeline = await store.timeline(version, query);
  const passagesHref = (outlet: string, period: string) => {
    const [from, to] = periodDays(query.interval, period) ?? [period, period];
    return href("/corpus/passages", { [query.byGroup ? "group" : "outlet"]: outlet, target: query.target, from, to, voice: query.voice === "own" ? "own" : undefined }, "en");
  };
  const series = timeline.series.map((s) => ({ outlet: s.outlet, points: s.points.map((p) => ({ period: p.period, value: measure === "share" ? p.share : p.density, href: passagesHref(s.outlet, p.period) })) }));
  return (
    <Shell lang="en" path="/timeline" current={null}>
      <h1>Framing over time</h1>
      <form method="get" className="filters">
        <label>
          Target{" "}
          <select name="target" defaultValue={query.target}>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Interval{" "}
          <select name="interval" defaultValue={query.interval}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>{" "}
        <label>
          Measure{" "}
          <select name="measure" defaultValue={measure}>
            {Object.entries(MEASURES).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Outlets (comma-separated) <input name="outlets" defaultValue={query.outlets?.join(",") ?? ""} dir="auto" />
        </label>{" "}
        <label>
          <input type="checkbox" name="byGroup" value="true" defaultChecked={query.byGroup} /> by outlet group
        </label>{" "}
        <button type="submit">Show</button>
      </form>
      {timeline.series.length === 0 ? <p>No dated, analysed article yet: add some on the corpus page.</p> : <TimelineChart series={series} label={MEASURES[measure]} />}
      <h2>Naming over time</h2>
      <div className="table-scroll">
        <table data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Period</th>
              <th scope="col">Articles</th>
              <th scope="col">Mentions</th>
              <th scope="col">Per 1,000 words</th>
              <th scope="col">Share of articles</th>
              <th scope="col">Naming</th>
            </tr>
          </thead>
          <tbody>
            {timeline.series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.outlet}|${p.period}`}>
                  <th scope="row">
                    <bdi lang="ar">{s.outlet}</bdi>
                  </th>
                  <td dir="ltr">
                    <a href={passagesHref(s.outlet, p.period)}>{p.period}</a>
                  </td>
                  <td>{p.articles}</td>
                  <td>{p.mentions}</td>
                  <td>{p.density.toFixed(2)}</td>
                  <td>{Math.round(p.share * 100)}%</td>
                  <td>
                    {p.naming.map((n) => (
                      <span key={n.term}>
                        <bdi lang="ar">{engine.lexicon.entries.get(n.term)?.forms[0] ?? n.term}</bdi> {Math.round(n.share * 100)}% ({n.count}){" "}
                      </span>
                    ))}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </Shell>
  );
}
