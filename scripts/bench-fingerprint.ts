/**
 * MinHash fingerprints (lib/import/fingerprint.ts) of generated articles: CPU time per run, least of
 * several, and a digest of every signature (equal digests: the same signatures, so the same bands
 * and near-duplicate links). `node bin/run-ts.js scripts/bench-fingerprint.ts [ARTICLES] [RUNS]`.
 */
import { createHash } from "node:crypto";
import { fingerprint } from "../lib/import/fingerprint";
import { generateArticles } from "./corpus-gen";

const count = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const bodies = [...generateArticles(count)].map((a) => a.text);
const megabytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / 1e6;

const cpuMs = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const digest = createHash("sha256");
for (const b of bodies) digest.update(fingerprint(b).signature.join(","));
const times = Array.from({ length: runs }, () => cpuMs(() => bodies.forEach((b) => fingerprint(b))));
const least = Math.min(...times);
console.log(`${count} articles, ${megabytes.toFixed(1)} MB: least of ${runs} runs ${least.toFixed(0)} ms CPU (${((least / megabytes) * 100).toFixed(0)} ms per 100 MB); all runs ${times.map((t) => t.toFixed(0)).join(" ")} ms`);
console.log(`signatures sha256 ${digest.digest("hex").slice(0, 16)}`);
