import type { VoiceOf } from "../voice";
import type { CompiledConstructions } from "./compile";
import { partSpan, type Found } from "./found";

/**
 * Scare quotes as distancing: a legitimizing naming or title in quotation
 * marks of its own (“الجيش الوطني الليبي”، “المشير”) is the outlet holding the
 * name at arm's length, and counts with the grammar's scare-quote valence
 * toward the target. Neutral names in quotes are not counted: Arabic news
 * quotes names to mark them (“الأفريكوم”، "البنيان المرصوص"); nor are
 * negative labels (مقتل 36 “إرهابيا”): doubting a damning word is not a
 * stance against its target (those stay out of stance, as before).
 */
export function scareQuoteDistancing(c: CompiledConstructions, text: string, layers: Found[], voices: readonly VoiceOf[]): void {
  const valence = c.grammar.distancing.scare_quote_valence;
  layers.forEach((f, i) => {
    if (!voices[i]!.scareQuoted || !f.naming || f.valence <= 0 || f.category === "name" || f.category === "operation-name" || f.construction || c.relations.kindOf(f.target) === "generic") return;
    const cue = partSpan(text, "scare-quotes", Math.max(0, f.tokenStart - 1), Math.min(text.length, f.tokenEnd + 1));
    f.construction = { kind: "distancing", id: "scare-quotes", noun: null, linker: null, cue, named: f, composed_valence: valence };
    f.valence = valence;
  });
}
