import { splitSentences } from "../../lib/arabic/sentences";
import { countWords, tokenize } from "../../lib/arabic/tokenize";

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
