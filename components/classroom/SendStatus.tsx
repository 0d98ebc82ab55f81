import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { SendState } from "./class-api";

/** Tells a student in a class session whether their answers reached the teacher. */
export function SendStatus({ lang, sent }: { lang: Lang; sent: SendState }) {
  if (!sent) return null;
  const s = classroomDict(lang).session;
  const text =
    sent.state === "sending" ? s.sending : sent.state === "error" ? s.reasons[sent.reason] : sent.recorded > 0 ? s.sent(sent.recorded) : s.alreadySent;
  return (
    <p className={sent.state === "error" ? "error" : "hint"} role={sent.state === "error" ? "alert" : "status"} data-testid="class-sent" data-state={sent.state}>
      {text}
    </p>
  );
}
