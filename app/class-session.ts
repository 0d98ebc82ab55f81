import { cookies } from "next/headers";
import { classroom } from "@/app/classroom";
import { classBoard, type ClassBoard } from "@/lib/classroom/board";
import { ClassError, findSession, type ClassReason } from "@/lib/classroom/session";
import { studentCookie, teacherCookie } from "@/lib/classroom/tokens";
import { lessonMaterial } from "@/lib/lessons/material";
import type { ClassSession, Store } from "@/lib/store";
import { processStore } from "@/lib/store/process-store";

/** What the class pages and the class API share: the store, the session of a code, its lesson, the tokens in cookies. */
export async function sessionOf(code: string) {
  const opened = await processStore();
  return { ...opened, session: await findSession(opened.store, code) };
}

/** The session's lesson with its material; a ClassError when the lesson file has gone since the session started. */
export async function sessionLesson(session: ClassSession) {
  const { corpus, lessons } = await classroom();
  const lesson = lessons.find((l) => l.id === session.lesson);
  if (!lesson) throw new ClassError("unknown-lesson", `the lesson "${session.lesson}" of the class session ${session.code} is no longer served`);
  return { corpus, lesson, material: lessonMaterial(corpus, lesson) };
}

/** The teacher's token: the cookie set when the session started, else the `key` of the teacher's link (another device). */
export async function teacherToken(code: string, key?: string | null): Promise<string | undefined> {
  return (await cookies()).get(teacherCookie(code))?.value ?? (key || undefined);
}

export async function studentToken(code: string): Promise<string | undefined> {
  return (await cookies()).get(studentCookie(code))?.value;
}

/** The teacher's board of a session: the students' results, the class totals, the most-missed terms with their targets' labels. */
export async function boardOf(store: Store, session: ClassSession): Promise<ClassBoard> {
  const { corpus } = await sessionLesson(session);
  const label = (id: string) => {
    const t = corpus.engine.lexicon.targets.get(id);
    return { label: t?.label ?? id, label_ar: t?.label_ar ?? id };
  };
  return classBoard(session, await store.classes.results(session.id), await store.classes.mostMissed(session.id), label);
}

/** For a page: the session of a code, its store and lesson, or the reason to show (an unknown code, a lesson gone, the store unavailable). */
export async function sessionForPage(
  code: string,
): Promise<(Awaited<ReturnType<typeof sessionOf>> & Awaited<ReturnType<typeof sessionLesson>> & { ok: true }) | { ok: false; reason: ClassReason | "other"; message: string }> {
  try {
    const found = await sessionOf(code);
    return { ok: true, ...found, ...(await sessionLesson(found.session)) };
  } catch (error) {
    return error instanceof ClassError ? { ok: false, reason: error.reason, message: error.message } : { ok: false, reason: "other", message: (error as Error).message };
  }
}
