import { scoreSpotting, type Pick } from "../lessons/spot";
import { ClassError } from "./session";
import type { GuessRound } from "../lessons/play";
import type { LessonMaterial } from "../lessons/material";
import type { Lesson } from "../lessons/schema";

/**
 * A student's answers as the class session stores them: one per item, scored on the server from
 * what the student did (the words tapped, the outlet picked), never taken from the browser's own
 * scoring, so a tampered page cannot report a term it did not find.
 */
export interface ClassAnswer {
  /** Names the item within the lesson: the same term at the same place, or the same passage, is the same item. */
  readonly item: string;
  readonly game: "spot" | "guess";
  readonly article: string;
  readonly outlet: string;
  /** Spot: the loaded term and the target it frames; guess: null. */
  readonly term: string | null;
  readonly target: string | null;
  /** Spot: the Arabic words of the term as written; guess: the passage. */
  readonly text: string;
  readonly outcome: "found" | "missed" | "right" | "wrong";
  /** Spot, found: whether the student said the right target; otherwise null. */
  readonly targetRight: boolean | null;
  /** Spot, found: the target the student named; guess: the outlet picked. */
  readonly guessed: string | null;
}

/** A request the lesson cannot score (a word that is not in the article, an unknown target): a 400. */
export class AnswerError extends ClassError {
  constructor(message: string) {
    super("bad-answer", message);
  }
}

/** Spot the framing: every loaded term of the lesson's targets in the article, found or missed. */
export function spotAnswers(lesson: Lesson, material: LessonMaterial, articleId: string, picks: readonly Pick[]): ClassAnswer[] {
  const article = material.articles.find((a) => a.id === articleId);
  if (!article) throw new AnswerError(`the lesson "${lesson.id}" has no article "${articleId}"`);
  for (const p of picks) {
    if (p.end > article.body.length) throw new AnswerError(`a pick (${p.start}–${p.end}) lies outside the article "${articleId}"`);
    if (p.target !== undefined && !lesson.targets.includes(p.target)) throw new AnswerError(`"${p.target}" is not a target of the lesson "${lesson.id}"`);
  }
  const result = scoreSpotting(article.matches, picks, lesson.targets);
  const row = (m: (typeof result.missed)[number]) => ({ item: `spot:${article.id}:${m.start}-${m.end}:${m.term}`, game: "spot" as const, article: article.id, outlet: article.outlet, term: m.term, target: m.target, text: m.text });
  return [
    ...result.found.map((f) => ({ ...row(f.match), outcome: "found" as const, targetRight: f.targetRight, guessed: f.pick.target ?? null })),
    ...result.missed.map((m) => ({ ...row(m), outcome: "missed" as const, targetRight: null, guessed: null })),
  ].sort((a, b) => a.item.localeCompare(b.item));
}

/** Guess the outlet: the passage at `start` of the article, right or wrong. */
export function guessAnswer(round: GuessRound, articleId: string, start: number, outlet: string): ClassAnswer {
  const passage = round.passages.find((p) => p.article === articleId && p.start === start);
  if (!passage) throw new AnswerError(`no passage of the game starts at ${start} in the article "${articleId}"`);
  if (!round.outlets.includes(outlet)) throw new AnswerError(`"${outlet}" is not one of the outlets to choose from`);
  return {
    item: `guess:${articleId}:${start}`,
    game: "guess",
    article: articleId,
    outlet: passage.outlet,
    term: null,
    target: null,
    text: passage.text,
    outcome: outlet === passage.outlet ? "right" : "wrong",
    targetRight: null,
    guessed: outlet,
  };
}
