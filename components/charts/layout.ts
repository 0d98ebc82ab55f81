import type { Lang } from "@/messages/ui";

/**
 * Chart geometry shared by the three charts of a target: one row per outlet,
 * outlet names on the axis at the reading start (left in English, right in
 * Arabic, where the value axis is mirrored too).
 */
export const ROW_HEIGHT = 46;
export const AXIS_WIDTH = 168;
export const chartHeight = (rows: number) => rows * ROW_HEIGHT + 46;

export const sideOf = (lang: Lang) => (lang === "ar" ? ("right" as const) : ("left" as const));

export const fmt = (x: number, digits = 2) => (Math.round(x * 10 ** digits) / 10 ** digits).toString();
