import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { parse } from "yaml";
import { checkA11y, formatViolations, launchBrowser, newPage, open, SCREENSHOTS } from "./browser";
import { ROOT, postJson, startServer, type AppServer } from "./server";

/**
 * Discovery in the web app: a reviewer accepts one candidate and rejects
 * another on /discover; the review file (a part of the folder lexicon) holds
 * both, and /api/analyze then runs with the new lexicon version. A server
 * without ADASA_REVIEW=1 says reviewing is off and refuses to write.
 */
function scratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-discover-web-"));
  fs.cpSync(path.join(ROOT, "lexicons"), path.join(dir, "lexicons"), { recursive: true });
  fs.rmSync(path.join(dir, "lexicons", "libya-discovered.yaml"), { force: true });
  fs.mkdirSync(path.join(dir, "articles"));
  const article = (id: string, outlet: string, body: string) =>
    fs.writeFileSync(path.join(dir, "articles", `${id}.md`), `---\nid: "${id}"\noutlet: "${outlet}"\ntitle: "${id}"\ndate: "2019-05-0${id.length}"\n---\n${body}\n`);
  // texts of our own: one outlet calls Haftar's forces a rabble, the other his eagles
  article("w1", "الغرب", "هاجمت شراذم حفتر أحياء العاصمة ليلا. وقالت البلدية إن شراذم حفتر قصفت المدارس.");
  article("w2", "الغرب", "انسحبت شراذمُ خليفة حفتر من المطار، ثم عادت شراذم حفتر جنوبا.");
  article("e1", "الشرق", "تقدمت نسور حفتر نحو المطار. وأكدت القيادة أن نسور حفتر تحكم السيطرة.");
  return { dir, env: { ADASA_ARTICLES: path.join(dir, "articles"), ADASA_LEXICON: path.join(dir, "lexicons") }, review: path.join(dir, "lexicons", "libya-discovered.yaml") };
}

const TEXT = { text: "قصفت شراذم حفتر الحي، وتقدمت نسور حفتر جنوبا." };
type Analysis = { lexicon: { version: string; lexicon_version: string }; articles: { matches: { term: string; text: string }[] }[] };
const analyze = async (url: string) => (await (await postJson(`${url}/api/analyze`, TEXT)).json()) as Analysis;

