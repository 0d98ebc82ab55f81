import { FieldMapError, normalizeDate, parseFieldMap } from "../../lib/import";

describe("parseFieldMap (--map)", () => {
  it("reads field=column pairs, with spaces and outlet_en", () => {
    expect(parseFieldMap("text=story_text, outlet=site,outlet_en=site_en")).toEqual({ text: "story_text", outlet: "site", outletEn: "site_en" });
    expect(parseFieldMap("title=العنوان")).toEqual({ title: "العنوان" });
  });

  it("names the bad part", () => {
    expect(() => parseFieldMap("text=story_text,body")).toThrow(new FieldMapError('--map: "body" is not FIELD=COLUMN'));
    expect(() => parseFieldMap("text=")).toThrow('--map: "text=" is not FIELD=COLUMN');
    expect(() => parseFieldMap("author=byline")).toThrow('--map: "author=byline": unknown field "author" (fields: title, url, id, date, outlet, outletEn, text, language)');
    expect(() => parseFieldMap("text=a,text=b")).toThrow('--map: "text=b": field "text" is mapped twice');
  });
});

describe("normalizeDate", () => {
  it.each([
    ["2019-04-05", "2019-04-05"],
    ["2019-04-05T10:00:00Z", "2019-04-05"],
    ["2019-04-05T23:30:00-05:00", "2019-04-05"], // the day as the outlet wrote it
    ["2019-04-05 10:00:00", "2019-04-05"],
    ["2019-04-05 10:00:00.123456", "2019-04-05"],
    ["2019/4/5", "2019-04-05"],
    ["Fri, 05 Apr 2019 10:00:00 GMT", "2019-04-05"],
    ["5 April 2019", "2019-04-05"],
    ["April 5, 2019", "2019-04-05"],
    ["1554458400", "2019-04-05"],
    ["1554458400000", "2019-04-05"],
    [1554458400, "2019-04-05"],
    ["2020-02-29", "2020-02-29"],
  ])("%s → %s", (input, expected) => expect(normalizeDate(input)).toBe(expected));

  it.each([["2019-02-29"], ["2019-04-31"], ["2019-13-01"], ["2019"], ["2019-04"], ["أمس"], [""], ["12/31"], [null], [Number.NaN]])("%s is no date", (input) =>
    expect(normalizeDate(input)).toBeNull(),
  );
});
