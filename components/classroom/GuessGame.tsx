"use client";

import { useState } from "react";
import "./classroom.css";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { GuessPassage } from "@/lib/lessons/guess";
import { sendAnswers, type SendState } from "./class-api";
import { SendStatus } from "./SendStatus";

export interface GuessGameProps {
  readonly lang: Lang;
  readonly passages: readonly GuessPassage[];
  readonly outlets: readonly string[];
  readonly glosses: Readonly<Record<string, string>>;
  /** In a class session: its code; each pick is sent to the server, which scores it for the teacher. */
  readonly classCode?: string;
}

/** One passage at a time: pick the outlet, then see the words that gave it away. */
export function GuessGame({ lang, passages, outlets, glosses, classCode }: GuessGameProps) {
  const c = classroomDict(lang);
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<string | null>(null);
  const [score, setScore] = useState({ right: 0, done: 0 });
  const [sent, setSent] = useState<SendState>(null);
  const passage = passages[index % passages.length];
  if (!passage) return null;

  const choose = (outlet: string) => {
    if (choice) return;
    setChoice(outlet);
    setScore((s) => ({ right: s.right + (outlet === passage.outlet ? 1 : 0), done: s.done + 1 }));
    if (classCode) void sendAnswers(classCode, { game: "guess", article: passage.article, start: passage.start, outlet }, setSent);
  };
  const pieces: { text: string; clue: number | null }[] = [];
  let at = 0;
  passage.clues.forEach((clue, k) => {
    pieces.push({ text: passage.text.slice(at, clue.start), clue: null }, { text: passage.text.slice(clue.start, clue.end), clue: k });
    at = clue.end;
  });
  pieces.push({ text: passage.text.slice(at), clue: null });

  const round = Math.floor(index / passages.length) + 1;
  const verdict = (o: string) => (!choice ? undefined : o === passage.outlet ? "right" : o === choice ? "wrong" : undefined);
  return (
    <div className="guess" data-testid="guess-game">
      <p className="hint" data-testid="guess-progress">
        {c.passageOf(index + 1, passages.length)}
        {round > 1 && (
          <>
            {" · "}
            <strong data-testid="guess-repeat">{c.repeat(round)}</strong>
          </>
        )}
      </p>
      <blockquote className="article-text guess-passage" lang="ar" dir="rtl" data-testid="guess-passage">
        {pieces.map((p, i) =>
          p.clue !== null && choice ? (
            <mark key={i} className={`clue v${Math.sign(passage.clues[p.clue]!.valence)}`}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </blockquote>
      <fieldset>
        <legend>{c.whichOutlet}</legend>
        <div className="guess-choices">
          {outlets.map((o) => (
            <button
              key={o}
              type="button"
              className={`button${verdict(o) ? ` guess-${verdict(o)}` : ""}`}
              lang="ar"
              data-testid="guess-choice"
              data-outlet={o}
              data-verdict={verdict(o)}
              aria-pressed={choice === o}
              disabled={Boolean(choice)}
              onClick={() => choose(o)}
            >
              {verdict(o) === "right" ? "✓ " : verdict(o) === "wrong" ? "✗ " : ""}
              {o}
              {verdict(o) && (
                <span className="guess-tag" lang={lang}>
                  {" "}
                  ({verdict(o) === "wrong" ? c.yourPick : choice === o ? `${c.yourPick}, ${c.rightAnswer}` : c.rightAnswer})
                </span>
              )}
            </button>
          ))}
        </div>
      </fieldset>
      {choice && (
        <section aria-live="polite" data-testid="guess-reveal" data-correct={String(choice === passage.outlet)}>
          <h2>{choice === passage.outlet ? c.correct : c.wrong(passage.outlet)}</h2>
          <SendStatus lang={lang} sent={sent} />
          <h3>{c.gaveAway}</h3>
          <ul>
            {passage.clues.map((clue) => (
              <li key={clue.start}>
                <b lang="ar" dir="rtl">
                  {clue.text}
                </b>{" "}
                — {glosses[clue.term]} ({clue.valence > 0 ? "+" : ""}
                {clue.valence})
              </li>
            ))}
          </ul>
          <p className="hint">{c.guessScore(score.right, score.done)}</p>
          <button
            type="button"
            className="button"
            data-testid="guess-next"
            onClick={() => {
              setChoice(null);
              setSent(null);
              setIndex((i) => i + 1);
            }}
          >
            {c.next}
          </button>
        </section>
      )}
    </div>
  );
}
