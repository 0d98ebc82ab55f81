import { daysInMonth, parseCalendarDate } from "../../lib/corpus/date";
import { parseArticle } from "../../lib/corpus/parse";

describe("calendar dates (issue 10: 2019-13-45 was rolled over into 2020-02-14)", () => {
  it("accepts a year, a month and a real day, leap days included", () => {
    for (const d of ["2019", "2019-04", "2019-04-04", "2020-02-29", "2000-02-29"]) expect(parseCalendarDate(d)).toEqual({ ok: true, date: d });
  });

  it("refuses an impossible month or day, saying which", () => {
    expect(parseCalendarDate("2019-13-45")).toEqual({ ok: false, reason: '"2019-13-45" is not a date: there is no month 13' });
    expect(parseCalendarDate("2019-02-30")).toEqual({ ok: false, reason: '"2019-02-30" is not a date: month 02 of 2019 has 28 days' });
    expect(parseCalendarDate("1900-02-29")).toMatchObject({ ok: false });
    expect(parseCalendarDate("2019-04-00")).toMatchObject({ ok: false });
    expect(parseCalendarDate("2019-00")).toMatchObject({ ok: false });
  });

  it("refuses other shapes", () => {
    for (const d of ["19", "2019/04/04", "2019-4-4", "April 2019", ""]) expect(parseCalendarDate(d)).toMatchObject({ ok: false });
  });

  it("knows the length of months", () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
  });
});

describe("front-matter dates", () => {
  const withDate = (date: string) => `---\nid: x\noutlet: الزمان\ntitle: عنوان\ndate: ${date}\n---\nنص الخبر.\n`;

  it("keeps a date as written, quoted or not", () => {
    expect(parseArticle(withDate("2019-04-04"), "x.md").date).toBe("2019-04-04");
    expect(parseArticle(withDate('"2019-04"'), "x.md").date).toBe("2019-04");
    expect(parseArticle(withDate("2019"), "x.md").date).toBe("2019");
  });

  it("refuses 2019-13-45 and 2019-02-30 with a clear error, not a rolled-over date", () => {
    expect(() => parseArticle(withDate("2019-13-45"), "x.md")).toThrow('front matter: date: "2019-13-45" is not a date: there is no month 13');
    expect(() => parseArticle(withDate('"2019-02-30"'), "x.md")).toThrow('front matter: date: "2019-02-30" is not a date: month 02 of 2019 has 28 days');
  });
});
