import type { Construction, Match, TextAnalysis } from "./analyze-text";
import type { PartSpan } from "../constructions/found";
import type { Resolved } from "../resolution/resolve";

/**
 * The compact form of an analysis' sentences and matches, as the store keeps it (migration 011):
 * the numbers as variable-length integers in one byte string, the strings (terms, forms, targets,
 * categories, cues…) as indexes into the record's own list of distinct strings, which the store
 * maps to ids of one table of strings. A match's text (and a construction part's) is not kept
 * when it is the body's own letters at its offsets, as the engine makes it: decoding takes it from
 * the body again. The whole engine object, key order included, comes back: decode(encode(x)) is x.
 *
 * Made where the analysis is made (the worker threads): the main thread gets bytes and a few
 * strings per article instead of match objects, and never writes JSON.
 */
export interface EncodedAnalysis {
  readonly bytes: Uint8Array;
  /** The distinct strings the bytes refer to, by index, in order of first use. */
  readonly strings: readonly string[];
  /** (target, term, matches) per distinct pair, target and term as indexes into `strings`: what SQL reads ("other outlets call this…"). */
  readonly terms: readonly number[];
}

/** The format's first byte: a reader meeting another one says so instead of misreading it. */
const FORMAT = 1;

const FLAG = { scareQuoted: 1, parent: 2, role: 4, cue: 8, construction: 16, resolved: 32, text: 64 } as const;
const PART = { present: 1, text: 2 } as const;
const RESOLVED = { target: 1, by: 2, evidence: 4 } as const;

/**
 * Ids of the strings records are made of (terms, forms, targets, categories, voices, cues: the lexicon's and the
 * grammar's own, a few hundred), shared by every record this thread encodes: a record finds its index of a string
 * through the string's id and two typed arrays instead of filling a Map of its own (whose making, growing and rehashing
 * cost more than the lookups). At most SHARED_IDS strings get an id; any other string a record holds (a text that is
 * not the body's own letters) is indexed in a Map of that record's.
 */
const SHARED_IDS = 1 << 16;
const sharedIds = new Map<string, number>();
/** For each shared id, the record that last indexed it (its stamp) and its index there. */
const indexStamp = new Int32Array(SHARED_IDS);
const indexOfId = new Int32Array(SHARED_IDS);
let lastStamp = 0;

function nextStamp(): number {
  if (lastStamp === 0x7fffffff) {
    indexStamp.fill(0); // after 2^31 records: no old stamp may be taken for a new record's
    lastStamp = 0;
  }
  return ++lastStamp;
}

function sharedId(s: string): number | undefined {
  let id = sharedIds.get(s);
  if (id === undefined && sharedIds.size < SHARED_IDS) sharedIds.set(s, (id = sharedIds.size));
  return id;
}

/**
 * The bytes every record is written into before its own copy is cut (Writer.bytes): one record is encoded at a time,
 * start to end, so one buffer serves them all instead of a new one grown by doubling for each. It grows with the
 * longest record yet, and one longer than SCRATCH_BYTES gets a buffer of its own, which goes with it.
 */
let scratch = new Uint8Array(1 << 12);
const SCRATCH_BYTES = 1 << 20;

class Writer {
  private buf = scratch;
  private at = 0;
  /** Marks this record's indexes in indexOfId: a stamp no record still marked there has. */
  private readonly stamp = nextStamp();
  private own: Map<string, number> | undefined;
  readonly strings: string[] = [];

  uint(n: number): void {
    if (this.at + 8 > this.buf.length) this.grow();
    if (n >>> 0 === n) {
      // the common case, a 32-bit whole number: shifts instead of division
      while (n >= 0x80) {
        this.buf[this.at++] = (n & 0x7f) | 0x80;
        n >>>= 7;
      }
      this.buf[this.at++] = n;
      return;
    }
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`match codec: ${n} is not a whole number ≥ 0`);
    while (n >= 0x80) {
      this.buf[this.at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.at++] = n;
  }

  /** A signed whole number (zigzag: small magnitudes take one byte either way). */
  int(n: number): void {
    if (!Number.isSafeInteger(n)) throw new Error(`match codec: ${n} is not a whole number`);
    this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }

  string(s: string): void {
    this.uint(this.stringIndex(s));
  }

