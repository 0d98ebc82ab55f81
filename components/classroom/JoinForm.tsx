"use client";

import { useState } from "react";
import "./classroom.css";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import { href } from "../links";
import { postClass, type ClassReply } from "./class-api";

/** A student joins with the teacher's code and a display name; the server keeps them in an HttpOnly cookie. */
export function JoinForm({ lang, code: given }: { lang: Lang; code?: string }) {
  const s = classroomDict(lang).session;
  const [code, setCode] = useState(given ?? "");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<Extract<ClassReply<unknown>, { ok: false }>["reason"] | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const typed = code.trim() || "-";
    const reply = await postClass<{ code: string }>(`/api/class/${encodeURIComponent(typed)}/join`, { name });
    setBusy(false);
    if (reply.ok) window.location.assign(href(`/class/${reply.data.code}`, {}, lang));
    else setProblem(reply.reason);
  };
  return (
    <form className="class-form" onSubmit={submit} data-testid="join-form">
      <label htmlFor="class-code">{s.code}</label>
      <input id="class-code" name="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} dir="ltr" className="class-code-input" required />
      <label htmlFor="class-name">{s.name}</label>
      <input id="class-name" name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" maxLength={40} dir="auto" />
      {problem && (
        <p role="alert" className="error" data-testid="join-error" data-reason={problem}>
          {s.reasons[problem]}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="join-submit">
        {s.join}
      </button>
    </form>
  );
}
