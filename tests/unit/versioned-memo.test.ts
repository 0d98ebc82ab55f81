import { VersionedMemo } from "@/lib/work/versioned-memo";

/** The memo behind the remembered sums and the rendered-page cache: one computation per key and version, bounded. */
const page = (title: string) => `<h1>${title}</h1>`; // a rendered page, as the page cache holds it
const counted = () => {
  const calls: string[] = [];
  const compute = (key: string, value = page(key)) => () => {
    calls.push(key);
    return Promise.resolve(value);
  };
  return { calls, compute };
};

describe("VersionedMemo", () => {
  it("computes a key once for every caller asking at the same moment, and says who computed it", async () => {
    const memo = new VersionedMemo<string>({ entries: 10 });
    let release!: (v: string) => void;
    const slow = new Promise<string>((r) => (release = r));
    let computed = 0;
    const asks = Array.from({ length: 20 }, () => memo.lookup("1:7", "/timeline?target=haftar", () => (computed++, slow)));
    release(page("الإطار عبر الزمن"));
    expect(await Promise.all(asks.map((a) => a.value))).toEqual(Array(20).fill(page("الإطار عبر الزمن")));
    expect(computed).toBe(1);
    expect(asks.map((a) => a.hit)).toEqual([false, ...Array(19).fill(true)]);
  });

  it("forgets every answer of the old version as soon as a new one is asked for: nothing older than the data", async () => {
    const memo = new VersionedMemo<string>({ entries: 10 });
    expect(await memo.get("1:7", "/", () => Promise.resolve(page("المشير")))).toBe(page("المشير"));
    expect(await memo.get("1:8", "/", () => Promise.resolve(page("اللواء المتقاعد")))).toBe(page("اللواء المتقاعد"));
    expect(memo.held.entries).toBe(1);
  });

  it("keeps at most its number of answers, the least recently used going first", async () => {
    const memo = new VersionedMemo<string>({ entries: 2 });
    const { calls, compute } = counted();
    for (const key of ["/", "/timeline", "/", "/corpus", "/", "/timeline"]) await memo.get("v", key, compute(key));
    // "/" was used again before "/corpus" came, so "/timeline" went first; then "/corpus" made way for "/timeline"
    expect(calls).toEqual(["/", "/timeline", "/corpus", "/timeline"]);
    expect(memo.held.entries).toBe(2);
  });

  it("keeps at most its bytes, and always the last answer", async () => {
    const memo = new VersionedMemo<string>({ entries: 100, bytes: 100, sizeOf: (v) => Buffer.byteLength(v) });
    const { calls, compute } = counted();
    const arabic = page("حكومة الوفاق الوطني".repeat(2)); // 79 bytes in UTF-8
    await memo.get("v", "a", compute("a", arabic));
    await memo.get("v", "b", compute("b", arabic));
    expect(memo.held).toEqual({ entries: 1, bytes: Buffer.byteLength(arabic) });
    await memo.get("v", "b", compute("b"));
    await memo.get("v", "a", compute("a"));
    expect(calls).toEqual(["a", "b", "a"]);
    const huge = page("ح".repeat(200));
    expect(await memo.get("v", "c", compute("c", huge))).toBe(huge);
    expect(memo.held).toEqual({ entries: 1, bytes: Buffer.byteLength(huge) });
  });

  it("answers what it is told not to keep, and what fails, without keeping it", async () => {
    const memo = new VersionedMemo<string>({ entries: 10, keep: (v) => !v.includes("خطأ") });
    const { calls, compute } = counted();
    await memo.get("v", "/", compute("/", page("خطأ")));
    await memo.get("v", "/", compute("/"));
    await memo.get("v", "/", compute("/"));
    expect(calls).toEqual(["/", "/"]);
    await expect(memo.get("v", "/corpus", () => Promise.reject(new Error("المخزن مغلق")))).rejects.toThrow("المخزن مغلق");
    expect(await memo.get("v", "/corpus", compute("/corpus"))).toBe(page("/corpus"));
  });
});

describe("the rendered-page cache's rewrites (next.config.js)", () => {
  it("send the document requests of the store's costliest pages to the cache's route, and the client router's and the cache's own to the page", async () => {
    const file = "../../next.config.js"; // plain CommonJS, without types
    const config = (await import(file)).default as { rewrites(): Promise<{ beforeFiles: { source: string; destination: string; missing: { type: string; key: string }[] }[] }> };
    const { beforeFiles } = await config.rewrites();
    expect(beforeFiles.map((r) => [r.source, r.destination])).toEqual([
      ["/", "/api/pages"],
      ["/timeline", "/api/pages/timeline"],
      ["/corpus", "/api/pages/corpus"],
    ]);
    for (const rule of beforeFiles) {
      expect(rule.missing.every((m) => m.type === "header")).toBe(true);
      expect(rule.missing.map((m) => m.key)).toEqual(expect.arrayContaining(["rsc", "next-router-prefetch", "next-router-state-tree", "x-adasa-render"]));
    }
  });
});
