import { compileConstructions, constructionEntries, type CompiledConstructions } from "../constructions/compile";
import type { Constructions } from "../constructions/schema";
import { compileLexicon, type CompiledLexicon } from "../lexicon/compile";
import type { Lexicon } from "../lexicon/schema";
import { compileVoiceModel, type VoiceModel } from "../voice";

/** Everything compiled once and shared by every analysis: the lexicon, the construction grammar and the voice cues. */
export interface Engine {
  readonly lexicon: CompiledLexicon;
  readonly constructions: CompiledConstructions;
  readonly voice: VoiceModel;
}

export function createEngine(lexicon: Lexicon, voice: VoiceModel = compileVoiceModel(), grammar?: Constructions): Engine {
  const constructions = compileConstructions(lexicon, grammar);
  return { lexicon: compileLexicon(lexicon, constructionEntries(lexicon, constructions)), constructions, voice };
}
