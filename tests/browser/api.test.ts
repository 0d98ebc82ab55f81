/**
 * The HTTP API of the running app: the same JSON as the CLI, zod-checked
 * bodies with clear 4xx errors, and a size limit.
 */
import { postJson, startServer, TEST_ARTICLES, type AppServer } from "./server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } });
}, 120_000);
afterAll(() => server?.stop());

const post = (path: string, body: unknown) => postJson(server.url + path, body);

describe("HTTP API", () => {
  it("GET /api/corpus answers the analyze JSON of the corpus, filtered by the query", async () => {
    const all = await (await fetch(`${server.url}/api/corpus`)).json();
    expect(all.lexicon.id.split("+")).toContain("libya-conflict");
    expect(all.articles.length).toBeGreaterThanOrEqual(7);
    expect(all.outlets[0]).toHaveProperty("targets");
    const one = await (await fetch(`${server.url}/api/corpus?outlets=${encodeURIComponent("الجزيرة نت")}&voice=own`)).json();
    expect(one.articles.map((a: { id: string }) => a.id)).toEqual(["004-aljazeera"]);
    expect(one.options).toEqual({ voice: "own", resolved: true });
    const generic = await (await fetch(`${server.url}/api/corpus?outlets=${encodeURIComponent("الجزيرة نت")}&resolved=0`)).json();
    expect(generic.options).toEqual({ voice: "all", resolved: false });
  });

  it("refuses a bad filter with 400 and the field at fault", async () => {
    const res = await fetch(`${server.url}/api/corpus?from=May%202019`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid filter");
    expect(body.issues[0].path).toBe("from");
  });

  it("POST /api/analyze analyzes posted text like the CLI", async () => {
    const res = await post("/api/analyze", { text: "جمعه بالمشير خليفة حفتر قائد الجيش الوطني الليبي.", outlet: "ميدل إيست أونلاين" });
    expect(res.status).toBe(200);
    const json = await res.json();
    const [article] = json.articles;
    expect(article.outlet).toBe("ميدل إيست أونلاين");
    expect(article.matches.map((m: { text: string; target: string }) => [m.text, m.target])).toEqual([
      ["المشير خليفة حفتر", "haftar"],
      ["قائد الجيش الوطني الليبي", "haftar"],
      ["الجيش الوطني الليبي", "lna"],
    ]);
  });

  it("answers 400 for a body that is not JSON, an empty text or a missing field", async () => {
    expect((await post("/api/analyze", "{not json")).status).toBe(400);
    const empty = await post("/api/analyze", { text: "   " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).issues[0].message).toMatch(/empty text/);
    expect((await post("/api/diff", { a: { text: "نص" } })).status).toBe(400);
    const one = await post("/api/compare", { texts: [{ text: "نص" }] });
    expect((await one.json()).issues[0].message).toMatch(/at least two texts/);
  });

  it("answers 413 for a body over 1 MB", async () => {
    const res = await post("/api/analyze", { text: "حفتر ".repeat(300_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/body too large/);
  });

  it("POST /api/diff reports the ISIS naming swap, as adasa diff does", async () => {
    const json = await (
      await post("/api/diff", {
        a: { text: "مساعدة الولايات المتحدة في حربها ضد تنظيم الدولة الإسلامية." },
        b: { text: "مساعدة الولايات المتحدة في حربها ضد تنظيم داعش." },
      })
    ).json();
    expect(json.swaps.map((s: { target: string; a: { text: string }; b: { text: string } }) => [s.target, s.a.text, s.b.text])).toEqual([
      ["isis", "تنظيم الدولة الإسلامية", "تنظيم داعش"],
    ]);
  });

  it("GET /api/report writes the report of a filter in the format asked for", async () => {
    const csv = await fetch(`${server.url}/api/report?format=csv&targets=isis`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect((await csv.text()).split("\n")[0]).toMatch(/^section,outlet,target/);
    expect((await fetch(`${server.url}/api/report?format=docx`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/report?outlets=nobody`)).status).toBe(422);
  });
});
