import { normalize } from "../../lib/arabic/normalize";
import type { Lexicon } from "../../lib/lexicon/schema";

/**
 * A deliberately naive matcher for differential testing: it strips clitics
 * off each token by trial instead of expanding the lexicon into surfaces,
 * and tries every form at every position. Slow and obvious.
 */
export interface RefHit {
  readonly first: number;
  readonly last: number;
  readonly term: string;
}

const PREFIXES = ["", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"];
const SUFFIXES = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"];
const definite = (w: string) => w.startsWith("ال") && w.length > 3;
const haVariant = (w: string) => (definite(w) && w.endsWith("ه") ? `${w.slice(0, -1)}ة` : w);

function firstWordMatches(token: string, w0: string, single: boolean): { skip: number; trim: number }[] {
  const out: { skip: number; trim: number }[] = [];
  for (const p of PREFIXES) {
    if (!token.startsWith(p)) continue;
    const rest = token.slice(p.length);
    // ل before the article is written لل (the alef drops), never لال
    const readings = p.endsWith("ل") && definite(rest) ? [] : [rest];
    if (p.endsWith("ل") && rest.startsWith("ل")) readings.push(`ا${rest}`);
    // before a lam-initial noun the article's lam merges as well: للواء is ل + اللواء
    if (p.endsWith("ل") && rest.startsWith("ل")) readings.push(`ال${rest}`);
    for (const r of readings) {
      const spelled = haVariant(r);
      if (spelled === w0 || (!definite(w0) && spelled === `ال${w0}`)) out.push({ skip: p.length, trim: 0 });
    }
    if (single && !definite(w0)) {
      const stem = w0.endsWith("ة") ? `${w0.slice(0, -1)}ت` : w0;
      for (const s of SUFFIXES) if (rest === stem + s) out.push({ skip: p.length, trim: s.length });
    }
  }
  return out;
}

export function referenceMatch(lexicon: Lexicon, words: readonly { norm: string; joinedToNext: boolean }[]): RefHit[] {
  const forms = lexicon.entries.flatMap((e) => e.forms.map((f) => ({ term: e.id, words: normalize(f).split(/\s+/).filter(Boolean), key: `${e.id}\u0000${normalize(f).split(/\s+/).filter(Boolean).join(" ")}` })));
  const hits: RefHit[] = [];
  for (let i = 0; i < words.length; i++) {
    let best: { last: number; cost: number; key: string; term: string } | undefined;
    for (const form of forms) {
      for (const { skip, trim } of firstWordMatches(words[i]!.norm, form.words[0]!, form.words.length === 1)) {
        if (trim > 0 && form.words.length > 1) continue;
        let ok = true;
        for (let k = 1; k < form.words.length; k++) {
          const j = i + k;
          if (j >= words.length || !words[j - 1]!.joinedToNext || haVariant(words[j]!.norm) !== form.words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const last = i + form.words.length - 1;
        const cost = skip + trim;
        if (!best || last > best.last || (last === best.last && (cost < best.cost || (cost === best.cost && form.key < best.key)))) {
          best = { last, cost, key: form.key, term: form.term };
        }
      }
    }
    if (best) {
      hits.push({ first: i, last: best.last, term: best.term });
      i = best.last;
    }
  }
  return hits;
}
