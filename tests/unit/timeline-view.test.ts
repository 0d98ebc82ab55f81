import { timelineView } from "../../lib/report/timeline-view";
import type { Timeline, TimelinePoint } from "../../lib/store/types";
import { timelinePassagesHref } from "../../components/store/timeline-links";

const point = (period: string, mentions: number, naming: TimelinePoint["naming"] = []): TimelinePoint => ({
  period,
  articles: 4,
  words: 2000,
  mentions,
  density: mentions / 2,
  mentioning: mentions > 0 ? 1 : 0,
  share: mentions > 0 ? 0.25 : 0,
  naming,
});

const timeline: Timeline = {
  target: "haftar",
  interval: "month",
  series: [
    { outlet: "الجزيرة نت", points: [point("2019-04", 2, [{ term: "haftar-field-marshal", count: 1, share: 0.5 }, { term: "haftar-retired-major-general", count: 1, share: 0.5 }]), point("2019-06", 0)] },
    { outlet: "بوابة الوسط", points: [point("2019-05", 1, [{ term: "haftar-field-marshal", count: 1, share: 1 }])] },
  ],
};

describe("the time chart's view", () => {
  it("puts every series in columns over the same sorted periods, null where an outlet has no article", () => {
    const view = timelineView(timeline, (term) => (term === "haftar-field-marshal" ? "المشير" : "اللواء المتقاعد"));
    expect(view.periods).toEqual(["2019-04", "2019-05", "2019-06"]);
    expect(view.series.map((s) => s.mentions)).toEqual([
      [2, null, 0],
      [null, 1, null],
    ]);
    expect(view.series[0]!.share).toEqual([25, null, 0]);
    // naming terms by index into one list of their first forms, with count and share in percent
    expect(view.terms).toEqual(["المشير", "اللواء المتقاعد"]);
    expect(view.series[0]!.naming[0]).toEqual([
      [0, 1, 50],
      [1, 1, 50],
    ]);
    expect(view.series[1]!.naming[1]).toEqual([[0, 1, 100]]);
  });

  it("builds each point's passages link from the period's first and last day", () => {
    const link = { target: "haftar", interval: "month" as const, byGroup: false, lang: "en" as const };
    expect(timelinePassagesHref(link, "الجزيرة نت", "2019-02")).toBe(`/corpus/passages?${new URLSearchParams({ outlet: "الجزيرة نت", target: "haftar", from: "2019-02-01", to: "2019-02-28" })}`);
    expect(timelinePassagesHref({ ...link, interval: "week", byGroup: true, voice: "own", lang: "ar" }, "camp-a", "2019-W14")).toBe(
      "/corpus/passages?group=camp-a&target=haftar&from=2019-04-01&to=2019-04-07&voice=own&lang=ar",
    );
  });
});
