import type { ClassReason } from "@/lib/classroom/session";

/** A class-session API answer as the pages use it: the data, or the reason to show in the student's language. */
export type ClassReply<T> = { ok: true; data: T } | { ok: false; reason: ClassReason | "other"; message: string };

/** POSTs JSON to the class API (cookies go with it: same origin). */
export async function postClass<T>(url: string, body: unknown): Promise<ClassReply<T>> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = await res.json();
    if (res.ok) return { ok: true, data: data as T };
    return { ok: false, reason: data.reason ?? "other", message: data.error ?? res.statusText };
  } catch (error) {
    return { ok: false, reason: "other", message: (error as Error).message };
  }
}

/** What happened to a student's answers: shown under the game. */
export type SendState = null | { state: "sending" } | { state: "done"; recorded: number; already: number } | { state: "error"; reason: ClassReason | "other" };

export async function sendAnswers(code: string, body: unknown, set: (s: SendState) => void): Promise<void> {
  set({ state: "sending" });
  const reply = await postClass<{ recorded: number; already: number }>(`/api/class/${encodeURIComponent(code)}/answers`, body);
  set(reply.ok ? { state: "done", ...reply.data } : { state: "error", reason: reply.reason });
}
