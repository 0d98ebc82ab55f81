"use client";

import { useMemo, useState } from "react";
import "./classroom.css";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { Match } from "@/lib/analysis/analyze-text";
import { scoreSpotting, spottingCsv, type Pick, type SpotResult } from "@/lib/lessons/spot";
import type { EntryView } from "@/lib/report/article-view";
import { sendAnswers, type SendState } from "./class-api";
import { SendStatus } from "./SendStatus";

export interface SpotGameProps {
  readonly lang: Lang;
  readonly articleId: string;
  readonly body: string;
  /** Word tokens of the body: what a student can tap. */
  readonly words: readonly { readonly start: number; readonly end: number }[];
  readonly matches: readonly Match[];
  readonly entries: Readonly<Record<string, EntryView>>;
  readonly targets: readonly { readonly id: string; readonly label: string }[];
  /** In a class session: its code; the picks are sent to the server, which scores them for the teacher. */
  readonly classCode?: string;
}

/** Paragraphs of the body as runs of tappable words and the text between them. */
function layout(body: string, words: SpotGameProps["words"]) {
  const paragraphs: { start: number; end: number; word: number | null }[][] = [[]];
  let at = 0;
  const pushText = (start: number, end: number) => {
    let from = start;
    for (let i = body.indexOf("\n", start); i >= 0 && i < end; i = body.indexOf("\n", i + 1)) {
      if (i > from) paragraphs[paragraphs.length - 1]!.push({ start: from, end: i, word: null });
      paragraphs.push([]);
      from = i + 1;
    }
    if (end > from) paragraphs[paragraphs.length - 1]!.push({ start: from, end, word: null });
  };
  words.forEach((w, k) => {
    pushText(at, w.start);
    paragraphs[paragraphs.length - 1]!.push({ start: w.start, end: w.end, word: k });
    at = w.end;
  });
  pushText(at, body.length);
  return paragraphs.filter((p) => p.length > 0);
}

export function SpotGame({ lang, articleId, body, words, matches, entries, targets, classCode }: SpotGameProps) {
  const c = classroomDict(lang);
  const [target, setTarget] = useState(targets[0]?.id ?? "");
  const [picks, setPicks] = useState<Map<number, string>>(new Map());
  const [result, setResult] = useState<SpotResult | null>(null);
  const [sent, setSent] = useState<SendState>(null);
  const paragraphs = useMemo(() => layout(body, words), [body, words]);
  const labelOf = (id: string) => targets.find((t) => t.id === id)?.label ?? id;

  const toggle = (k: number) => {
    if (result) return;
    setPicks((prev) => {
      const next = new Map(prev);
      if (next.has(k)) next.delete(k);
      else next.set(k, target);
      return next;
    });
  };
  const reveal = () => {
    const list: Pick[] = [...picks.entries()].map(([k, t]) => ({ start: words[k]!.start, end: words[k]!.end, target: t }));
    setResult(scoreSpotting(matches, list, targets.map((t) => t.id)));
    if (classCode) void sendAnswers(classCode, { game: "spot", article: articleId, picks: list }, setSent);
  };
  const exportCsv = () => {
    if (!result) return;
    const url = URL.createObjectURL(new Blob([spottingCsv(articleId, result, body)], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `spot-${articleId}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const state = (k: number): string => {
    if (!result) return picks.has(k) ? "picked" : "";
    const w = words[k]!;
    if (result.found.some((f) => f.pick.start === w.start)) return "found";
    if (result.extra.some((p) => p.start === w.start)) return "extra";
    if (result.neutral.some((n) => n.pick.start === w.start)) return "neutral";
    if (result.missed.some((m) => m.token_start < w.end && m.token_end > w.start)) return "missed";
    return picks.has(k) ? "picked" : "";
  };

  return (
    <div className="spot" data-testid="spot-game">
      <fieldset className="spot-targets">
        <legend>{c.towardWhom}</legend>
        {targets.map((t) => (
          <label key={t.id} className="check">
            <input type="radio" name="spot-target" value={t.id} checked={target === t.id} onChange={() => setTarget(t.id)} disabled={Boolean(result)} /> {t.label}
          </label>
        ))}
      </fieldset>
      <div className="article-text spot-text" lang="ar" dir="rtl">
        {paragraphs.map((p, i) => (
          <p key={i}>
            {p.map((run) =>
              run.word === null ? (
                <span key={run.start}>{body.slice(run.start, run.end)}</span>
              ) : (
                <button
                  key={run.start}
                  type="button"
                  className={`spot-word ${state(run.word)}`}
                  data-testid="spot-word"
                  data-start={run.start}
                  aria-pressed={picks.has(run.word)}
                  title={picks.has(run.word) ? labelOf(picks.get(run.word)!) : undefined}
                  onClick={() => toggle(run.word!)}
                >
                  {body.slice(run.start, run.end)}
                </button>
              ),
            )}
          </p>
        ))}
      </div>
      <p className="hint">{c.picked(picks.size)}</p>
      {!result ? (
        <button type="button" className="button" data-testid="spot-reveal" onClick={reveal}>
          {c.reveal}
        </button>
      ) : (
        <section aria-live="polite" data-testid="spot-score" data-found={result.found.length} data-missed={result.missed.length} data-neutral={result.neutral.length} data-extra={result.extra.length}>
          <h2>{c.score(result.found.length, result.found.length + result.missed.length)}</h2>
          <SendStatus lang={lang} sent={sent} />
          <h3>{c.legend}</h3>
          <ul className="spot-legend" data-testid="spot-legend">
            {(["found", "missed", "neutral", "extra"] as const).map((kind) => (
              <li key={kind}>
                <span className={`spot-word ${kind}`} lang="ar" dir="rtl" aria-hidden="true">
                  كلمة
                </span>{" "}
                {c[kind]}
              </li>
            ))}
          </ul>
          <h3>{c.found}</h3>
          <ul>
            {result.found.map((f) => (
              <li key={f.match.start}>
                <b lang="ar" dir="rtl">
                  {f.match.text}
                </b>{" "}
                — {entries[f.match.term]?.gloss} ({f.targetRight ? c.targetRight : c.targetWrong(labelOf(f.match.target))}). <span className="hint">{entries[f.match.term]?.rationale}</span>
              </li>
            ))}
          </ul>
          <h3>{c.missed}</h3>
          <ul>
            {result.missed.map((m) => (
              <li key={m.start}>
                <b lang="ar" dir="rtl">
                  {m.text}
                </b>{" "}
                — {entries[m.term]?.gloss} ({labelOf(m.target)}). <span className="hint">{entries[m.term]?.rationale}</span>
              </li>
            ))}
          </ul>
          {result.neutral.length > 0 && (
            <>
              <h3>{c.neutral}</h3>
              <ul>
                {result.neutral.map((n) => (
                  <li key={n.pick.start}>
                    <b lang="ar" dir="rtl">
                      {n.match.text}
                    </b>{" "}
                    — {entries[n.match.term]?.gloss} ({labelOf(n.match.target)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{c.extra}</h3>
          <ul>
            {result.extra.map((p) => (
              <li key={p.start} lang="ar" dir="rtl">
                {body.slice(p.start, p.end)}
              </li>
            ))}
          </ul>
          <p className="actions">
            <button type="button" className="button" onClick={exportCsv} data-testid="spot-export">
              {c.exportCsv}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setResult(null);
                setSent(null);
                setPicks(new Map());
              }}
            >
              {c.again}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
