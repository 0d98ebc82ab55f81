import fs from "node:fs";
import path from "node:path";
import { FINGERPRINT_DIR, fingerprints, frozenEngine, frozenTexts } from "./fingerprint";

/**
 * The engine's results, pinned: fingerprints.json was written by the engine before the speed work
 * (main at 0bd4aee), and every analysis of the frozen texts must hash the same. A deliberate change
 * of the engine's behaviour rewrites it: UPDATE_FINGERPRINTS=1 npx jest tests/invariants/fingerprint.test.ts
 */
const STORED = path.join(FINGERPRINT_DIR, "fingerprints.json");

describe("the engine's fingerprint", () => {
  const actual = fingerprints(frozenEngine(), frozenTexts());
  if (process.env.UPDATE_FINGERPRINTS === "1") fs.writeFileSync(STORED, JSON.stringify(actual, null, 1) + "\n");

  it("covers the seeds, the gold passages and the wire articles", () => {
    const ids = Object.keys(actual);
    expect(ids.filter((id) => id.startsWith("seed:"))).toHaveLength(5);
    expect(ids.filter((id) => id.startsWith("gold:")).length).toBeGreaterThanOrEqual(30);
    expect(ids.filter((id) => id.startsWith("wire:"))).toHaveLength(2);
  });

  it("hashes every analysis and every score exactly as stored", () => {
    expect(actual).toEqual(JSON.parse(fs.readFileSync(STORED, "utf8")));
  });
});
