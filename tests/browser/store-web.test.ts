import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT, assertBuilt, startServer, type AppServer } from "./server";

/**
 * The store through the web app: uploads (50 at once, none lost or doubled),
 * the time series API, the corpus and timeline pages, and that the CLI goes
 * through the server's socket while it holds the embedded store.
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const execFileAsync = promisify(execFile);
const data = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-web-store-"));
// no corpus folder: the store holds only what the test uploads
const noFolder = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-web-articles-"));
let server: AppServer;

/** Small JSONL exports written by the test: each its own article, Arabic text with a naming of Haftar. */
const exportFile = (i: number) =>
  `{"id":"u${i}","outlet":"${i % 2 ? "منفذ أ" : "منفذ ب"}","date":"2019-0${1 + (i % 6)}-1${i % 10}","title":"خبر ${i}","text":"قال مصدر إن المشير خليفة حفتر زار المدينة في اليوم رقم ${i} من الشهر، وإن اللواء المتقاعد التقى وفدا."}\n`;

beforeAll(async () => {
  assertBuilt();
  server = await startServer({ env: { ADASA_DATA: data, DATABASE_URL: "", ADASA_ARTICLES: noFolder }, readyPath: "/api/timeline?target=haftar" });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  fs.rmSync(data, { recursive: true, force: true });
  fs.rmSync(noFolder, { recursive: true, force: true });
});

const upload = async (name: string, text: string) => {
  const form = new FormData();
  form.append("files", new File([text], name));
  const res = await fetch(`${server.url}/api/import`, { method: "POST", body: form });
  return { status: res.status, body: await res.json() };
};

it("takes 50 uploads at once, none lost and none doubled", async () => {
  const sent = await Promise.all(Array.from({ length: 50 }, (_, i) => upload(`export-${i % 40}.jsonl`, exportFile(i % 40))));
  expect(sent.every((r) => r.status === 200)).toBe(true);
  const imported = sent.reduce((a, r) => a + r.body.files[0].imported, 0);
  const duplicates = sent.reduce((a, r) => a + r.body.files[0].duplicates, 0);
  expect([imported, duplicates]).toEqual([40, 10]);
}, 300_000);

it("refuses an upload it cannot read, saying why", async () => {
  const wrong = await upload("notes.docx", "x");
  expect(wrong.status).toBe(400);
  expect(JSON.stringify(wrong.body.issues)).toMatch(/not one of/);
  const bad = await upload("broken.jsonl", "{not json\n");
  expect(bad.status).toBe(200);
  expect(bad.body.files[0]).toMatchObject({ imported: 0, skipped: [{ source: "broken.jsonl", line: 1, reason: expect.stringMatching(/not JSON/) }] });
});

it("gives the time series over HTTP, and the pages show it", async () => {
  let body: { series: { outlet: string; points: { period: string; articles: number; mentions: number }[] }[] } = { series: [] };
  // the new articles are analysed in the background: wait until every one is counted
  for (let i = 0; i < 120; i++) {
    body = await (await fetch(`${server.url}/api/timeline?target=haftar&interval=month`)).json();
    if (body.series.flatMap((s) => s.points).reduce((a, p) => a + p.articles, 0) === 40) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(body.series.map((s) => s.outlet).sort()).toEqual(["منفذ أ", "منفذ ب"]);
  for (const p of body.series.flatMap((s) => s.points)) expect(p.mentions).toBe(2 * p.articles); // المشير خليفة حفتر and اللواء المتقاعد
  expect((await fetch(`${server.url}/api/timeline?interval=year&target=haftar`)).status).toBe(400);
  const corpus = await (await fetch(`${server.url}/corpus`)).text();
  expect(corpus).toMatch(/data-testid="corpus-counts">40(<!-- -->)? articles/);
  expect(corpus).toContain("broken.jsonl");
  const timeline = await (await fetch(`${server.url}/timeline?target=haftar`)).text();
  expect(timeline).toContain("2019-01");

  // while the server runs, the CLI goes through its socket: the same numbers as the API
  const cliEnv = { ...process.env, ADASA_DATA: data, DATABASE_URL: "" };
  const cli = spawnSync(process.execPath, [ADASA, "timeline", "--store", "--target", "haftar", "--interval", "month", "--format", "json"], { encoding: "utf8", env: cliEnv });
  expect(cli.stderr).toMatch(/using the store held by the web server \(pid \d+\) through its socket/);
  expect(cli.status).toBe(0);
  expect(JSON.parse(cli.stdout)).toEqual(body);
  // and what it imports shows on the corpus page without a restart (undated articles: the time series above stays as it is)
  const more = path.join(noFolder, "..", `${path.basename(noFolder)}-more.jsonl`);
  fs.writeFileSync(more, [1, 2, 3, 4, 5].map((i) => `{"id":"cli${i}","outlet":"منفذ ج","title":"خبر ${i}","text":"أعلن المشير خليفة حفتر في البيان رقم ${i} أن قواته تقدمت."}\n`).join(""));
  const imported = spawnSync(process.execPath, [ADASA, "import", more, "--format", "json"], { encoding: "utf8", env: cliEnv });
  fs.rmSync(more);
  expect(imported.status).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 5 });
  let page = "";
  for (let i = 0; i < 60 && !/data-testid="corpus-counts">45(<!-- -->)? articles/.test(page); i++) {
    await new Promise((r) => setTimeout(r, 500));
    page = await (await fetch(`${server.url}/corpus`)).text();
  }
  expect(page).toMatch(/data-testid="corpus-counts">45(<!-- -->)? articles/);
  expect(page).toContain("منفذ ج");
  await server.stop();
  const after = spawnSync(process.execPath, [ADASA, "timeline", "--store", "--target", "haftar", "--interval", "month", "--format", "json"], {
    encoding: "utf8",
    env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" },
  });
  expect(JSON.parse(after.stdout)).toEqual(body);
}, 300_000);