describe("/discover with reviewing on (ADASA_REVIEW=1)", () => {
  const s = scratch();
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ env: { ...s.env, ADASA_REVIEW: "1" }, readyPath: "/discover" }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  it("lists each outlet's candidates with their spellings as written and examples in context", async () => {
    const { page, log } = await newPage(browser, server.url);
    await open(page, "/discover?target=haftar");
    const west = page.locator('[data-testid="discover-outlet"][data-outlet="الغرب"]');
    const card = west.locator('[data-testid="candidate"][data-key="شراذم"]');
    // the diacritic of شراذمُ stays in the spelling shown, as a variant of its own
    const spellings = await card.locator(".candidate-spellings").innerText();
    expect(spellings).toContain("شراذم ×3");
    expect(spellings).toContain("شراذمُ ×1");
    await expect(card.locator(".kwic-line").first().innerText()).resolves.toContain("شراذم حفتر");
    await expect(card.locator("mark.kwic-anchor").first().innerText()).resolves.toBe("حفتر");
    await card.locator("summary").click();
    const violations = await checkA11y(page);
    if (violations.length > 0) throw new Error(formatViolations("/discover", violations));
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  // before the review below: it leaves Haftar no candidate to open
  it.each(["en", "ar"] as const)("fits 390 px in %s, right-to-left from the first byte in Arabic", async (lang) => {
    const html = await (await fetch(`${server.url}/discover?target=haftar${lang === "ar" ? "&lang=ar" : ""}`)).text();
    expect(/<html\b[^>]*>/.exec(html)?.[0]).toContain(lang === "ar" ? 'dir="rtl"' : 'dir="ltr"');
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await open(page, `/discover?target=haftar${lang === "ar" ? "&lang=ar" : ""}`);
    await page.locator('[data-testid="candidate"] summary').first().click();
    const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    await page.screenshot({ path: path.join(SCREENSHOTS, `discover-${lang}-390.png`) });
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
    await context.close();
  });

  it("accepts one candidate and rejects another: the lexicon file and /api/analyze's lexicon version follow", async () => {
    const before = await analyze(server.url);
    expect(before.articles[0]!.matches.map((m) => m.term)).not.toContain("lna-discovered-1");
    const { page, log } = await newPage(browser, server.url);
    await open(page, "/discover?target=haftar");

    const rabble = page.locator('[data-testid="candidate"][data-key="شراذم"]');
    await rabble.locator("summary").click();
    const form = rabble.locator('[data-testid="accept-form"]');
    await form.locator('input[name="phrase"]').fill("شراذم حفتر");
    await form.locator('select[name="target"]').selectOption("lna");
    await form.locator('select[name="category"]').selectOption("pejorative");
    await form.locator('select[name="valence"]').selectOption("-2");
    await form.locator('input[name="gloss"]').fill("Haftar's rabble");
    await form.locator('textarea[name="rationale"]').fill("Shrinks his forces to a rabble.");
    await Promise.all([page.waitForURL(/done=accept/), form.locator('button[type="submit"]').click()]);
    await expect(page.getByTestId("review-done").innerText()).resolves.toMatch(/lna-discovered-1.*0\.1\.0.*0\.1\.1/);

    const eagles = page.locator('[data-testid="candidate"][data-key="نسور"]');
    await Promise.all([page.waitForURL(/done=reject/), eagles.locator('[data-testid="reject-form"] button').click()]);
    await expect(page.getByTestId("review-done").innerText()).resolves.toContain("نسور");
    await expect(page.locator('[data-testid="candidate"][data-key="نسور"]').count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
    await page.context().close();

    const file = parse(fs.readFileSync(s.review, "utf8"));
    expect(file.version).toBe("0.1.1");
    expect(file.entries).toEqual([expect.objectContaining({ id: "lna-discovered-1", forms: ["شراذم حفتر"], target: "lna", category: "pejorative", valence: -2, gloss: "Haftar's rabble" })]);
    expect(file.rejected).toEqual([{ target: "haftar", key: "نسور", phrase: "نسور" }]);

    const after = await analyze(server.url);
    expect(after.lexicon.version).toMatch(/\+0\.1\.1$|^0\.1\.1\+|\+0\.1\.1\+/);
    expect(after.lexicon.lexicon_version).not.toBe(before.lexicon.lexicon_version);
    expect(after.articles[0]!.matches).toContainEqual(expect.objectContaining({ term: "lna-discovered-1", text: "شراذم حفتر" }));
  }, 60_000);

  it("refuses a bad review with the field at fault, a colliding form and a cross-site post, writing nothing", async () => {
    const before = fs.readFileSync(s.review, "utf8");
    const accept = { action: "accept", phrase: "قوات حفتر", target: "lna", category: "personalizing", valence: -1, gloss: "g", rationale: "r" };
    const badValence = await postJson(`${server.url}/api/discover`, { ...accept, valence: 5 });
    expect(badValence.status).toBe(400);
    expect((await badValence.json()).issues).toContainEqual({ path: "valence", message: "valence is −2..+2" });
    const collides = await postJson(`${server.url}/api/discover`, accept);
    expect(collides.status).toBe(400);
    expect(JSON.stringify(await collides.json())).toContain("قوات حفتر");
    const crossSite = await fetch(`${server.url}/api/discover`, { method: "POST", headers: { "content-type": "application/json", origin: "http://elsewhere.example" }, body: JSON.stringify({ action: "reject", phrase: "حفتر", target: "haftar" }) });
    expect(crossSite.status).toBe(403);
    expect(fs.readFileSync(s.review, "utf8")).toBe(before);
  });

});

describe("/discover with reviewing off (the default)", () => {
  const s = scratch();
  let server: AppServer;
  beforeAll(async () => {
    server = await startServer({ env: { ...s.env, ADASA_REVIEW: "" }, readyPath: "/discover" });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  it("says so on the page, shows no review form, and refuses to write", async () => {
    const html = await (await fetch(`${server.url}/discover?target=haftar`)).text();
    expect(html).toContain("ADASA_REVIEW=1");
    expect(html).not.toContain('data-testid="accept-form"');
    const res = await postJson(`${server.url}/api/discover`, { action: "reject", phrase: "نسور", target: "haftar" });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/ADASA_REVIEW=1/);
    expect(fs.existsSync(s.review)).toBe(false);
  });
});
