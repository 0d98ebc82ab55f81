import type { ReactNode } from "react";
import { dict, type Lang } from "@/messages/ui";
import type { ArticleView } from "@/lib/report/article-view";
import { valenceIcon, valenceKey } from "../valence";
import { EntryCard } from "./EntryCard";
import { PopoverPlacement } from "./PopoverPlacement";
import { readerParagraphs, type ReaderItem, type ReaderRun } from "./segments";

interface ReaderProps {
  readonly view: ArticleView;
  readonly lang: Lang;
  /** Prefix of element ids, when several readers share a page. */
  readonly prefix?: string;
  readonly corpusLinks?: boolean;
}

const toneOf = (v: number) => (v < 0 ? "neg" : v > 0 ? "pos" : "zero");

/**
 * The article body as the outlet wrote it, right-to-left, with every loaded
 * term highlighted by valence (colour, underline style and icon) and opening
 * its card; quoted and attributed stretches set apart from the outlet's voice.
 * Text is rendered as text nodes only.
 */
export function Reader({ view, lang, prefix = "", corpusLinks = true }: ReaderProps) {
  const t = dict(lang);
  const body = view.body;
  const pop = (index: number) => `${prefix}pop-${index}`;
  // links point at a match by its start; a nested layer may start where its parent does, and ids must stay unique
  const ids = new Set<string>();
  const markId = (first: boolean, id: string) => (first && !ids.has(id) ? (ids.add(id), id) : undefined);
  const campLabel = (camp: string) => {
    const e = Object.values(view.entries).find((x) => x.target === camp);
    return e ? (lang === "ar" ? e.targetLabelAr : e.targetLabel) : camp;
  };
  const resolution = (index: number) => {
    const r = view.matches[index]!.resolved;
    if (!r?.target) return undefined;
    return { camp: campLabel(r.target), evidence: r.evidence ? body.slice(r.evidence.start, r.evidence.end) : null };
  };

  const item = (it: ReaderItem): ReactNode => {
    if (it.kind === "text") return body.slice(it.start, it.end);
    const m = view.matches[it.index]!;
    return (
      <button type="button" key={`m${it.index}-${it.start}`} className="match" popoverTarget={pop(it.index)}>
        {body.slice(it.outer.start, it.start)}
        <mark
          id={markId(it.first, `${prefix}m-${m.start}`)}
          className={`val-${valenceKey(m.valence)}${m.scare_quoted ? " scare" : ""}`}
          data-testid="match"
          data-term={m.term}
          data-target={m.target}
          data-valence={m.valence}
          data-voice={m.voice}
          data-start={m.start}
          data-end={m.end}
          data-scare-quoted={m.scare_quoted ? "true" : undefined}
          data-resolved={m.resolved?.target ?? undefined}
          data-resolved-by={m.resolved?.by ?? undefined}
          title={resolution(it.index) ? `→ ${resolution(it.index)!.camp}: ${resolution(it.index)!.evidence ?? ""}` : undefined}
        >
          {body.slice(it.start, it.end)}
        </mark>
        {body.slice(it.end, it.outer.end)}
        <span className={`val-icon ${toneOf(m.valence)}`} aria-hidden="true">
          {valenceIcon(m.valence)}
        </span>
        <span className="visually-hidden" lang={lang}>
          {` (${t.valence[String(m.valence)]}, ${t.voice[m.voice]})`}
        </span>
      </button>
    );
  };

  const run = (r: ReaderRun, k: number): ReactNode => {
    const content = r.items.map(item);
    if (r.voice === "author") return <span key={k}>{content}</span>;
    const title = r.voice === "attributed" && r.cue ? `${t.voice.attributed} (${t.cue}: ${r.cue})` : t.voice[r.voice];
    return (
      <span key={k} className={`voice-${r.voice}`} data-voice={r.voice} title={title}>
        {content}
      </span>
    );
  };

  return (
    <div className="reader">
      <div className="article-text" lang="ar" dir="rtl" data-testid="article-body">
        {readerParagraphs(view).map((runs, k) => (
          <p key={k}>{runs.map(run)}</p>
        ))}
      </div>
      <PopoverPlacement />
      <div className="entry-cards">
        {view.matches.map((m, index) => (
          <EntryCard key={index} id={pop(index)} match={m} entry={view.entries[m.term]} lang={lang} corpusLinks={corpusLinks} resolution={resolution(index)} />
        ))}
      </div>
    </div>
  );
}
