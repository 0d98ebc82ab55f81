/**
 * Issue 10, pages and queries: route parameters decoded once and safely (404,
 * never 500), filter dates that do not exist or a range that ends before it
 * starts refused clearly, and no absolute server path in a page or an API
 * answer (paths are relative to the corpus root).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, startServer, type AppServer } from "./server";

let server: AppServer;
let dir: string;
beforeAll(async () => {
  // a corpus of its own, somewhere a path would give away: a seed article and a file that cannot be used
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-hostile-"));
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.copyFileSync(path.join(ROOT, "articles", "004-aljazeera.md"), path.join(dir, "corpus", "004-aljazeera.md"));
  fs.writeFileSync(path.join(dir, "corpus", "broken.md"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  server = await startServer({ env: { ADASA_ARTICLES: path.join(dir, "corpus") } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(server.url + p, { redirect: "manual" });

describe("route parameters", () => {
  it.each(["/articles/%ZZ", "/articles/%", "/articles/%E2%82", "/lessons/%ZZ", "/lessons/%ZZ/spot", "/lessons/%ZZ/guess", "/lessons/%ZZ/worksheet", "/lessons/%ZZ/answers"])(
    "%s answers 404, not 500",
    async (p) => {
      const res = await get(p);
      await res.arrayBuffer();
      expect(res.status).toBe(404);
    },
  );

  it("decodes a parameter once: %25 is a percent sign, %2525 is %25", async () => {
    const once = await get("/lessons/%25/worksheet");
    expect(once.status).toBe(404);
    expect((await once.json()).error).toBe('no lesson "%"');
    const twice = await get("/lessons/%2525/worksheet");
    expect((await twice.json()).error).toBe('no lesson "%25"');
    expect((await get("/articles/%30%30%34-aljazeera")).status).toBe(200); // 004-aljazeera, escaped
  });
});

describe("filter dates", () => {
  it.each([
    ["from=2019-13-45", /"2019-13-45" is not a date/],
    ["to=2019-02-29", /"2019-02-29" is not a date/],
    ["from=2020&to=2019-06", /from is after to/],
  ])("GET /api/corpus?%s answers 400 with the reason", async (query, reason) => {
    const res = await get(`/api/corpus?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid filter");
    expect(body.issues.map((i: { message: string }) => i.message).join(" ")).toMatch(reason);
  });

  it("accepts a leap day and a range of one month", async () => {
    expect((await get("/api/corpus?from=2020-02-29&to=2020-02")).status).toBe(200);
    expect((await get("/api/corpus?from=2019-05&to=2019-05")).status).toBe(200);
  });

  it("the report refuses them too, and the home page and the passages say so", async () => {
    expect((await get("/api/report?format=json&from=2019-13-45")).status).toBe(400);
    for (const page of ["/?from=2019-13-45", "/passages?target=haftar&from=2020&to=2019"]) {
      const html = await (await get(page)).text();
      expect(html).toContain('data-testid="filter-error"');
      expect(html).toMatch(/not a date|from is after to/);
    }
  });
});

describe("paths", () => {
  it("/api/corpus names articles and problems relative to the corpus root", async () => {
    const body = await (await get("/api/corpus")).json();
    expect(body.articles.map((a: { path: string }) => a.path)).toEqual(["corpus/004-aljazeera.md"]);
    expect(body.problems.map((p: { path: string }) => p.path)).toEqual(["corpus/broken.md"]);
    expect(JSON.stringify(body)).not.toContain(dir);
  });

  it("the home page and the lessons list show no absolute path", async () => {
    for (const page of ["/", "/lessons", "/articles/004-aljazeera"]) {
      const html = await (await get(page)).text();
      expect(html).not.toContain(dir);
      expect(html).not.toContain(ROOT);
    }
    expect(await (await get("/")).text()).toContain("corpus/broken.md");
  });
});
