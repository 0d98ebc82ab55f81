/**
 * How valence looks everywhere in the UI: the scale shared with the framing report
 * (lib/report/valence.ts), colour AND shape (icon, underline style), never colour alone.
 */
export { inkOn, stanceFill, termFills, valenceIcon, valenceKey, VALENCE_FILLS, VALENCE_ICON, type ValenceKey } from "@/lib/report/valence";

/** Bars resting on fewer mentions than this are drawn faded: they are anecdotes. */
export const THIN_N = 5;
export const THIN_OPACITY = 0.45;
