/**
 * Issue 10, the pure parts of the web's limits: the sentence limit, calendar
 * checks of filter dates, paths shown relative to the corpus roots, and which
 * page addresses decode.
 */
import path from "node:path";
import { countSentences, describeSentenceLimit, MAX_SENTENCES_PER_TEXT, sentenceLimitExceeded } from "../../lib/align/sentence-limit";
import { CorpusFilterSchema, isFilterCalendarDate } from "../../lib/analysis/filter";
import { hideRoots } from "../../lib/io/paths";
import { isDecodablePath } from "../../app/route-params";

describe("sentence limit", () => {
  it("counts sentences as the aligner splits them, and names the first text over the limit", () => {
    expect(countSentences("قال المشير حفتر إن قواته تقدمت. وردت حكومة الوفاق؟\nطرابلس")).toBe(3);
    const lines = Array.from({ length: 30_000 }, () => "داعش").join("\n");
    const over = sentenceLimitExceeded([countSentences("قال حفتر."), countSentences(lines)]);
    expect(over).toEqual({ text: 1, sentences: 30_000, limit: MAX_SENTENCES_PER_TEXT });
    expect(describeSentenceLimit(over!)).toBe("text 2 has 30,000 sentences; texts to align may have at most 5,000 sentences each");
    expect(sentenceLimitExceeded([MAX_SENTENCES_PER_TEXT, 1])).toBeNull();
  });
});

describe("filter dates", () => {
  it.each(["2019", "2019-05", "2019-05-01", "2020-02-29", "2019-12-31"])("%s is a date", (d) => expect(isFilterCalendarDate(d)).toBe(true));
  it.each(["2019-13-45", "2019-13", "2019-00", "2019-02-29", "2019-04-31", "2019-05-00", "May 2019", "2019-5-1", "٢٠١٩"])("%s is not", (d) =>
    expect(isFilterCalendarDate(d)).toBe(false),
  );

  it("refuses from after to, at any precision, and keeps a range within one period", () => {
    const issue = (q: object) => CorpusFilterSchema.safeParse(q).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issue({ from: "2020", to: "2019-06" })).toEqual(["from: from is after to: the range holds no day"]);
    expect(issue({ from: "2019-13-45" })).toEqual(['from: "2019-13-45" is not a date: there is no month 13']);
    expect(CorpusFilterSchema.safeParse({ from: "2019-05", to: "2019" }).success).toBe(true);
    expect(CorpusFilterSchema.safeParse({ from: "2019-05-31", to: "2019-05" }).success).toBe(true);
  });
});

describe("paths shown by the web app", () => {
  const root = path.join(path.sep, "srv", "data", "articles");
  it("writes each corpus root as its folder name, in paths and in messages", () => {
    expect(hideRoots(path.join(root, "004-aljazeera.md"), [root])).toBe("articles/004-aljazeera.md");
    expect(hideRoots(path.join(root, "ليبيا", "مقال.md"), [root])).toBe("articles/ليبيا/مقال.md");
    expect(hideRoots(`duplicate article id "x" (also in ${path.join(root, "a.md")})`, ["/elsewhere", root])).toBe('duplicate article id "x" (also in articles/a.md)');
    expect(hideRoots(root, [root])).toBe("articles");
    expect(hideRoots("/srv/data/articles-old/a.md", [root])).toBe("/srv/data/articles-old/a.md"); // a sibling is not under the root
  });
});

describe("page addresses", () => {
  it("tells a path that decodes from one with a broken escape", () => {
    expect(isDecodablePath("/articles/004-aljazeera")).toBe(true);
    expect(isDecodablePath("/lessons/%25/worksheet")).toBe(true);
    expect(isDecodablePath("/articles/%D8%AD%D9%81%D8%AA%D8%B1")).toBe(true);
    for (const bad of ["/articles/%ZZ", "/articles/%", "/lessons/%E2%82/spot"]) expect(isDecodablePath(bad)).toBe(false);
  });
});
