/** The first and last day a date of any precision (2019, 2019-03, 2019-03-05) covers. */
export function period(date: string): [string, string] {
  const [y, m, d] = date.split("-");
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}
