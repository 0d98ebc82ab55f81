import { periodDays } from "@/lib/store/periods";
import type { Interval } from "@/lib/store/types";
import type { Lang } from "@/messages/ui";
import { href } from "@/components/links";

/** What a time chart's passages links share: built in the browser per point, not sent with every point. */
export interface TimelineLink {
  readonly target: string;
  readonly interval: Interval;
  /** The series are outlet groups: a point's passages are the group's. */
  readonly byGroup: boolean;
  readonly voice?: "own";
  readonly lang: Lang;
}

/** The passages behind one point of a series: its outlet (or group), the target, the period's first and last day. */
export function timelinePassagesHref(link: TimelineLink, outlet: string, period: string): string {
  const [from, to] = periodDays(link.interval, period) ?? [period, period];
  return href("/corpus/passages", { [link.byGroup ? "group" : "outlet"]: outlet, target: link.target, from, to, voice: link.voice }, link.lang);
}