  stringIndex(s: string): number {
    const id = sharedId(s);
    if (id === undefined) return this.ownIndex(s);
    if (indexStamp[id] === this.stamp) return indexOfId[id]!;
    indexStamp[id] = this.stamp;
    return (indexOfId[id] = this.strings.push(s) - 1);
  }

  private ownIndex(s: string): number {
    this.own ??= new Map();
    let i = this.own.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.own.set(s, i);
    }
    return i;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }

  private grow(): void {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
    if (next.length <= SCRATCH_BYTES) scratch = next;
  }
}

class Reader {
  private at = 0;
  constructor(
    private readonly buf: Uint8Array,
    private readonly strings: readonly string[],
  ) {}

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.at++];
      if (b === undefined) throw new Error("match codec: the bytes end in the middle of a number");
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  string(): string {
    const i = this.uint();
    const s = this.strings[i];
    if (s === undefined) throw new Error(`match codec: string ${i} is not in the record's ${this.strings.length} strings`);
    return s;
  }
}

/** Whether `text` is `body.slice(start, end)`, compared in place (no string made) when the offsets lie inside the body. */
function isSliceOf(body: string, text: string, start: number, end: number): boolean {
  if (start < 0 || end > body.length || start > end) return text === body.slice(start, end);
  return text.length === end - start && body.startsWith(text, start);
}

function writePart(w: Writer, part: PartSpan | null, body: string, at: number): void {
  if (part === null) return w.uint(0);
  const derived = isSliceOf(body, part.text, part.start, part.end);
  w.uint(PART.present | (derived ? 0 : PART.text));
  w.string(part.id);
  w.int(part.start - at);
  w.int(part.end - part.start);
  if (!derived) w.string(part.text);
}

function readPart(r: Reader, body: string, at: number): PartSpan | null {
  const flags = r.uint();
  if (!(flags & PART.present)) return null;
  const id = r.string();
  const start = at + r.int();
  const end = start + r.int();
  return { id, text: flags & PART.text ? r.string() : body.slice(start, end), start, end };
}

function writeConstruction(w: Writer, c: Construction, body: string, at: number, i: number): void {
  w.string(c.kind);
  w.string(c.id);
  writePart(w, c.noun, body, at);
  writePart(w, c.linker, body, at);
  writePart(w, c.cue, body, at);
  w.int(i - c.named);
  w.int(c.composed_valence);
}

function readConstruction(r: Reader, body: string, at: number, i: number): Construction {
  const kind = r.string() as Construction["kind"];
  const id = r.string();
  const noun = readPart(r, body, at);
  const linker = readPart(r, body, at);
  const cue = readPart(r, body, at);
  return { kind, id, noun, linker, cue, named: i - r.int(), composed_valence: r.int() };
}

function writeResolved(w: Writer, res: Resolved, at: number): void {
  w.uint((res.target !== null ? RESOLVED.target : 0) | (res.by !== null ? RESOLVED.by : 0) | (res.evidence !== null ? RESOLVED.evidence : 0));
  if (res.target !== null) w.string(res.target);
  if (res.by !== null) w.string(res.by);
  if (res.evidence !== null) {
    w.int(res.evidence.start - at);
    w.int(res.evidence.end - res.evidence.start);
  }
}

function readResolved(r: Reader, at: number): Resolved {
  const flags = r.uint();
  const target = flags & RESOLVED.target ? r.string() : null;
  const by = flags & RESOLVED.by ? (r.string() as Resolved["by"]) : null;
  let evidence: Resolved["evidence"] = null;
  if (flags & RESOLVED.evidence) {
    const start = at + r.int();
    evidence = { start, end: start + r.int() };
  }
  return { target, by, evidence };
}

