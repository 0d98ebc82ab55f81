/**
 * The one valence scale (−2..+2 toward a target) of the web UI and the framing report: red is
 * hostile, blue favourable, grey neutral (ColorBrewer RdBu, safe for the common colour-vision
 * deficiencies), and never colour alone: an icon (▼ hostile, ▲ favourable, ● neutral, doubled for
 * ±2) and, in charts, a hatch on hostile shares.
 */
export type ValenceKey = "neg2" | "neg1" | "zero" | "pos1" | "pos2";

export function valenceKey(v: number): ValenceKey {
  if (v <= -2) return "neg2";
  if (v < 0) return "neg1";
  if (v === 0) return "zero";
  if (v < 2) return "pos1";
  return "pos2";
}

/** ▲ favourable, ▼ hostile, ● neutral; doubled for ±2. */
export const VALENCE_ICON: Record<ValenceKey, string> = { neg2: "▼▼", neg1: "▼", zero: "●", pos1: "▲", pos2: "▲▲" };

export const valenceIcon = (v: number): string => VALENCE_ICON[valenceKey(v)];

/** Chart fills by valence: a diverging red–grey–blue scale (ColorBrewer RdBu), several shades each for neighbouring terms. */
export const VALENCE_FILLS: Record<ValenceKey, readonly string[]> = {
  neg2: ["#b2182b", "#7f0f1e", "#d6604d"],
  neg1: ["#f4a582", "#e0785a", "#fbd0b9"],
  zero: ["#9e9e9e", "#cfcfcf", "#6b6b6b", "#e3e3e3"],
  pos1: ["#92c5de", "#5aa3cc", "#c2dcec"],
  pos2: ["#2166ac", "#153f6b", "#4a8cc8"],
};

/** The fill of a mean stance bar: full red below zero, full blue above, dark grey at zero. */
export const stanceFill = (mean: number): string => (mean < 0 ? VALENCE_FILLS.neg2[0]! : mean > 0 ? VALENCE_FILLS.pos2[0]! : VALENCE_FILLS.zero[2]!);

/** Black or white, whichever reads better on `fill` (WCAG relative luminance). */
export function inkOn(fill: string): string {
  const hex = fill.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#111111" : "#ffffff";
}

/** A colour for each term of a chart, by its valence, distinct among terms of the same valence. */
export function termFills(terms: readonly { term: string; valence: number }[]): Record<string, string> {
  const used: Partial<Record<ValenceKey, number>> = {};
  return Object.fromEntries(
    terms.map((t) => {
      const key = valenceKey(t.valence);
      const k = used[key] ?? 0;
      used[key] = k + 1;
      const shades = VALENCE_FILLS[key];
      return [t.term, shades[k % shades.length]!];
    }),
  );
}
