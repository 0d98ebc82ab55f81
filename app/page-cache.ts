import os from "node:os";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import pLimit from "p-limit";
import { storeForPage } from "@/app/store-page";
import { RENDER_HEADER } from "@/app/cached-pages";
import { pageVersion } from "@/lib/store/process-store";
import { VersionedMemo } from "@/lib/work/versioned-memo";

/**
 * The rendered HTML of the store's costliest pages (app/cached-pages.ts), kept per address and
 * page version (the lexicon version and the store's data version, read before the page is
 * rendered): the first request renders the page, every other asking for the same address until
 * the data changes gets those bytes, however many ask at once. Rendering is most of a request's
 * cost (React writing 300–600 KB of HTML and page data: 70–90 ms of CPU), the sums being already
 * remembered; 20 users asking at once used to make 20 renderings on two cores.
 *
 * A page is rendered by asking this server for it (a request marked with RENDER_HEADER, which
 * next.config.js's rewrite lets through to the page): the HTML is then exactly what the page
 * answers, with its headers. It is kept gzipped (a sixth of the memory) and unzipped for each answer: Next.js drops
 * a route handler's content-encoding and compresses what it sends itself (1 ms to unzip a page).
 */
interface RenderedPage {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly gzipped: Buffer;
}

/** Bounds of the cache: 50–75 KB a page gzipped at 10,000 articles (40 outlets), so about 250 addresses per data version, within the server's 1 GB. */
const PAGES_KEPT = 250;
const BYTES_KEPT = 16 * 1024 * 1024;
/** Headers of the rendered answer that describe its transfer, not the page, or that Next.js sets again on the cache's answer. */
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "vary", "x-powered-by"]);

/**
 * Renderings at once, one per core; the others wait their turn. Each costs 50–100 ms of CPU and
 * holds tens of MB of heap while React writes the page: many at once finish no sooner on the cores
 * there are, and their heap is what V8 then keeps (without a heap limit the server's RSS grew by
 * 23–122 MB with each burst of 20 concurrent renderings; README, "The pages over a store…"). The cache shares one rendering among the requests for one
 * address; this bounds how many different addresses render at once.
 */
const RENDERINGS_AT_ONCE = Math.max(1, os.availableParallelism());

const held = globalThis as unknown as { __adasaPages?: VersionedMemo<RenderedPage>; __adasaRenderings?: pLimit.Limit };
const renderings = () => (held.__adasaRenderings ??= pLimit(RENDERINGS_AT_ONCE));
const pages = () =>
  (held.__adasaPages ??= new VersionedMemo<RenderedPage>({
    entries: PAGES_KEPT,
    bytes: BYTES_KEPT,
    sizeOf: (page) => page.gzipped.length,
    // an error, a redirect or a page setting a cookie is answered once, never kept
    keep: (page) => page.status === 200 && !page.headers.some(([name]) => name === "set-cookie"),
  }));

/**
 * This server's own address, as `next start` records it once listening (PORT and its origin);
 * the loopback address on PORT otherwise.
 */
function ownOrigin(): string {
  const env = process.env as Record<string, string | undefined>;
  const origin = "__NEXT_PRIVATE_ORIGIN";
  return env[origin] ?? `http://127.0.0.1:${env.PORT ?? "3000"}`;
}

async function render(address: string): Promise<RenderedPage> {
  const res = await fetch(new URL(address, ownOrigin()), { headers: { [RENDER_HEADER]: "1", "accept-encoding": "identity" }, redirect: "manual" });
  const html = Buffer.from(await res.arrayBuffer());
  const headers = [...res.headers].filter(([name]) => !TRANSFER_HEADERS.has(name));
  return { status: res.status, headers, gzipped: await promisify(gzip)(html) };
}

/** The page at `address` (a path and its query), from the cache when its version is known, with `x-adasa-page: hit|miss|uncached`. */
export async function servePage(address: string): Promise<Response> {
  const version = await currentPageVersion();
  const queued = () => renderings()(() => render(address));
  const { value, hit } = version === null ? { value: queued(), hit: false } : pages().lookup(version, address, queued);
  const page = await value;
  const headers = new Headers(page.headers as [string, string][]);
  headers.set("x-adasa-page", version === null ? "uncached" : hit ? "hit" : "miss");
  return new Response(new Uint8Array(await promisify(gunzip)(page.gzipped)), { status: page.status, headers });
}

/** The page version, or null when the store cannot say (not open: the page renders its error, uncached). */
async function currentPageVersion(): Promise<string | null> {
  const opened = await storeForPage();
  if ("error" in opened) return null;
  return pageVersion(opened).catch(() => null);
}
