import type { ClassSession, MissedTerm, StudentResult } from "../store/classes";

/** What the teacher's page shows (and GET /api/class/CODE/results returns): students, class totals, most-missed terms. */
export interface ClassBoard {
  readonly code: string;
  readonly lesson: string;
  readonly status: ClassSession["status"];
  readonly expiresAt: string;
  readonly students: readonly StudentResult[];
  readonly totals: Omit<StudentResult, "name"> & { readonly students: number };
  readonly mostMissed: readonly (MissedTerm & { readonly label: string; readonly label_ar: string })[];
}

const ZERO = { found: 0, missed: 0, targetRight: 0, right: 0, wrong: 0 };

export function classBoard(
  session: ClassSession,
  students: readonly StudentResult[],
  missed: readonly MissedTerm[],
  targetLabel: (id: string) => { label: string; label_ar: string },
): ClassBoard {
  const totals = students.reduce(
    (t, s) => ({ found: t.found + s.found, missed: t.missed + s.missed, targetRight: t.targetRight + s.targetRight, right: t.right + s.right, wrong: t.wrong + s.wrong }),
    ZERO,
  );
  return {
    code: session.code,
    lesson: session.lesson,
    status: session.status,
    expiresAt: session.expiresAt,
    students,
    totals: { ...totals, students: students.length },
    mostMissed: missed.map((m) => ({ ...m, ...targetLabel(m.target) })),
  };
}
