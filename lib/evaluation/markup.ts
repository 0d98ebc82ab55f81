import { parseSpec, type GoldSpec } from "./schema";

/** One marked span of a gold passage: offsets into the text with the markup removed. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly spec: GoldSpec;
}

export interface MarkedText {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

/**
 * Strips the inline markup `[words]{spec}` (nestable) from a passage and
 * returns the clean text with every span's offsets into it. Throws on
 * unbalanced brackets or a bad spec, naming the place.
 */
export function parseMarkup(marked: string): MarkedText {
  let text = "";
  const open: number[] = [];
  const spans: GoldSpan[] = [];
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === "[") {
      open.push(text.length);
    } else if (ch === "]") {
      const start = open.pop();
      if (start === undefined) throw new Error(`"]" without "[" near "${context(marked, i)}"`);
      if (marked[i + 1] !== "{") throw new Error(`"]" not followed by "{spec}" near "${context(marked, i)}"`);
      const close = marked.indexOf("}", i);
      if (close < 0) throw new Error(`"{" without "}" near "${context(marked, i)}"`);
      const spec = parseSpec(marked.slice(i + 2, close));
      if (typeof spec === "string") throw new Error(`${spec} in "${marked.slice(i + 2, close)}" near "${context(marked, i)}"`);
      spans.push({ start, end: text.length, text: text.slice(start, text.length), spec });
      i = close;
    } else {
      text += ch;
    }
  }
  if (open.length > 0) throw new Error(`"[" never closed near "${context(text, open[0]!)}"`);
  return { text, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

const context = (s: string, at: number) => s.slice(Math.max(0, at - 20), at + 20).replace(/\n/g, " ");
