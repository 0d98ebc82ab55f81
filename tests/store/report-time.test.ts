import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";
import { startBackend, type OpenBackend } from "./backends";

/**
 * The report's time section gives the numbers `adasa timeline` gives: from the
 * store through the same query, and from files summed in memory through the
 * same point function.
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const run = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, ...env }, timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// articles of our own: one outlet moves from «اللواء المتقاعد» to «المشير», the other keeps «حفتر»
const ARTICLES: [id: string, outlet: string, date: string | null, body: string][] = [
  ["a1", "الشرق الجديد", "2019-04-02", "قال اللواء المتقاعد خليفة حفتر إن قواته تتقدم. وأضاف اللواء المتقاعد أن المعركة طويلة."],
  ["a2", "الشرق الجديد", "2019-04-20", "زار اللواء المتقاعد حفتر مدينة بنغازي، والتقى وجهاء المدينة."],
  ["a3", "الشرق الجديد", "2019-06-11", "استقبل المشير خليفة حفتر وفدا أجنبيا. وأكد المشير أن الجيش يحمي البلاد."],
  ["a4", "الشرق الجديد", "2019-06-12", "عاد الهدوء إلى الأسواق بعد أسبوع من الأمطار الغزيرة في المدينة."],
  ["b1", "غرب اليوم", "2019-04-05", "أعلن حفتر هجوما على العاصمة، ورد المجلس الرئاسي بالتعبئة."],
  ["b2", "غرب اليوم", "2019-05-30", "قصفت طائرات حفتر المطار، وقال سكان إن حفتر يريد الحكم."],
  ["b3", "غرب اليوم", "2019", "تقرير سنوي عن حفتر والحرب في البلاد."],
  ["b4", "غرب اليوم", null, "مقال بلا تاريخ يذكر حفتر مرة واحدة."],
];

describe("the report's time section and adasa timeline", () => {
  let backend: OpenBackend;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-report-time-"));
  beforeAll(async () => {
    backend = await startBackend("embedded");
    for (const [id, outlet, date, body] of ARTICLES) {
      fs.writeFileSync(path.join(dir, `${id}.md`), `---\nid: "${id}"\noutlet: "${outlet}"\ntitle: "${id}"\n${date ? `date: "${date}"\n` : ""}---\n${body}\n`);
    }
    const imported = run(backend.env, "import", dir, "--format", "json");
    expect(JSON.parse(imported.stdout).imported).toBe(ARTICLES.length);
  }, 300_000);
  afterAll(() => {
    backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const timeOf = (report: { time: { timelines: { target: string; series: unknown }[] } }, target: string) => report.time.timelines.find((t) => t.target === target)!;

  it.each(["month", "week"] as const)("gives the same numbers by %s from the store, from files and from adasa timeline", (interval) => {
    const timeline = run(backend.env, "timeline", "--store", "--target", "haftar", "--interval", interval, "--format", "json");
    expect(timeline.code).toBe(0);
    const expected = JSON.parse(timeline.stdout);
    expect(expected.series.map((s: { outlet: string }) => s.outlet)).toEqual(["الشرق الجديد", "غرب اليوم"]);

    const stored = run(backend.env, "report", "--store", "--format", "json", "--interval", interval);
    expect(stored.code).toBe(0);
    const fromStore = JSON.parse(stored.stdout);
    expect(fromStore.time.from).toBe("store");
    expect(timeOf(fromStore, "haftar").series).toEqual(expected.series);

    const files = run({}, "report", dir, "--format", "json", "--interval", interval);
    expect(files.code).toBe(0);
    const fromFiles = JSON.parse(files.stdout);
    expect(fromFiles.time.from).toBe("memory");
    expect(timeOf(fromFiles, "haftar").series).toEqual(expected.series);
  }, 300_000);

  it("shows the move from one name to another, and leaves out dates too vague for the interval", () => {
    const report = JSON.parse(run({}, "report", dir, "--format", "json").stdout);
    const east = timeOf(report, "haftar").series as { outlet: string; points: { period: string; articles: number; share: number; naming: { term: string; share: number }[] }[] }[];
    const points = east.find((s) => s.outlet === "الشرق الجديد")!.points;
    expect(points.map((p) => [p.period, p.naming[0]!.term])).toEqual([
      ["2019-04", "haftar-retired-major-general"],
      ["2019-06", "haftar-field-marshal"],
    ]);
    expect(points[1]).toMatchObject({ articles: 2, mentioning: 1, share: 0.5 });
    // b3 (a year alone) and b4 (undated) are in no month
    expect(east.find((s) => s.outlet === "غرب اليوم")!.points.reduce((a, p) => a + p.articles, 0)).toBe(2);
    const html = run({}, "report", dir, "--format", "html").stdout;
    expect(html).toContain('<section id="time">');
    expect(html).toContain('data-chart="time" data-target="haftar"');
    expect(html).toMatch(/Each row is an outlet, each column a month/);
  }, 120_000);
});
