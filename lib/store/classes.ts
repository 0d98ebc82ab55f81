import type { ClassAnswer } from "../classroom/answers";
import type { Sql } from "./db";
import { columns, unnestParams } from "./rows";

/** A class session as pages and the API see it (never its teacher's token). */
export interface ClassSession {
  readonly id: number;
  readonly code: string;
  readonly lesson: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly closedAt: string | null;
  readonly status: "open" | "closed" | "expired";
}

export interface ClassStudent {
  readonly id: number;
  readonly name: string;
}

/** One student's results: spot-the-framing terms found and missed (and the target named right), guesses right and wrong. */
export interface StudentResult {
  readonly name: string;
  readonly found: number;
  readonly missed: number;
  readonly targetRight: number;
  readonly right: number;
  readonly wrong: number;
}

/** A loaded term the class missed: how many students missed it, of those who played its article. */
export interface MissedTerm {
  readonly term: string;
  readonly target: string;
  /** The term's Arabic words as the article writes them (the commonest spelling when it occurs more than once). */
  readonly text: string;
  readonly missed: number;
  readonly of: number;
}

/** An answer with the student who gave it: a row of the results CSV. */
export interface StudentAnswer extends ClassAnswer {
  readonly student: string;
  readonly answeredAt: string;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const SESSION_COLUMNS = `id, code, lesson, ${iso("created_at")} AS "createdAt", ${iso("expires_at")} AS "expiresAt",
  CASE WHEN closed_at IS NULL THEN NULL ELSE ${iso("closed_at")} END AS "closedAt",
  CASE WHEN closed_at IS NOT NULL THEN 'closed' WHEN expires_at <= now() THEN 'expired' ELSE 'open' END AS status`;

const ANSWER_COLUMNS = [
  ["item", "text"],
  ["game", "text"],
  ["article", "text"],
  ["outlet", "text"],
  ["term", "text"],
  ["target", "text"],
  ["text", "text"],
  ["outcome", "text"],
  ["target_right", "boolean"],
  ["guessed", "text"],
] as const;

/**
 * Class sessions in the store: sessions found by their short code, students by the hash of their
 * token, answers kept once per (session, student, item). The clock is the database's (now()), so
 * every web server sharing one PostgreSQL server agrees on what has expired.
 */
export class ClassSessions {
  constructor(private readonly db: Sql) {}

  /** A new session, or undefined when `code` is already taken (the caller draws another). */
  async create(code: string, lesson: string, teacherHash: string, hours: number): Promise<ClassSession | undefined> {
    const rows = await this.db.query<ClassSession>(
      `INSERT INTO class_sessions (code, lesson, teacher_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (code) DO NOTHING RETURNING ${SESSION_COLUMNS}`,
      [code, lesson, teacherHash, Math.round(hours * 3600)],
    );
    return rows[0];
  }

  async byCode(code: string): Promise<ClassSession | undefined> {
    return (await this.db.query<ClassSession>(`SELECT ${SESSION_COLUMNS} FROM class_sessions WHERE code = $1`, [code]))[0];
  }

  /** Whether `teacherHash` is the hash of the token the session was created with. */
  async isTeacher(sessionId: number, teacherHash: string): Promise<boolean> {
    return (await this.db.query("SELECT 1 FROM class_sessions WHERE id = $1 AND teacher_hash = $2", [sessionId, teacherHash])).length > 0;
  }

  /** Adds a student; `taken` when another student of the session already has a name with the same key. */
  async join(sessionId: number, name: string, nameKey: string, tokenHash: string): Promise<ClassStudent | "taken"> {
    const rows = await this.db.query<ClassStudent>(
      `INSERT INTO class_students (session_id, name, name_key, token_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, name_key) DO NOTHING RETURNING id, name`,
      [sessionId, name, nameKey, tokenHash],
    );
    return rows[0] ?? "taken";
  }

  async student(sessionId: number, tokenHash: string): Promise<ClassStudent | undefined> {
    return (await this.db.query<ClassStudent>("SELECT id, name FROM class_students WHERE session_id = $1 AND token_hash = $2", [sessionId, tokenHash]))[0];
  }

  /** Stores answers not stored yet: an item already answered keeps its first answer (a retry, a second round). */
  async record(sessionId: number, studentId: number, answers: readonly ClassAnswer[]): Promise<{ recorded: number; already: number }> {
    if (answers.length === 0) return { recorded: 0, already: 0 };
    const rows = answers.map((a) => ({ ...a, target_right: a.targetRight }));
    const names = ANSWER_COLUMNS.map(([n]) => n);
    const inserted = await this.db.query(
      `INSERT INTO class_answers (session_id, student_id, ${names.join(", ")})
       SELECT $1, $2, u.* FROM unnest(${unnestParams(ANSWER_COLUMNS.map(([, t]) => t), 3)}) AS u
       ON CONFLICT DO NOTHING RETURNING 1`,
      [sessionId, studentId, ...columns(rows, names as (keyof (typeof rows)[number])[])],
    );
    return { recorded: inserted.length, already: answers.length - inserted.length };
  }

  async close(sessionId: number): Promise<void> {
    await this.db.query("UPDATE class_sessions SET closed_at = coalesce(closed_at, now()) WHERE id = $1", [sessionId]);
  }

  /** Every student of the session (those who have not answered yet too), by name. */
  async results(sessionId: number): Promise<StudentResult[]> {
    return this.db.query<StudentResult>(
      `SELECT s.name,
         count(*) FILTER (WHERE a.outcome = 'found')::int AS found, count(*) FILTER (WHERE a.outcome = 'missed')::int AS missed,
         count(*) FILTER (WHERE a.target_right)::int AS "targetRight",
         count(*) FILTER (WHERE a.outcome = 'right')::int AS right, count(*) FILTER (WHERE a.outcome = 'wrong')::int AS wrong
       FROM class_students s LEFT JOIN class_answers a ON a.student_id = s.id
       WHERE s.session_id = $1 GROUP BY s.id, s.name ORDER BY s.name, s.id`,
      [sessionId],
    );
  }

  /** The terms missed by most students (a student who missed one of its places counts), most missed first. */
  async mostMissed(sessionId: number, limit = 10): Promise<MissedTerm[]> {
    return this.db.query<MissedTerm>(
      `SELECT term, target, mode() WITHIN GROUP (ORDER BY text) AS text,
         count(DISTINCT student_id) FILTER (WHERE outcome = 'missed')::int AS missed, count(DISTINCT student_id)::int AS of
       FROM class_answers WHERE session_id = $1 AND game = 'spot'
       GROUP BY term, target HAVING count(*) FILTER (WHERE outcome = 'missed') > 0
       ORDER BY missed DESC, of DESC, term LIMIT $2`,
      [sessionId, limit],
    );
  }

  /** Every answer of the session with its student, by student then item: the rows of the CSV. */
  async answers(sessionId: number): Promise<StudentAnswer[]> {
    return this.db.query<StudentAnswer>(
      `SELECT s.name AS student, a.item, a.game, a.article, a.outlet, a.term, a.target, a.text, a.outcome, a.target_right AS "targetRight",
         a.guessed, ${iso("a.answered_at")} AS "answeredAt"
       FROM class_answers a JOIN class_students s ON s.id = a.student_id
       WHERE a.session_id = $1 ORDER BY s.name, s.id, a.game DESC, a.item`,
      [sessionId],
    );
  }
}
