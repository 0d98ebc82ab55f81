/**
 * A class session in a real browser against `next start` with its own embedded store: the teacher
 * starts a session from a lesson, two students (two browser contexts, a phone in Arabic and a
 * desktop in English) join with the code and play both games, the teacher's page shows both
 * results and the most-missed terms, and the CSV holds both. Also: the errors a student meets
 * (unknown code, empty name, a name already taken, a closed session), answers kept once, and a
 * student kept out of the teacher's page.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkA11y, formatViolations, launchBrowser, open, SCREENSHOTS } from "./browser";
import { corpus } from "./expected";
import { startServer, TEST_ARTICLES, type AppServer } from "./server";

const data = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-class-"));
let server: AppServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function pageAt(width: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: width < 800 ? 844 : 900 }, locale: "en-US" });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/** No sideways scroll at this width (the page's own check, as in responsive.test.ts). */
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `class-${name}.png`) });

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  [server, browser] = await Promise.all([startServer({
      env: { ADASA_ARTICLES: TEST_ARTICLES, ADASA_DATA: data, DATABASE_URL: "" },
      // an unknown code's results: answered once the store is open (a new embedded store takes a while to create)
      readyPath: "/api/class/AAAAAA/results",
      timeoutMs: 170_000,
    }), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
});

/** Joins from /class with a code and a name; resolves to the error reason shown, or "joined". */
async function join(page: Page, code: string, name: string, lang: "en" | "ar"): Promise<string> {
  await open(page, lang === "ar" ? "/class?lang=ar" : "/class");
  await page.locator("#class-code").fill(code);
  await page.locator("#class-name").fill(name);
  await page.locator('[data-testid="join-submit"]').click();
  const outcome = await Promise.race([
    page.locator('[data-testid="class-joined"]').waitFor().then(() => "joined"),
    page.locator('[data-testid="join-error"]').waitFor().then(() => page.locator('[data-testid="join-error"]').getAttribute("data-reason")),
  ]);
  return outcome ?? "";
}

