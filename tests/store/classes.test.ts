/**
 * Class sessions in the store, on embedded PostgreSQL and on a real server: codes, joining under
 * a display name (duplicates refused however they are spelled), answers scored on the server and
 * kept once per (session, student, item), the teacher's summary and the CSV.
 */
import fs from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { guessAnswer, spotAnswers } from "../../lib/classroom/answers";
import { classBoard } from "../../lib/classroom/board";
import { CODE_ALPHABET, normalizeCode } from "../../lib/classroom/code";
import { classCsv } from "../../lib/classroom/csv";
import { assertOpen, assertTeacher, ClassError, findSession, joinSession, startSession, studentOf } from "../../lib/classroom/session";
import { parseLesson } from "../../lib/lessons/check";
import { lessonMaterial } from "../../lib/lessons/material";
import { guessRound } from "../../lib/lessons/play";
import type { Store } from "../../lib/store";
import { bundledEngine, ROOT, seed } from "../helpers";
import { BACKENDS, startBackend, type OpenBackend } from "./backends";

const engine = bundledEngine();
const results = ["000", "001", "002", "003", "004"].map((p) => analyzeArticle(engine, seed(p)));
const byId = new Map(results.map((r) => [r.article.id, r]));
const lesson = parseLesson(fs.readFileSync(path.join(ROOT, "lessons", "haftar-names.yaml"), "utf8"), "haftar-names.yaml", { engine, articleIds: new Set(byId.keys()) });
const material = lessonMaterial({ engine, byId }, lesson);
const aljazeera = material.articles.find((a) => a.id === "004-aljazeera")!;
/** The word المتقاعد of اللواء المتقاعد in the Al Jazeera seed, tapped toward Haftar. */
const retired = { start: aljazeera.body.indexOf("المتقاعد"), end: aljazeera.body.indexOf("المتقاعد") + "المتقاعد".length, target: "haftar" };

const reasonOf = async (work: Promise<unknown> | (() => unknown)): Promise<string> => {
  try {
    await (typeof work === "function" ? work() : work);
  } catch (error) {
    if (error instanceof ClassError) return `${error.status} ${error.reason}: ${error.message}`;
    throw error;
  }
  return "no error";
};

