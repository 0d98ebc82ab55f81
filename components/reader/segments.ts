import type { ArticleView } from "@/lib/report/article-view";
import type { Voice } from "@/lib/voice/schema";

/**
 * The reader's pieces regrouped for rendering: per paragraph, runs of one
 * voice (quoted and attributed stretches get a wrapper), and within a run,
 * plain text and matches. A match is drawn over its whole written word
 * (`outer`: clitics and suffixes included, so Arabic letters keep joining)
 * while its <mark> covers exactly body.slice(start, end).
 */
export type ReaderItem =
  | { readonly kind: "text"; readonly start: number; readonly end: number }
  | { readonly kind: "match"; readonly index: number; readonly start: number; readonly end: number; readonly outer: { readonly start: number; readonly end: number } };

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

function itemsOf(view: ArticleView, pieces: readonly Piece[], start: number, end: number): ReaderItem[] {
  const items: ReaderItem[] = [];
  const indexes = [...new Set(pieces.flatMap((p) => (p.match === null ? [] : [p.match])))];
  let cursor = start;
  for (const index of indexes) {
    const m = view.matches[index]!;
    const markStart = Math.max(m.start, start);
    const markEnd = Math.min(m.end, end);
    const outer = { start: Math.max(Math.min(m.token_start, markStart), cursor), end: Math.min(Math.max(m.token_end, markEnd), end) };
    if (outer.start > cursor) items.push({ kind: "text", start: cursor, end: outer.start });
    items.push({ kind: "match", index, start: markStart, end: markEnd, outer });
    cursor = outer.end;
  }
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
