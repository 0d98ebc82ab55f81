import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine, type Engine } from "../../lib/analysis/engine";
import { Tally, type ScoreOptions } from "../../lib/analysis/tally";
import { ConstructionsSchema } from "../../lib/constructions/schema";
import { loadLexicon } from "../../lib/lexicon/load";
import { compileVoiceModel } from "../../lib/voice";
import { VoiceCuesSchema } from "../../lib/voice/schema";

/**
 * A fingerprint of every analysis the engine makes of a frozen set of texts (the seeds' bodies and
 * the gold passages' plain texts) with a frozen lexicon, construction grammar and voice cues, all
 * under tests/fixtures/fingerprint: every match with all its fields, and the per-target scores under
 * both voice filters, with and without resolved labels. Frozen, so that growing the lexicon does not
 * move it: it pins the engine's code, which speed work must leave exactly as it was.
 */
export const FINGERPRINT_DIR = path.join(__dirname, "..", "fixtures", "fingerprint");

const readJson = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(FINGERPRINT_DIR, name), "utf8"));

export function frozenEngine(): Engine {
  const lexicon = loadLexicon(path.join(FINGERPRINT_DIR, "lexicon")).lexicon;
  return createEngine(lexicon, compileVoiceModel(VoiceCuesSchema.parse(readJson("cues.json"))), ConstructionsSchema.parse(readJson("constructions.json")));
}

export const frozenTexts = (): Record<string, string> => readJson("texts.json") as Record<string, string>;

const SCORINGS: readonly ScoreOptions[] = [
  { voice: "all", resolved: true },
  { voice: "own", resolved: true },
  { voice: "all", resolved: false },
  { voice: "own", resolved: false },
];

/** The hash of one text's analysis and scores. */
export function fingerprintOf(engine: Engine, text: string): string {
  const analysis = analyzeText(engine, text);
  const scores = SCORINGS.map((options) => new Tally(engine.lexicon, options).add(analysis).scores());
  return createHash("sha256").update(JSON.stringify({ analysis, scores })).digest("hex");
}

export function fingerprints(engine: Engine, texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, fingerprintOf(engine, text)]));
}
