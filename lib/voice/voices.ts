/** Whose words a match is in: the outlet's own, a quotation, or speech it attributes. */
export const VOICES = ["author", "quoted", "attributed"] as const;
export type Voice = (typeof VOICES)[number];
