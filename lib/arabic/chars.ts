/**
 * Character classes for tokenization, as one lookup table over UTF-16 code
 * units. A word is a run of letters, digits, combining marks, tatweel and
 * zero-width joiners; everything else (spaces, punctuation, quotes, bidi
 * controls) separates words.
 */
const WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], // ASCII digits
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6], // Latin-1 letters
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x0610, 0x061a], // Arabic signs
  [0x0620, 0x0669], // letters, harakat, Arabic-Indic digits
  [0x066e, 0x06d3],
  [0x06d5, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ff],
  [0x0750, 0x077f], // Arabic Supplement
  [0x08a0, 0x08ff], // Arabic Extended-A
  [0x200c, 0x200d], // ZWNJ, ZWJ: inside words
  [0xfb50, 0xfd3d], // presentation forms A (without the ornate parentheses)
  [0xfd50, 0xfdfb],
  [0xfe70, 0xfefc], // presentation forms B
];

const LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfd3d],
  [0xfd50, 0xfdfb],
  [0xfe70, 0xfefc],
];

const ARABIC_LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x06d3],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfdfb],
  [0xfe70, 0xfefc],
];

export const WORD = 1;
export const LETTER = 2;
export const ARABIC_LETTER = 4;

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (ranges: ReadonlyArray<readonly [number, number]>, bit: number) => {
    for (const [lo, hi] of ranges) for (let c = lo; c <= hi; c++) table[c]! |= bit;
  };
  mark(WORD_RANGES, WORD);
  mark(LETTER_RANGES, LETTER);
  mark(ARABIC_LETTER_RANGES, ARABIC_LETTER);
  table[0xd7] = 0; // × and ÷ sit inside the Latin-1 letter block
  table[0xf7] = 0;
  return table;
}

export const CHAR_CLASS = build();

/** Quotation marks of Arabic and Latin typography: straight, curly, low-9 and angle quotes. */
export const QUOTATION_MARKS = "\"'“”„‟«»‹›‘’‚‛";

export const isLetter = (c: number): boolean => (CHAR_CLASS[c]! & LETTER) !== 0;
export const isArabicLetter = (c: number): boolean => (CHAR_CLASS[c]! & ARABIC_LETTER) !== 0;

/** True when the string holds at least one Arabic letter. */
export function hasArabicLetter(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isArabicLetter(text.charCodeAt(i))) return true;
  return false;
}