/** Writes match i; its term's and target's string indexes are added to `terms` (see TermCounts). */
function writeMatch(w: Writer, m: Match, body: string, i: number, previous: Match | undefined, terms: TermCounts): void {
  const derived = isSliceOf(body, m.text, m.start, m.end);
  w.uint(
    (m.scare_quoted ? FLAG.scareQuoted : 0) |
      (m.parent !== null ? FLAG.parent : 0) |
      (m.role !== null ? FLAG.role : 0) |
      (m.cue !== null ? FLAG.cue : 0) |
      (m.construction !== null ? FLAG.construction : 0) |
      (m.resolved !== null ? FLAG.resolved : 0) |
      (derived ? 0 : FLAG.text),
  );
  const term = w.stringIndex(m.term);
  w.uint(term);
  w.string(m.form);
  const target = w.stringIndex(m.target);
  w.uint(target);
  terms.add(target, term);
  w.string(m.category);
  w.int(m.valence);
  w.string(m.voice);
  // offsets relative to the match before (matches come nearly in text order) and to the match itself
  w.int(m.start - (previous?.start ?? 0));
  w.int(m.end - m.start);
  w.int(m.start - m.token_start);
  w.int(m.token_end - m.end);
  if (!derived) w.string(m.text);
  w.int(m.sentence - (previous?.sentence ?? 0));
  if (m.parent !== null) w.int(i - m.parent);
  if (m.role !== null) w.string(m.role);
  if (m.cue !== null) w.string(m.cue);
  if (m.construction !== null) writeConstruction(w, m.construction, body, m.start, i);
  if (m.resolved !== null) writeResolved(w, m.resolved, m.start);
}

function readMatch(r: Reader, body: string, i: number, previous: Match | undefined): Match {
  const flags = r.uint();
  const term = r.string();
  const form = r.string();
  const target = r.string();
  const category = r.string() as Match["category"];
  const valence = r.int();
  const voice = r.string() as Match["voice"];
  const start = (previous?.start ?? 0) + r.int();
  const end = start + r.int();
  const token_start = start - r.int();
  const token_end = end + r.int();
  const text = flags & FLAG.text ? r.string() : body.slice(start, end);
  const sentence = (previous?.sentence ?? 0) + r.int();
  const parent = flags & FLAG.parent ? i - r.int() : null;
  const role = flags & FLAG.role ? (r.string() as Match["role"]) : null;
  const cue = flags & FLAG.cue ? r.string() : null;
  const construction = flags & FLAG.construction ? readConstruction(r, body, start, i) : null;
  const resolved = flags & FLAG.resolved ? readResolved(r, start) : null;
  // the engine's key order (lib/analysis/analyze-text.ts), so JSON output is the same as a fresh analysis'
  return { term, form, text, start, end, token_start, token_end, target, category, valence, voice, scare_quoted: (flags & FLAG.scareQuoted) !== 0, cue, sentence, parent, role, construction, resolved };
}

/**
 * The (target, term) pairs of the matches with how many matches each, as string indexes, in order of first use: fed by
 * writeMatch with the indexes it has just written, and keyed by the pair of indexes (a number) rather than a string
 * made of both per match.
 */
class TermCounts {
  private readonly at = new Map<number, number>();
  readonly list: number[] = [];

  add(target: number, term: number): void {
    const key = target * 0x4000000 + term; // exact: a record never holds 2^26 distinct strings
    const c = this.at.get(key);
    if (c !== undefined) this.list[c + 2]!++;
    else {
      this.at.set(key, this.list.length);
      this.list.push(target, term, 1);
    }
  }
}

/** The compact form of an analysis of `body` (its words are stored apart: SQL sums them). */
export function encodeAnalysis(analysis: Pick<TextAnalysis, "sentences" | "matches">, body: string): EncodedAnalysis {
  const w = new Writer();
  w.uint(FORMAT);
  w.uint(analysis.sentences.length);
  let end = 0;
  for (const s of analysis.sentences) {
    w.int(s.start - end);
    w.int(s.end - s.start);
    end = s.end;
  }
  w.uint(analysis.matches.length);
  const terms = new TermCounts();
  analysis.matches.forEach((m, i) => writeMatch(w, m, body, i, analysis.matches[i - 1], terms));
  return { bytes: w.bytes(), strings: w.strings, terms: terms.list };
}

/** The analysis `encodeAnalysis` was given, with `words`, read back against the same body. */
export function decodeAnalysis(encoded: Pick<EncodedAnalysis, "bytes" | "strings">, words: number, body: string): TextAnalysis {
  const r = new Reader(encoded.bytes, encoded.strings);
  const format = r.uint();
  if (format !== FORMAT) throw new Error(`match codec: stored format ${format}, this version reads ${FORMAT}`);
  const sentences: { start: number; end: number }[] = [];
  let end = 0;
  for (let n = r.uint(); n > 0; n--) {
    const start = end + r.int();
    end = start + r.int();
    sentences.push({ start, end });
  }
  const matches: Match[] = [];
  for (let i = 0, n = r.uint(); i < n; i++) matches.push(readMatch(r, body, i, matches[i - 1]));
  return { words, sentences, matches };
}
