import { splitSentences } from "../../lib/arabic/sentences";
import { countWords, isScannedMark, SCANNED_MARKS, tokenize, tokenList } from "../../lib/arabic/tokenize";
import { compileQuoteMarks, findQuotes } from "../../lib/voice/quotes";
import { DEFAULT_CUES } from "../../lib/voice/default-cues";

describe("tokenize", () => {
  it("splits on spaces and punctuation and keeps offsets into the original", () => {
    const text = "أعلنت القيادة “الأفريكوم”؛ مقتل 17 عنصرا.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["أعلنت", "القيادة", "الأفريكوم", "مقتل", "17", "عنصرا"]);
    expect(tokens.map((t) => t.norm)).toEqual(["اعلنت", "القيادة", "الافريكوم", "مقتل", "17", "عنصرا"]);
  });

  it("keeps diacritics, shadda and tatweel inside the word", () => {
    const text = "السرّاج مُشِيرًا حفـتر";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(["السرّاج", "مُشِيرًا", "حفـتر"]);
  });

  it("counts words, not numbers", () => {
    expect(countWords(tokenize("قتل 80 مسلحا في 2017"))).toBe(3);
  });
});

describe("splitSentences", () => {
  it("ends sentences on . ! ? ؟ and line breaks, not on ، or ؛", () => {
    const text = "من يحارب الإرهاب في ليبيا ؟\nأعلنت القيادة “الأفريكوم”؛ مقتل 17 عنصرا، وفق البيان. وقال هيل إن الشراكة ناجحة!";
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(["من يحارب الإرهاب في ليبيا ؟", "أعلنت القيادة “الأفريكوم”؛ مقتل 17 عنصرا، وفق البيان.", "وقال هيل إن الشراكة ناجحة!"]);
  });

  it("keeps a closing quote with its sentence and does not split decimals", () => {
    const text = 'وأشار إلى أن "القوات تتابع الوضع". نسبة 3.5 بالمئة';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['وأشار إلى أن "القوات تتابع الوضع".', "نسبة 3.5 بالمئة"]);
  });
});

describe("the marks the tokenizer notes for the later scans", () => {
  it("notes every sentence boundary and quotation mark, none inside a word, in order", () => {
    expect([...SCANNED_MARKS].every((ch) => isScannedMark(ch.charCodeAt(0)))).toBe(true);
    const text = "قال «المتحدث»: القوات وصلت. هل انسحبت؟\nنعم… ‘ربما’";
    const tokens = tokenList(text);
    const noted = [...tokens.marks.subarray(0, tokens.markCount)].map((i) => text[i]);
    expect(noted).toEqual(["«", "»", ".", "؟", "\n", "…", "‘", "’"]);
  });

  it("splits sentences and finds quotations from the noted marks exactly as by scanning the text", () => {
    const quotes = compileQuoteMarks(DEFAULT_CUES);
    expect(quotes.scannedByTokenizer).toBe(true);
    for (const text of ['وأشار إلى أن "القوات تتابع الوضع". نسبة 3.5 بالمئة', "«نص» و“نص”\n'نص' و«نص\nآخر»", "سطر أول.\n\nسطر ثان!؟ «اقتباس» .", ""]) {
      const tokens = tokenList(text);
      expect(splitSentences(text, tokens)).toEqual(splitSentences(text));
      expect(findQuotes(text, quotes, 0, text.length, tokens)).toEqual(findQuotes(text, quotes));
    }
  });
});
