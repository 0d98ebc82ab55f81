/**
 * Normalization for matching, as a list of small named rules. Each rule maps
 * one UTF-16 code unit to a replacement (possibly empty, possibly several
 * characters). Rules run in order; `table.ts` compiles them into one lookup
 * table so the hot path does a single array read per character.
 *
 * What is deliberately NOT folded, and why:
 * - ة (ta marbuta) stays distinct from ه: ـه is also the "his" suffix.
 * - ئ and ؤ stay: فائز/فايز-style spellings are listed as variants in the
 *   lexicon instead, so a lexicon author decides which words fold.
 */
export interface NormalizationRule {
  readonly name: string;
  readonly why: string;
  /** Replacement for one character, or undefined when the rule leaves it alone. */
  readonly apply: (ch: string) => string | undefined;
}

/**
 * A rule from a table of characters, looked up by character code: compileRules asks every rule about all 65,536
 * code units at every thread's start, and an object indexed by a string it was not written with must first intern
 * that string (0.1 s of each start that way).
 */
const fromTable = (table: Readonly<Record<string, string>>) => {
  const byCode = new Map<number, string>();
  const longer = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) {
    if (from.length === 1) byCode.set(from.charCodeAt(0), to);
    else longer.set(from, to);
  }
  return (ch: string): string | undefined => (ch.length === 1 ? byCode.get(ch.charCodeAt(0)) : longer.get(ch));
};

/** Whether code unit c lies in one of the inclusive ranges (a plain loop: this runs for every code unit at start-up). */
function inAnyRange(ranges: ReadonlyArray<readonly [number, number]>, c: number): boolean {
  for (let i = 0; i < ranges.length; i++) if (c >= ranges[i]![0] && c <= ranges[i]![1]) return true;
  return false;
}

const inRanges =
  (ranges: ReadonlyArray<readonly [number, number]>, to: string) =>
  (ch: string): string | undefined =>
    inAnyRange(ranges, ch.charCodeAt(0)) ? to : undefined;

/** Arabic presentation forms A and B: contextual glyph codes from legacy encodings and PDFs. */
export const PRESENTATION_FORM_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

export const presentationForms: NormalizationRule = {
  name: "presentation-forms",
  why: "Text copied from PDFs and old systems uses glyph codes (ﻻ, ﺍ) instead of letters; NFKC maps them back.",
  apply: (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0xfeff) return undefined; // BOM / zero-width no-break space: handled by invisibles
    const isForm = inAnyRange(PRESENTATION_FORM_RANGES, c);
    if (!isForm) return undefined;
    const mapped = ch.normalize("NFKC");
    return mapped === ch ? undefined : mapped;
  },
};

export const diacritics: NormalizationRule = {
  name: "diacritics",
  why: "Short vowels, tanwin, shadda, sukun and Quranic marks are optional in news text: مشيرًا and مشيرا are one spelling.",
  apply: inRanges(
    [
      [0x0610, 0x061a], // honorific and Quranic signs
      [0x064b, 0x065f], // harakat, tanwin, shadda, sukun, madda/hamza marks
      [0x0670, 0x0670], // superscript (dagger) alef
      [0x06d6, 0x06dc], // Quranic small high signs
      [0x06df, 0x06e4],
      [0x06e7, 0x06e8],
      [0x06ea, 0x06ed],
      [0x08d3, 0x08ff], // Arabic Extended-A marks
    ],
    "",
  ),
};

export const tatweel: NormalizationRule = {
  name: "tatweel",
  why: "Kashida (ـ) stretches a word for layout and carries no meaning.",
  apply: (ch) => (ch === "\u0640" ? "" : undefined),
};

export const alefForms: NormalizationRule = {
  name: "alef-forms",
  why: "Hamza on or under alef and madda are written inconsistently (الإسلامية/الاسلامية).",
  apply: fromTable({ "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "\u0672": "ا", "\u0673": "ا", "\u0675": "ا" }),
};

export const alefMaqsura: NormalizationRule = {
  name: "alef-maqsura",
  why: "Final ى and ي are swapped in much Egyptian and web typing (على/علي).",
  apply: fromTable({ "ى": "ي" }),
};

export const persianLetterForms: NormalizationRule = {
  name: "persian-letter-forms",
  why: "Keyboards set to Persian or Urdu produce look-alike letters (ک, ی, ھ) that must match the Arabic ones.",
  apply: fromTable({
    "ک": "ك", // U+06A9 keheh
    "ڪ": "ك", // U+06AA swash kaf
    "ی": "ي", // U+06CC farsi yeh
    "ې": "ي", // U+06D0
    "ۍ": "ي", // U+06CD
    "ے": "ي", // U+06D2 yeh barree
    "ھ": "ه", // U+06BE heh doachashmee
    "ە": "ه", // U+06D5 ae
    "ہ": "ه", // U+06C1 heh goal
    "ۀ": "ة", // U+06C0 heh with yeh above, Persian ezafe ending
    "ۃ": "ة", // U+06C3 teh marbuta goal
    "ٹ": "ت",
    "ڈ": "د",
  }),
};

export const arabicIndicDigits: NormalizationRule = {
  name: "arabic-indic-digits",
  why: "٢٠١٩ and ۲۰۱۹ are the same number as 2019.",
  apply: (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0);
    return undefined;
  },
};

export const invisibles: NormalizationRule = {
  name: "invisibles",
  why: "Bidi controls, zero-width joiners and soft hyphens are invisible to the reader and must not split or change a word.",
  apply: inRanges(
    [
      [0x00ad, 0x00ad],
      [0x061c, 0x061c], // Arabic letter mark
      [0x200b, 0x200f],
      [0x202a, 0x202e],
      [0x2060, 0x2064],
      [0x2066, 0x2069],
      [0xfeff, 0xfeff],
    ],
    "",
  ),
};

/** In order: presentation forms first, since they expand into letters the later rules fold. */
export const NORMALIZATION_RULES: readonly NormalizationRule[] = [
  presentationForms,
  diacritics,
  tatweel,
  alefForms,
  alefMaqsura,
  persianLetterForms,
  arabicIndicDigits,
  invisibles,
];