it("runs a class: the teacher starts it, two students join and play, the teacher sees both and exports them", async () => {
  const teacher = await pageAt(1440);
  const amal = await pageAt(390);
  const omar = await pageAt(1440);
  const seeds = corpus();
  const aljazeera = seeds.byId.get("004-aljazeera")!.article.body;

  // the teacher starts a session from the lesson's page
  await open(teacher, "/lessons/haftar-names");
  await teacher.locator('[data-testid="class-start"]').click();
  await teacher.waitForURL(/\/class\/\w{6}\/teacher/);
  const code = (await teacher.locator('[data-testid="class-code"]').textContent())!.trim();
  expect(code).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{6}$/);
  expect(await teacher.locator('[data-testid="class-status"]').getAttribute("data-status")).toBe("open");

  // errors a student can meet, each said in their language
  expect(await join(omar, "ZZZZZZ", "Omar", "en")).toBe("unknown-code");
  expect(await omar.locator('[data-testid="join-error"]').textContent()).toContain("There is no class with this code");
  expect(await join(omar, code, "   ", "en")).toBe("bad-name");

  // Amal joins on a phone, in Arabic, typing the code in lower case with a space
  expect(await join(amal, `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`, "أمل", "ar")).toBe("joined");
  expect(await amal.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await fits(amal)).toBe(true);
  // the same name without its hamza is taken
  expect(await join(omar, code, "امل", "en")).toBe("name-taken");
  expect(await omar.locator('[data-testid="join-error"]').textContent()).toContain("already taken");
  expect(await join(omar, code, "Omar", "en")).toBe("joined");

  // Amal: spot the framing on Al Jazeera, tapping المتقاعد toward Haftar
  await open(amal, `/class/${code}/spot?article=004-aljazeera&lang=ar`);
  expect(await fits(amal)).toBe(true);
  await amal.locator('input[name="spot-target"][value="haftar"]').check();
  await amal.locator(`[data-testid="spot-word"][data-start="${aljazeera.indexOf("المتقاعد")}"]`).click();
  await amal.locator('[data-testid="spot-reveal"]').click();
  await amal.locator('[data-testid="class-sent"][data-state="done"]').waitFor();
  expect(await amal.locator('[data-testid="class-sent"]').textContent()).toMatch(/أُرسلت إلى معلّمك/);
  await shot(amal, "student-spot-ar-390");
  // a retried POST changes nothing: the first answer counts
  const retry = await amal.request.post(`/api/class/${code}/answers`, {
    data: { game: "spot", article: "004-aljazeera", picks: [{ start: aljazeera.indexOf("المتقاعد"), end: aljazeera.indexOf("المتقاعد") + 8, target: "haftar" }] },
  });
  expect(retry.status()).toBe(200);
  expect(await retry.json()).toMatchObject({ recorded: 0 });

  // Amal guesses the first passage right; Omar guesses it wrong and taps nothing in spot-the-framing
  await open(amal, `/class/${code}/guess?lang=ar`);
  const passage = ((await amal.locator('[data-testid="guess-passage"]').textContent()) ?? "").trim();
  const owner = [...seeds.results].find((r) => r.article.body.includes(passage))!.article.outlet;
  await amal.locator(`[data-testid="guess-choice"][data-outlet="${owner}"]`).click();
  await amal.locator('[data-testid="class-sent"][data-state="done"]').waitFor();

  await open(omar, `/class/${code}/guess`);
  await omar.locator(`[data-testid="guess-choice"]:not([data-outlet="${owner}"])`).first().click();
  await omar.locator('[data-testid="class-sent"][data-state="done"]').waitFor();
  await open(omar, `/class/${code}/spot?article=004-aljazeera`);
  await omar.locator('[data-testid="spot-reveal"]').click();
  await omar.locator('[data-testid="class-sent"][data-state="done"]').waitFor();

  // the teacher's page refreshes by itself and shows both students
  const rows = teacher.locator('[data-testid="class-student"]');
  await teacher.waitForFunction(() => document.querySelectorAll('[data-testid="class-student"]').length === 2, undefined, { timeout: 30_000 });
  // Omar's last answers (his spot-the-framing reveal) are in: the board has polled since
  await teacher.waitForFunction(
    () => {
      const omar = document.querySelector('[data-testid="class-student"][data-name="Omar"]');
      return omar?.getAttribute("data-wrong") === "1" && Number(omar.getAttribute("data-missed")) > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({ name: tr.getAttribute("data-name"), found: tr.getAttribute("data-found"), right: tr.getAttribute("data-right"), wrong: tr.getAttribute("data-wrong") })));
  expect(shown).toEqual([
    { name: "Omar", found: "0", right: "0", wrong: "1" },
    { name: "أمل", found: "1", right: "1", wrong: "0" },
  ]);
  const missed = await teacher.locator('[data-testid="most-missed"] li').allTextContents();
  expect(missed.length).toBeGreaterThan(0);
  expect(missed.join("\n")).toMatch(/[\u0600-\u06FF].*frames .*missed by 2 of 2/);
  expect(await teacher.locator('[data-testid="class-totals"]').textContent()).toContain("Class (2 students)");
  await shot(teacher, "teacher-en-1440");

  // the CSV: one row per student and item, both students, UTF-8 with a BOM, CRLF
  const download = teacher.waitForEvent("download");
  await teacher.locator('[data-testid="class-csv"]').click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("student,game,article,outlet,item,term,target,text,outcome,target_right,guessed,answered_at");
  expect(lines.filter((l) => l.startsWith("أمل,spot,004-aljazeera,") && l.includes(",found,true,haftar,"))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith("Omar,guess,") && l.includes(",wrong,,"))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith("Omar,spot,")).length).toBe(lines.filter((l) => l.startsWith("أمل,spot,")).length);

  // a student cannot see the teacher's page or results
  await open(amal, `/class/${code}/teacher?lang=ar`);
  expect(await amal.locator('[data-testid="class-problem"]').getAttribute("data-reason")).toBe("not-teacher");
  expect((await amal.request.get(`/api/class/${code}/results?format=csv`)).status()).toBe(403);

  // the teacher's page fits a phone and a desktop, in both languages
  for (const [width, lang] of [
    [390, "ar"],
    [390, "en"],
    [1440, "ar"],
  ] as const) {
    await teacher.setViewportSize({ width, height: width < 800 ? 844 : 900 });
    await open(teacher, `/class/${code}/teacher${lang === "ar" ? "?lang=ar" : ""}`);
    expect(await fits(teacher)).toBe(true);
    await shot(teacher, `teacher-${lang}-${width}`);
  }

  // no serious accessibility violation on the teacher's page, a student's page and the join page
  for (const [page, url] of [
    [teacher, `/class/${code}/teacher`],
    [amal, `/class/${code}?lang=ar`],
    [amal, "/class"],
  ] as const) {
    await open(page, url);
    expect(formatViolations(url, await checkA11y(page))).toBe(`${url}: no serious or critical violations`);
  }

  // closed: nobody joins any more, answers are refused, and the results stay
  await teacher.locator('[data-testid="class-close"]').click();
  await teacher.locator('[data-testid="class-status"][data-status="closed"]').waitFor();
  const late = await pageAt(1440);
  expect(await join(late, code, "Nour", "en")).toBe("closed");
  const refused = await omar.request.post(`/api/class/${code}/answers`, { data: { game: "spot", article: "004-aljazeera", picks: [] } });
  expect(refused.status()).toBe(410);
  expect((await refused.json()).error).toMatch(/is closed/);
  await open(teacher, `/class/${code}/teacher`);
  expect(await teacher.locator('[data-testid="class-student"]').count()).toBe(2);
}, 300_000);

it("answers the class API's bad requests with a status and a reason", async () => {
  const post = (url: string, body: unknown) => fetch(server.url + url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect((await post("/api/class", { lesson: "no-such-lesson" })).status).toBe(404);
  const bad = await post("/api/class", { lesson: "haftar-names", hours: 1000 });
  expect(bad.status).toBe(400);
  expect((await bad.json()).issues[0].path).toBe("hours");
  const started = await post("/api/class", { lesson: "haftar-names" });
  expect(started.status).toBe(201);
  const { code } = await started.json();
  // answers without having joined, and a body too large
  expect(await (await post(`/api/class/${code}/answers`, { game: "guess", article: "004-aljazeera", start: 0, outlet: "x" })).json()).toMatchObject({ reason: "not-joined" });
  expect((await post(`/api/class/${code}/join`, { name: "x".repeat(2_000_000) })).status).toBe(413);
  expect((await fetch(`${server.url}/api/class/${code}/results`)).status).toBe(403);
});
