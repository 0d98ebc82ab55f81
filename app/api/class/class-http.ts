import { ClassError, type ClassReason } from "@/lib/classroom/session";
import type { ClassSession } from "@/lib/store";
import { storeUnavailable } from "../store-error";

/** A refused class request: the message, and a `reason` the pages translate into the student's language. */
export function classErrorResponse(error: unknown): Response {
  if (error instanceof ClassError) return Response.json({ error: error.message, reason: error.reason satisfies ClassReason }, { status: error.status });
  return storeUnavailable(error);
}

/**
 * A token as an HttpOnly cookie (page scripts never see it) that lasts as long as the session.
 * `Secure` when the request came over HTTPS, so a plain-HTTP classroom server still works.
 */
export function tokenCookie(request: Request, name: string, token: string, session: ClassSession): string {
  const seconds = Math.max(0, Math.round((Date.parse(session.expiresAt) - Date.now()) / 1000));
  const https = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return `${name}=${token}; Path=/; Max-Age=${seconds}; HttpOnly; SameSite=Lax${https ? "; Secure" : ""}`;
}

export const codeParam = async (params: Promise<{ code: string }>): Promise<string> => (await params).code;
