import { randomInt } from "node:crypto";

/**
 * A class session's code: 6 characters a teacher can read out and a student can type on a phone.
 * The alphabet leaves out the look-alikes 0/O, 1/I/L, 2/Z, 5/S, 8/B (and U/V), so a code copied
 * from a projector cannot be misread: 23 characters, 23^6 ≈ 148 million codes.
 */
export const CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
export const CODE_LENGTH = 6;

export function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Eastern Arabic and Persian digits as typed on an Arabic phone keyboard (٣ → 3). */
const asciiDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
};

/**
 * A code as a student typed it, in its stored form: case, spaces and dashes folded, Arabic digits
 * read as ASCII. Undefined when it cannot be a code (wrong length or a letter not in the alphabet).
 */
export function normalizeCode(typed: string): string | undefined {
  const code = [...typed.toUpperCase().replace(/[\s\-_.]/g, "")].map(asciiDigit).join("");
  if (code.length !== CODE_LENGTH) return undefined;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}