it("never serves a remembered page older than the data: an outlet edit, and an import by the CLI through the socket, show at once", async () => {
  // the last test stopped its server: the same store, held by a new one
  server = await startServer({ env: { ADASA_DATA: data, DATABASE_URL: "", ADASA_ARTICLES: noFolder }, readyPath: "/api/timeline?target=haftar" });
  const page = async (url: string) => (await fetch(server.url + url)).text();

  // the time chart by outlet group, remembered once asked; the edit moves the data version
  expect(await page("/timeline?target=haftar&byGroup=true")).not.toContain("معسكر س");
  const edit = await fetch(`${server.url}/api/outlets`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "منفذ أ", group: "معسكر س" }) });
  expect(edit.status).toBe(200);
  expect(await page("/timeline?target=haftar&byGroup=true")).toContain("معسكر س");

  // the home page, remembered; another process (the CLI, through the server's socket) imports and analyses a new outlet
  expect(await page("/")).not.toContain("منفذ د");
  const more = path.join(noFolder, "..", `${path.basename(noFolder)}-new-outlet.jsonl`);
  fs.writeFileSync(more, `{"id":"d1","outlet":"منفذ د","date":"2019-03-02","title":"خبر","text":"التقى المشير خليفة حفتر وفدا من المدينة في مقر القيادة."}\n`);
  // not spawnSync: a blocked event loop would miss the server closing an idle keep-alive connection, and fetch would reuse it
  const imported = await execFileAsync(process.execPath, [ADASA, "import", more, "--format", "json"], { encoding: "utf8", env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" } });
  fs.rmSync(more);
  expect(imported.stderr).toMatch(/through its socket/);
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1 });
  // at once: no wait for a remembered answer to run out
  expect(await page("/")).toContain("منفذ د");
}, 300_000);

it("renders a page once for every user asking until the data changes: an upload, and its analysis landing in the background, show at once", async () => {
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url + url, { headers });
    return { how: res.headers.get("x-adasa-page"), type: res.headers.get("content-type"), html: await res.text() };
  };
  const url = "/timeline?target=haftar&interval=month&measure=share"; // an address no other test asks for
  const first = await get(url);
  expect(first).toMatchObject({ how: "miss", type: expect.stringMatching(/^text\/html/) });
  const twenty = await Promise.all(Array.from({ length: 20 }, () => get(url)));
  expect(twenty.map((r) => r.how)).toEqual(Array(20).fill("hit"));
  expect(twenty.every((r) => r.html === first.html)).toBe(true);
  // a client that takes no gzip gets the same page; the Arabic page is another address, right-to-left from its first byte
  expect((await get(url, { "accept-encoding": "identity" })).html).toBe(first.html);
  const arabic = await get(`${url}&lang=ar`);
  expect(arabic.how).toBe("miss");
  expect(arabic.html).toMatch(/<html lang="ar" dir="rtl"/);
  // the client router's requests go to the page itself, never to the cache
  const rsc = await fetch(server.url + url, { headers: { rsc: "1" } });
  expect([rsc.headers.get("x-adasa-page"), rsc.headers.get("content-type")]).toEqual([null, expect.stringMatching(/^text\/x-component/)]);
  await rsc.arrayBuffer();

  expect((await get("/corpus")).html).not.toContain("منفذ هـ");
  expect((await get("/corpus")).how).toBe("hit");
  const sent = await upload("new-outlet.jsonl", `{"id":"h1","outlet":"منفذ هـ","date":"2019-02-03","title":"خبر","text":"وصل المشير خليفة حفتر إلى المدينة على رأس وفد من القيادة العامة."}\n`);
  expect(sent.body.files[0]).toMatchObject({ imported: 1 });
  const after = await get("/corpus");
  expect(after).toMatchObject({ how: "miss", html: expect.stringContaining("منفذ هـ") });
  // the upload's analysis lands in the background a moment later: the time chart follows it, no restart, no timer
  let chart = await get(url);
  for (let i = 0; i < 60 && !chart.html.includes("منفذ هـ"); i++) {
    await new Promise((r) => setTimeout(r, 500));
    chart = await get(url);
  }
  expect(chart.html).toContain("منفذ هـ");
}, 300_000);
