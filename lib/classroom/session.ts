import type { Store } from "../store";
import type { ClassSession, ClassStudent } from "../store/classes";
import { newCode, normalizeCode } from "./code";
import { displayName, nameKey, nameProblem } from "./names";
import { newToken, tokenHash } from "./tokens";

/** Why a class request cannot be served: a reason the pages translate, the status and the message the API answers with. */
export type ClassReason = "unknown-code" | "expired" | "closed" | "bad-name" | "name-taken" | "not-joined" | "not-teacher" | "unknown-lesson" | "bad-answer";

const STATUS: Record<ClassReason, number> = {
  "unknown-code": 404,
  expired: 410,
  closed: 410,
  "bad-name": 400,
  "name-taken": 409,
  "not-joined": 401,
  "not-teacher": 403,
  "unknown-lesson": 404,
  "bad-answer": 400,
};

export class ClassError extends Error {
  readonly status: number;
  constructor(
    readonly reason: ClassReason,
    message: string,
  ) {
    super(message);
    this.status = STATUS[reason];
  }
}

/** Starts a session for a lesson: a fresh code (drawn again on the rare collision) and the teacher's token, given once. */
export async function startSession(store: Store, lesson: string, hours: number): Promise<{ session: ClassSession; teacherToken: string }> {
  const teacherToken = newToken();
  for (let attempt = 0; attempt < 8; attempt++) {
    const session = await store.classes.create(newCode(), lesson, tokenHash(teacherToken), hours);
    if (session) return { session, teacherToken };
  }
  throw new Error("could not draw a free class code in 8 attempts");
}

/** The session of a code as typed (case, spaces and Arabic digits folded), or a ClassError saying there is none. */
export async function findSession(store: Store, typed: string): Promise<ClassSession> {
  const code = normalizeCode(typed);
  const session = code ? await store.classes.byCode(code) : undefined;
  if (!session) throw new ClassError("unknown-code", `there is no class session with the code "${typed.trim()}": check the code with your teacher`);
  return session;
}

/** Throws when students can no longer join or answer. */
export function assertOpen(session: ClassSession): void {
  if (session.status === "closed") throw new ClassError("closed", `the class session ${session.code} is closed: students can no longer join or answer`);
  if (session.status === "expired") throw new ClassError("expired", `the class session ${session.code} expired at ${session.expiresAt}: ask your teacher for a new code`);
}

/** Adds a student under a display name; the student's token (kept in a cookie) is given once. */
export async function joinSession(store: Store, session: ClassSession, typedName: string): Promise<{ student: ClassStudent; token: string }> {
  assertOpen(session);
  const name = displayName(typedName);
  const problem = nameProblem(name);
  if (problem) throw new ClassError("bad-name", problem);
  const token = newToken();
  const student = await store.classes.join(session.id, name, nameKey(name), tokenHash(token));
  if (student === "taken") throw new ClassError("name-taken", `the name "${name}" is already taken in this class: add an initial or choose another`);
  return { student, token };
}

/** The student a token belongs to in this session, if any. */
export async function studentOf(store: Store, session: ClassSession, token: string | undefined): Promise<ClassStudent | undefined> {
  return token ? store.classes.student(session.id, tokenHash(token)) : undefined;
}

/** Throws unless `token` is the session's teacher token. */
export async function assertTeacher(store: Store, session: ClassSession, token: string | undefined): Promise<void> {
  if (!token || !(await store.classes.isTeacher(session.id, tokenHash(token)))) {
    throw new ClassError("not-teacher", `this page is for the teacher who started the class session ${session.code}`);
  }
}
