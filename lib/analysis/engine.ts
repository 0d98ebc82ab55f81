import { compileLexicon, type CompiledLexicon } from "../lexicon/compile";
import type { Lexicon } from "../lexicon/schema";
import { compileVoiceModel, type VoiceModel } from "../voice";

/** Everything compiled once and shared by every analysis: the lexicon and the voice cues. */
export interface Engine {
  readonly lexicon: CompiledLexicon;
  readonly voice: VoiceModel;
}

export function createEngine(lexicon: Lexicon, voice: VoiceModel = compileVoiceModel()): Engine {
  return { lexicon: compileLexicon(lexicon), voice };
}
