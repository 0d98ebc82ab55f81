"use client";

import { useEffect, useState } from "react";
import "./classroom.css";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { ClassBoard } from "@/lib/classroom/board";

const POLL_MS = 3000;

/** The teacher's view of a class: each student's results, the class totals, the most-missed terms; refreshed by polling. */
export function TeacherBoard({ lang, initial, teacherKey }: { lang: Lang; initial: ClassBoard; teacherKey?: string }) {
  const s = classroomDict(lang).session;
  const [board, setBoard] = useState(initial);
  const base = `/api/class/${initial.code}`;
  const key = teacherKey ? `key=${encodeURIComponent(teacherKey)}` : "";
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`${base}/results${key ? `?${key}` : ""}`, { cache: "no-store" });
        if (res.ok && !stopped) setBoard(await res.json());
      } catch {
        // the next poll tries again
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [base, key]);
  const close = async () => {
    const res = await fetch(`${base}/close${key ? `?${key}` : ""}`, { method: "POST" });
    if (res.ok) setBoard((b) => ({ ...b, status: "closed" }));
  };
  const t = board.totals;
  const pair = (a: number, b: number) => s.of(a, a + b);
  return (
    <div className="teacher-board" data-testid="teacher-board" data-students={board.students.length}>
      <p className={board.status === "open" ? "hint" : "error"} data-testid="class-status" data-status={board.status}>
        {board.status === "open" ? (
          <>
            {s.expires} <bdi dir="ltr">{board.expiresAt.replace("T", " ").replace("Z", "")}</bdi>. {s.refresh}
          </>
        ) : (
          s.status[board.status]
        )}
      </p>
      <h2>{s.students}</h2>
      {board.students.length === 0 ? (
        <p className="hint">{s.noStudents}</p>
      ) : (
        <div className="table-scroll">
          <table className="class-results" data-testid="class-results">
            <thead>
              <tr>
                <th scope="col">{s.student}</th>
                <th scope="col">{s.found}</th>
                <th scope="col">{s.targetRight}</th>
                <th scope="col">{s.guesses}</th>
              </tr>
            </thead>
            <tbody>
              {board.students.map((st) => (
                <tr key={st.name} data-testid="class-student" data-name={st.name} data-found={st.found} data-missed={st.missed} data-right={st.right} data-wrong={st.wrong}>
                  <th scope="row">
                    <bdi>{st.name}</bdi>
                  </th>
                  <td>{pair(st.found, st.missed)}</td>
                  <td>{st.targetRight}</td>
                  <td>{pair(st.right, st.wrong)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="class-totals">
                <th scope="row">{s.totals(t.students)}</th>
                <td>{pair(t.found, t.missed)}</td>
                <td>{t.targetRight}</td>
                <td>{pair(t.right, t.wrong)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <h2>{s.mostMissed}</h2>
      {board.mostMissed.length === 0 ? (
        <p className="hint">{s.noMissed}</p>
      ) : (
        <ol className="most-missed" data-testid="most-missed">
          {board.mostMissed.map((m) => (
            <li key={`${m.term}|${m.target}`} data-term={m.term}>
              <b lang="ar" dir="rtl" className="ar">
                {m.text}
              </b>{" "}
              — {s.frames} <bdi>{lang === "ar" ? m.label_ar : m.label}</bdi>: {s.missedBy(m.missed, m.of)}
            </li>
          ))}
        </ol>
      )}
      <p className="actions">
        <a className="button" href={`${base}/results?format=csv${key ? `&${key}` : ""}`} download data-testid="class-csv">
          {s.exportCsv}
        </a>
        {board.status === "open" && (
          <button type="button" className="button" onClick={close} data-testid="class-close">
            {s.close}
          </button>
        )}
      </p>
    </div>
  );
}
