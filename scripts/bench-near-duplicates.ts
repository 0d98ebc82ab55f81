/**
 * Recall and precision of near-duplicate links, through the store's own path (MinHash on the text,
 * LSH bands, the band lookup, the Jaccard estimate): generated articles and rewrites of them, each
 * rewrite a copy with a share of its words replaced by words of another article, at several shares
 * (so at several true Jaccard similarities of the texts' word 5-shingles). Everything goes into a
 * temporary embedded store in batches of 250, the originals first; a rewrite is found when it is
 * linked to its own story (the original or another rewrite of it); a link to another story is false.
 * `node bin/run-ts.js scripts/bench-near-duplicates.ts [STORIES]` (default 200).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEngine } from "../lib/analysis/engine";
import { tokenize } from "../lib/arabic/tokenize";
import { fingerprint, SHINGLE_WORDS } from "../lib/import/fingerprint";
import { loadLexicon } from "../lib/lexicon/load";
import { defaultLexiconPath } from "../lib/io/paths";
import { openStore, type NewArticle } from "../lib/store";
import { openEmbedded } from "../lib/store/embedded";
import { NEAR_DUPLICATE_JACCARD } from "../lib/store/near-duplicates";
import { generateArticles, prng } from "./corpus-gen";

const STORIES = Number(process.argv[2] ?? 200);
const REPLACED = [0.01, 0.03, 0.05, 0.07, 0.09, 0.11, 0.14, 0.18];
const BATCH = 250;

/** `text` with about `share` of its words replaced by words of `donor`, in place (offsets of the original). */
function rewrite(text: string, donor: string, share: number, random: () => number): string {
  const words = tokenize(text).filter((t) => t.isWord);
  const pool = tokenize(donor).filter((t) => t.isWord);
  let out = "";
  let at = 0;
  for (const w of words) {
    if (random() >= share) continue;
    const d = pool[Math.floor(random() * pool.length)]!;
    out += text.slice(at, w.start) + donor.slice(d.start, d.end);
    at = w.end;
  }
  return out + text.slice(at);
}

/** The exact Jaccard similarity of two texts' sets of word 5-shingles (matching forms). */
function jaccard(a: string, b: string): number {
  const shingles = (text: string) => {
    const norms = tokenize(text)
      .filter((t) => t.isWord)
      .map((t) => t.norm);
    const set = new Set<string>();
    for (let i = 0; i + SHINGLE_WORDS <= norms.length; i++) set.add(norms.slice(i, i + SHINGLE_WORDS).join(" "));
    return set;
  };
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}

interface Text {
  readonly id: string;
  readonly story: number;
  readonly body: string;
  readonly similarity: number;
}

function texts(): { originals: Text[]; rewrites: Text[] } {
  const random = prng(11);
  const generated = [...generateArticles(STORIES * 2, 99)].map((a) => a.text);
  const originals = generated.slice(0, STORIES).map((body, story) => ({ id: `story-${story}`, story, body, similarity: 1 }));
  const rewrites = originals.flatMap((o) =>
    REPLACED.map((share, level) => {
      const body = rewrite(o.body, generated[STORIES + o.story]!, share, random);
      return { id: `story-${o.story}-${level}`, story: o.story, body, similarity: jaccard(o.body, body) };
    }),
  );
  // shuffled: a rewrite meets its story's other rewrites in any order, in the batch or across batches
  for (let i = rewrites.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rewrites[i], rewrites[j]] = [rewrites[j]!, rewrites[i]!];
  }
  return { originals, rewrites };
}

const asNew = (t: Text): NewArticle => ({
  source: "bench",
  line: null,
  sourceId: t.id,
  outlet: "bench",
  outletEn: null,
  date: null,
  title: null,
  url: null,
  language: "ar",
  encoding: null,
  body: t.body,
  contentHash: t.id,
  ...fingerprint(t.body),
});

async function main(): Promise<void> {
  const { originals, rewrites } = texts();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-near-"));
  try {
    const env = { ADASA_DATA: dir, DATABASE_URL: "" };
    const store = await openStore("bench-near-duplicates", env);
    const version = await store.lexiconVersion(createEngine(loadLexicon(defaultLexiconPath()).lexicon));
    const all = [...originals, ...rewrites];
    for (let i = 0; i < all.length; i += BATCH) await store.addArticles(await store.startBatch(["bench"]), all.slice(i, i + BATCH).map(asNew), [], version);
    await store.close();
    const db = await openEmbedded(dir, "bench-near-duplicates");
    const links = await db.query<{ id: string; of: string | null }>("SELECT a.source_id AS id, b.source_id AS of FROM articles a LEFT JOIN articles b ON b.id = a.near_duplicate_of");
    await db.close();
    const storyOf = new Map(all.map((t) => [t.id, t.story]));
    const linked = new Map(links.map((l) => [l.id, l.of]));
    const buckets = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
    console.log(`${STORIES} stories, ${rewrites.length} rewrites (words replaced: ${REPLACED.map((s) => `${Math.round(s * 100)}%`).join(", ")}); link threshold: estimated Jaccard ≥ ${NEAR_DUPLICATE_JACCARD}`);
    console.log("true Jaccard | rewrites | linked to its story | to another story | P(candidate) 1-(1-J⁴)³² at the bucket's middle");
    for (let b = 0; b + 1 < buckets.length; b++) {
      const inBucket = rewrites.filter((r) => r.similarity >= buckets[b]! && r.similarity < buckets[b + 1]!);
      if (inBucket.length === 0) continue;
      const own = inBucket.filter((r) => linked.get(r.id) && storyOf.get(linked.get(r.id)!) === r.story).length;
      const wrong = inBucket.filter((r) => linked.get(r.id) && storyOf.get(linked.get(r.id)!) !== r.story).length;
      const mid = (buckets[b]! + Math.min(1, buckets[b + 1]!)) / 2;
      const range = `${buckets[b]!.toFixed(1)}–${Math.min(1, buckets[b + 1]!).toFixed(1)}`;
      console.log(`${range} | ${inBucket.length} | ${own} (${((own / inBucket.length) * 100).toFixed(0)}%) | ${wrong} | ${((1 - (1 - mid ** 4) ** 32) * 100).toFixed(0)}%`);
    }
    const originalsLinked = originals.filter((o) => linked.get(o.id)).length;
    console.log(`originals linked to anything (other stories: false links): ${originalsLinked} of ${originals.length}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
