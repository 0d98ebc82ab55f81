import { tokenList } from "../arabic/tokenize";
import type { Match, TextAnalysis } from "../analysis/analyze-text";
import type { Engine } from "../analysis/engine";
import { voiceSpans, type Voice, type VoiceSpan } from "../voice";

/**
 * The article reader's model: the body cut into paragraphs, and each
 * paragraph into pieces that carry their voice and the match they belong
 * to. Pieces are offsets into the body: the reader renders the original
 * characters, never a normalized copy.
 */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly voice: Voice;
  /** Index into the analysis' matches, or null for plain text. */
  readonly match: number | null;
}

export interface ReaderModel {
  readonly paragraphs: readonly (readonly Piece[])[];
  readonly spans: readonly VoiceSpan[];
}

function voiceAt(spans: readonly VoiceSpan[], offset: number): Voice {
  let voice: Voice = "author";
  for (const s of spans) {
    if (s.start > offset) break;
    if (offset < s.end) voice = s.voice === "quoted" || voice === "author" ? s.voice : voice;
  }
  return voice;
}

/**
 * The speaker after a bare reporting verb (وأكد رئيس المجلس الأعلى للدولة خالد المشري دعمه…، وأعلن
 * المتحدث باسم الجيش…) is named in the outlet's words: the reader takes that from the analysis itself,
 * not from a rule of its own, so the shading and the engine's voices never disagree. A span the verb
 * opens starts after the namings inside it that the analysis put in the author's voice, up to the
 * first it reports (the speaker's title before them is the outlet's words too).
 */
function speakersInOwnVoice(spans: readonly VoiceSpan[], matches: readonly Match[], body: string): VoiceSpan[] {
  return spans.flatMap((span) => {
    if (!span.bare) return [span];
    let start = span.start;
    for (const m of matches) {
      if (m.token_end <= start || m.token_start < span.start) continue;
      if (m.token_end > span.end || m.voice !== "author" || m.scare_quoted) break;
      start = m.token_end;
    }
    while (start < span.end && /\s/.test(body[start]!)) start++;
    return start >= span.end ? [] : [{ ...span, start }];
  });
}

export function readerModel(engine: Engine, body: string, analysis: TextAnalysis): ReaderModel {
  const spans = speakersInOwnVoice(voiceSpans(engine.voice, body, tokenList(body), analysis.sentences), analysis.matches, body);
  const cuts = new Set<number>([0, body.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  analysis.matches.forEach((m) => cuts.add(m.start).add(m.end));
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].filter((c) => c >= 0 && c <= body.length).sort((a, b) => a - b);
  // the innermost layer: a nested name (اللواء المتقاعد خليفة حفتر inside قوات اللواء المتقاعد خليفة حفتر)
  // opens its own card, the words around it the construction's; children come after their parents
  const matchAt = (start: number) => {
    const k = analysis.matches.findLastIndex((m) => m.start <= start && start < m.end);
    return k < 0 ? null : k;
  };
  const paragraphs: Piece[][] = [[]];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    if (body.slice(start, end) === "\n") {
      paragraphs.push([]);
      continue;
    }
    paragraphs[paragraphs.length - 1]!.push({ start, end, voice: voiceAt(spans, start), match: matchAt(start) });
  }
  return { paragraphs: paragraphs.filter((p) => p.some((piece) => body.slice(piece.start, piece.end).trim())), spans };
}