describe.each(BACKENDS)("class sessions on %s PostgreSQL", (kind) => {
  let backend: OpenBackend;
  let store: Store;

  beforeAll(async () => {
    backend = await startBackend(kind);
    store = await backend.open();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    backend?.stop();
  });

  it("runs a class: two students, answers kept once, the teacher's summary and CSV", async () => {
    const { session, teacherToken } = await startSession(store, lesson.id, 2);
    expect(session.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(session.status).toBe("open");
    // a code typed in lower case, with a space, or with Arabic digits finds the same session
    const typed = `${session.code.slice(0, 3).toLowerCase()} ${session.code.slice(3)}`.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    expect((await findSession(store, typed)).id).toBe(session.id);

    const amal = await joinSession(store, session, "  أَمل   ");
    const omar = await joinSession(store, session, "Omar");
    expect(amal.student.name).toBe("أَمل");
    expect((await studentOf(store, session, amal.token))?.name).toBe("أَمل");
    expect(await studentOf(store, session, "forged")).toBeUndefined();
    // the same name spelled without the diacritic, or in another case, is taken
    expect(await reasonOf(joinSession(store, session, "امل"))).toMatch(/^409 name-taken: the name "امل" is already taken/);
    expect(await reasonOf(joinSession(store, session, "OMAR"))).toMatch(/^409 name-taken/);
    expect(await reasonOf(joinSession(store, session, "   "))).toBe("400 bad-name: enter your name");

    // Amal finds المتقاعد in Al Jazeera and guesses one passage right; Omar picks nothing and guesses wrong
    const spotAmal = spotAnswers(lesson, material, "004-aljazeera", [retired]);
    expect(spotAmal.filter((a) => a.outcome === "found").map((a) => [a.text, a.targetRight])).toEqual([["اللواء المتقاعد خليفة حفتر", true]]);
    expect(await store.classes.record(session.id, amal.student.id, spotAmal)).toEqual({ recorded: spotAmal.length, already: 0 });
    // a retried POST, or a second try after the reveal, changes nothing: the first answer counts
    expect(await store.classes.record(session.id, amal.student.id, spotAnswers(lesson, material, "004-aljazeera", []))).toEqual({ recorded: 0, already: spotAmal.length });
    const spotOmar = spotAnswers(lesson, material, "004-aljazeera", []);
    await store.classes.record(session.id, omar.student.id, spotOmar);

    const round = guessRound({ engine }, lesson, material);
    const passage = round.passages[0]!;
    const wrongOutlet = round.outlets.find((o) => o !== passage.outlet)!;
    await store.classes.record(session.id, amal.student.id, [guessAnswer(round, passage.article, passage.start, passage.outlet)]);
    await store.classes.record(session.id, omar.student.id, [guessAnswer(round, passage.article, passage.start, wrongOutlet)]);
    expect(await reasonOf(() => guessAnswer(round, passage.article, passage.start + 1, passage.outlet))).toMatch(/^400 bad-answer: no passage of the game starts at/);

    const students = await store.classes.results(session.id);
    const keyTerms = spotAmal.length;
    expect(students).toEqual([
      { name: "Omar", found: 0, missed: keyTerms, targetRight: 0, right: 0, wrong: 1 },
      { name: "أَمل", found: 1, missed: keyTerms - 1, targetRight: 1, right: 1, wrong: 0 },
    ]);
    const missed = await store.classes.mostMissed(session.id);
    expect(missed[0]).toMatchObject({ missed: 2, of: 2 });
    const retiredTerm = missed.find((m) => m.text === "اللواء المتقاعد خليفة حفتر")!;
    expect(retiredTerm).toMatchObject({ target: "haftar", missed: 1, of: 2 });
    const board = classBoard(session, students, missed, (id) => ({ label: engine.lexicon.targets.get(id)!.label, label_ar: engine.lexicon.targets.get(id)!.label_ar }));
    expect(board.totals).toEqual({ students: 2, found: 1, missed: 2 * keyTerms - 1, targetRight: 1, right: 1, wrong: 1 });
    expect(board.mostMissed.find((m) => m.term === retiredTerm.term)?.label_ar).toMatch(/حفتر/);

    const csv = classCsv(await store.classes.answers(session.id));
    expect(csv.startsWith("\uFEFFstudent,game,article,outlet,item,term,target,text,outcome,target_right,guessed,answered_at\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 2 * (keyTerms + 1));
    expect(lines.filter((l) => l.startsWith("أَمل,spot,004-aljazeera,الجزيرة نت,") && l.includes(",اللواء المتقاعد خليفة حفتر,found,true,haftar,"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("Omar,guess,") && l.includes(`,wrong,,${wrongOutlet},`))).toHaveLength(1);

    // the teacher, and nobody else
    await expect(assertTeacher(store, session, teacherToken)).resolves.toBeUndefined();
    expect(await reasonOf(assertTeacher(store, session, amal.token))).toMatch(/^403 not-teacher/);
    expect(await reasonOf(assertTeacher(store, session, undefined))).toMatch(/^403 not-teacher/);

    // closed: nobody joins any more, and the page says why
    await store.classes.close(session.id);
    const closed = await findSession(store, session.code);
    expect(closed.status).toBe("closed");
    expect(await reasonOf(joinSession(store, closed, "Nour"))).toMatch(/^410 closed: the class session \w+ is closed/);
  });

  it("says which code is unknown, and that an expired session has expired", async () => {
    expect(await reasonOf(findSession(store, "zzzz"))).toBe('404 unknown-code: there is no class session with the code "zzzz": check the code with your teacher');
    expect(await reasonOf(findSession(store, "ACDEFG"))).toMatch(/^404 unknown-code/);
    const { session } = await startSession(store, lesson.id, 1 / 6);
    expect(normalizeCode(session.code)).toBe(session.code);
    // the database's clock decides: move the expiry into the past rather than wait ten minutes
    await (store as unknown as { db: { query(s: string, p: unknown[]): Promise<unknown> } }).db.query("UPDATE class_sessions SET expires_at = now() - interval '1 minute' WHERE id = $1", [session.id]);
    const expired = await findSession(store, session.code);
    expect(expired.status).toBe("expired");
    expect(await reasonOf(() => assertOpen(expired))).toMatch(/^410 expired: the class session \w+ expired at \d{4}-\d{2}-\d{2}T/);
  });

  it("refuses picks the lesson cannot score", async () => {
    expect(await reasonOf(() => spotAnswers(lesson, material, "999-nowhere", []))).toMatch(/has no article "999-nowhere"/);
    expect(await reasonOf(() => spotAnswers(lesson, material, "004-aljazeera", [{ ...retired, target: "isis" }]))).toMatch(/"isis" is not a target/);
  });
});
