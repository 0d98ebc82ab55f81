import type { ReactNode } from "react";
import type { Match } from "@/lib/analysis/analyze-text";
import type { EntryView } from "@/lib/report/article-view";
import { valenceIcon, valenceKey } from "../valence";

export interface DiffRun {
  readonly kind: "equal" | "removed" | "added";
  readonly start: number;
  readonly end: number;
}

interface SentenceTextProps {
  readonly body: string;
  readonly span: { readonly start: number; readonly end: number };
  /** Word runs on this side (body offsets); none for a sentence shown without a diff. */
  readonly runs?: readonly DiffRun[];
  /** The loaded terms of this sentence. */
  readonly matches: readonly Match[];
  /** Start offsets of the matches that are one side of a framing swap. */
  readonly swapped?: ReadonlySet<number>;
  readonly entries?: Readonly<Record<string, EntryView>>;
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kind: DiffRun["kind"] | "plain";
  readonly match: Match | null;
}

/** The sentence cut at every run and match boundary, each piece knowing its diff kind and its match. */
function segmentsOf(span: SentenceTextProps["span"], runs: readonly DiffRun[], matches: readonly Match[]): Segment[] {
  const inside = (x: number) => Math.min(Math.max(x, span.start), span.end);
  const cuts = new Set([span.start, span.end]);
  for (const r of runs) cuts.add(inside(r.start)).add(inside(r.end));
  for (const m of matches) cuts.add(inside(m.start)).add(inside(m.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [start, end] = [points[k]!, points[k + 1]!];
    const run = runs.find((r) => r.start <= start && start < r.end);
    const match = matches.find((m) => m.start <= start && start < m.end) ?? null;
    out.push({ start, end, kind: run?.kind ?? "plain", match });
  }
  return out;
}

/**
 * One sentence of a diff or collation, drawn on its original text: removed
 * words struck through, added words boxed, loaded terms marked by valence,
 * swapped terms emphasised. Text nodes only.
 */
export function SentenceText({ body, span, runs = [], matches, swapped = new Set(), entries = {} }: SentenceTextProps) {
  const segs = segmentsOf(span, runs, matches);
  const piece = (s: Segment, key: number): ReactNode => {
    const text = body.slice(s.start, s.end);
    if (s.kind === "removed") return <del key={key} className="diff-removed">{text}</del>;
    if (s.kind === "added") return <ins key={key} className="diff-added">{text}</ins>;
    return text;
  };
  const out: ReactNode[] = [];
  for (let k = 0; k < segs.length; ) {
    const m = segs[k]!.match;
    if (!m) {
      out.push(piece(segs[k]!, k));
      k++;
      continue;
    }
    const group: ReactNode[] = [];
    const first = k;
    while (k < segs.length && segs[k]!.match === m) group.push(piece(segs[k]!, k++));
    const entry = entries[m.term];
    const isSwap = swapped.has(m.start);
    out.push(
      <mark
        key={`m${first}`}
        className={`dm val-${valenceKey(m.valence)}${isSwap ? " swapped" : ""}`}
        data-testid="diff-match"
        data-term={m.term}
        data-valence={m.valence}
        data-swapped={isSwap ? "true" : undefined}
        title={entry ? `${entry.gloss} (${valenceIcon(m.valence)})` : undefined}
      >
        {group}
      </mark>,
    );
  }
  return <>{out}</>;
}
