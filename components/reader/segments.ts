import type { ArticleView } from "@/lib/report/article-view";
import type { Voice } from "@/lib/voice/schema";

/**
 * The reader's pieces regrouped for rendering: per paragraph, runs of one
 * voice (quoted and attributed stretches get a wrapper), and within a run,
 * plain text and matches. A match is drawn over its whole written word
 * (`outer`: clitics and suffixes included, so Arabic letters keep joining)
 * while its <mark> covers exactly body.slice(start, end). Nested layers
 * are drawn innermost: a name inside a construction opens its own card.
 */
export type ReaderItem =
  | { readonly kind: "text"; readonly start: number; readonly end: number }
  | {
      readonly kind: "match";
      readonly index: number;
      readonly start: number;
      readonly end: number;
      readonly outer: { readonly start: number; readonly end: number };
      /** The match's first group: it carries the element id (a construction around a nested name has two). */
      readonly first: boolean;
    };

export interface ReaderRun {
  readonly voice: Voice;
  readonly cue: string | null;
  readonly start: number;
  readonly end: number;
  readonly items: readonly ReaderItem[];
}

type Piece = ArticleView["reader"]["paragraphs"][number][number];

function runsOf(pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    // a match is never split between two runs
    const sameMatch = prev !== undefined && p.match !== null && p.match === prev.match;
    if (prev && (p.voice === prev.voice || sameMatch)) runs[runs.length - 1]!.push(p);
    else runs.push([p]);
    prev = p;
  }
  return runs;
}

/** Consecutive pieces of one match (a construction around a nested name gives a group before and one after it). */
function groupsOf(pieces: readonly Piece[]): { match: number | null; start: number; end: number }[] {
  const groups: { match: number | null; start: number; end: number }[] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    if (last && last.match === p.match) last.end = p.end;
    else groups.push({ match: p.match, start: p.start, end: p.end });
  }
  return groups;
}

function itemsOf(view: ArticleView, pieces: readonly Piece[], start: number, end: number): ReaderItem[] {
  const items: ReaderItem[] = [];
  const groups = groupsOf(pieces).filter((g) => g.match !== null);
  const seen = new Set<number>();
  let cursor = start;
  groups.forEach((g, k) => {
    const index = g.match!;
    const m = view.matches[index]!;
    const markStart = Math.max(m.start, g.start);
    const markEnd = Math.min(m.end, g.end);
    const next = groups[k + 1]?.start ?? end;
    const outer = { start: Math.max(Math.min(m.token_start, markStart), cursor), end: Math.min(Math.max(m.token_end, markEnd), next, end) };
    if (outer.start > cursor) items.push({ kind: "text", start: cursor, end: outer.start });
    items.push({ kind: "match", index, start: markStart, end: markEnd, outer, first: !seen.has(index) });
    seen.add(index);
    cursor = outer.end;
  });
  if (cursor < end) items.push({ kind: "text", start: cursor, end });
  return items;
}

export function readerParagraphs(view: ArticleView): ReaderRun[][] {
  return view.reader.paragraphs.map((pieces) =>
    runsOf(pieces).map((run) => {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const voice = run[0]!.voice;
      const span = voice === "author" ? undefined : view.reader.spans.find((s) => s.voice === voice && s.start <= start && start < s.end);
      return { voice, cue: span?.cue ?? null, start, end, items: itemsOf(view, run, start, end) };
    }),
  );
}
