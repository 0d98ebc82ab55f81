import { createHash, randomBytes } from "node:crypto";

/** A bearer secret (the teacher's, or a student's): 256 random bits, URL- and cookie-safe. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/** What the store keeps of a token: its SHA-256, so a copy of the database lets nobody act as a teacher. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The cookies that carry the tokens, one per session (a browser may teach one class and join another). */
export const teacherCookie = (code: string) => `adasa-teacher-${code}`;
export const studentCookie = (code: string) => `adasa-student-${code}`;
