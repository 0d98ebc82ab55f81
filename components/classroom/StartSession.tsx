"use client";

import { useState } from "react";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import { href } from "../links";
import { postClass, type ClassReply } from "./class-api";

/** The teacher starts a class session for a lesson and lands on its results page (the teacher's token is in a cookie). */
export function StartSession({ lang, lesson }: { lang: Lang; lesson: string }) {
  const s = classroomDict(lang).session;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Extract<ClassReply<unknown>, { ok: false }>["reason"] | null>(null);
  const start = async () => {
    setBusy(true);
    const reply = await postClass<{ code: string }>("/api/class", { lesson });
    if (reply.ok) window.location.assign(href(`/class/${reply.data.code}/teacher`, {}, lang));
    else {
      setBusy(false);
      setProblem(reply.reason);
    }
  };
  return (
    <section className="class-start" aria-labelledby="class-start">
      <h2 id="class-start">{s.start}</h2>
      <p className="hint">{s.startIntro}</p>
      <button type="button" className="button" onClick={start} disabled={busy} data-testid="class-start">
        {busy ? s.starting : s.start}
      </button>
      {problem && (
        <p role="alert" className="error">
          {s.reasons[problem]}
        </p>
      )}
    </section>
  );
}
