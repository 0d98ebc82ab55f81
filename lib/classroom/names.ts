import { normalize } from "../arabic/normalize";

export const MAX_NAME_LENGTH = 40;

/** A display name as shown: NFC, runs of spaces made one, trimmed. */
export const displayName = (typed: string): string => typed.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The name as compared for duplicates within a session: letter case, diacritics, tatweel and the
 * hamza forms of alef folded (أحمد = احمد = أَحمد), so two students cannot take names the teacher
 * could not tell apart.
 */
export const nameKey = (name: string): string => normalize(displayName(name)).toLowerCase();

/** Why a display name cannot be used, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return "enter your name";
  if ([...name].length > MAX_NAME_LENGTH) return `a name has at most ${MAX_NAME_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(name)) return "a name cannot hold control or direction characters";
  if (nameKey(name).length === 0) return "enter your name";
  return undefined;
}
