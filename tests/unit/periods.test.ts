import { periodDays, periodOf } from "../../lib/store/periods";

/** periodOf names periods as the store's SQL does (ISO weeks: the year of the week's Thursday). */
describe("periodOf", () => {
  it.each([
    ["2019-04-05", "2019-W14"],
    ["2019-12-30", "2020-W01"],
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2020-02-29", "2020-W09"],
  ])("puts %s in ISO week %s, and that week holds it", (date, week) => {
    expect(periodOf("week", date)).toBe(week);
    const [first, last] = periodDays("week", week)!;
    expect(first <= date && date <= last).toBe(true);
  });

  it("names days and months, and leaves out dates less precise than the interval", () => {
    expect(periodOf("month", "2019-04-05")).toBe("2019-04");
    expect(periodOf("month", "2019-04")).toBe("2019-04");
    expect(periodOf("day", "2019-04-05")).toBe("2019-04-05");
    expect([periodOf("day", "2019-04"), periodOf("week", "2019-04"), periodOf("month", "2019"), periodOf("month", null)]).toEqual([null, null, null, null]);
  });
});
