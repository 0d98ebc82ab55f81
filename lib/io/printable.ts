/**
 * Text from outside (a file name, a reason quoting one) made safe for one
 * line of a terminal message: control characters (C0, DEL, C1) and the bidi
 * controls that reorder what a terminal shows are written as escapes, so a
 * file named "a\nadasa: ok" cannot forge a line of output. Arabic letters and
 * the marks a name legitimately holds pass unchanged.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
