import { normalize } from "../arabic/normalize";
import { plainRecords, type Writable } from "../arabic/plain";
import type { CompiledForm } from "../lexicon/compile";
import type { Category } from "../lexicon/schema";

/** A matched stretch inside a construction: the force noun, the linker, the distancing cue. */
export interface PartSpan {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where a nested match sits in its parent: a naming inside a longer phrase
 * (تنظيم داعش in فلول تنظيم داعش), the leader or camp a force is named by,
 * the naming a distancing cue is aimed at, or another part of a construction.
 */
export const ROLES = ["name", "leader", "distanced", "part"] as const;
export type Role = (typeof ROLES)[number];

export type ConstructionKind = "force" | "distancing";

/** A construction while the layers are built: `named` is the match it is built on. */
export interface ConstructionOf<N> {
  readonly kind: ConstructionKind;
  /** The force noun's, or the distancing cue's, id ("scare-quotes" for quotation marks). */
  readonly id: string;
  readonly noun: PartSpan | null;
  readonly linker: PartSpan | null;
  readonly cue: PartSpan | null;
  readonly named: N;
  /** The valence the construction rule gives; a lexicon entry listing the same words keeps its own. */
  readonly composed_valence: number;
}

/** One layer of a text's framing, before it is numbered into the analysis' matches. */
export interface Found {
  term: string;
  form: string;
  target: string;
  category: Category;
  valence: number;
  naming: boolean;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly firstToken: number;
  readonly lastToken: number;
  /** The era choices of its term's entry (see lib/resolution/era.ts), read once here rather than looked up by term for every layer. */
  readonly eraTargets: readonly string[] | undefined;
  /** Set when the layer is found inside another (nested names), or made the named part of a construction. */
  role: Role | null;
  construction: ConstructionOf<Found> | null;
  /** Its index among the text's layers once they are in order (buildLayers), -1 before: how a construction names the layer it is built on. */
  index: number;
}

/** A Found made by `new` (see lib/arabic/plain.ts): one per layer of every text. */
export const FoundRecord = plainRecords(function FoundRecord(
  this: Writable<Found>,
  term: string,
  form: string,
  target: string,
  category: Category,
  valence: number,
  naming: boolean,
  start: number,
  end: number,
  tokenStart: number,
  tokenEnd: number,
  firstToken: number,
  lastToken: number,
  eraTargets: readonly string[] | undefined,
  role: Role | null,
  construction: ConstructionOf<Found> | null,
) {
  this.term = term;
  this.form = form;
  this.target = target;
  this.category = category;
  this.valence = valence;
  this.naming = naming;
  this.start = start;
  this.end = end;
  this.tokenStart = tokenStart;
  this.tokenEnd = tokenEnd;
  this.firstToken = firstToken;
  this.lastToken = lastToken;
  this.eraTargets = eraTargets;
  this.role = role;
  this.construction = construction;
  this.index = -1;
});

/** The layer of a lexicon match (a MatchRecord of lib/lexicon/match.ts, with the layer's role). */
export function foundFromLexicon({ entry, form }: CompiledForm, start: number, end: number, tokenStart: number, tokenEnd: number, firstToken: number, lastToken: number, role: Role | null = null): Found {
  return new FoundRecord(entry.id, form, entry.target, entry.category, entry.valence, entry.naming, start, end, tokenStart, tokenEnd, firstToken, lastToken, entry.era_targets, role, null);
}

/** The proclitics written before the match in its first word (ل in لحفتر), normalized. */
export const procliticOf = (text: string, f: Pick<Found, "tokenStart" | "start">): string => normalize(text.slice(f.tokenStart, f.start));

/** The match ends where its last word ends: no possessive suffix. */
export const endsWord = (f: Pick<Found, "end" | "tokenEnd">): boolean => f.end === f.tokenEnd;

/** a lies within b (token spans). */
export const within = (a: Pick<Found, "firstToken" | "lastToken">, b: Pick<Found, "firstToken" | "lastToken">): boolean =>
  b.firstToken <= a.firstToken && a.lastToken <= b.lastToken;

export const sameSpan = (a: Pick<Found, "firstToken" | "lastToken">, b: Pick<Found, "firstToken" | "lastToken">): boolean =>
  a.firstToken === b.firstToken && a.lastToken === b.lastToken;

export const overlaps = (a: Pick<Found, "firstToken" | "lastToken">, b: Pick<Found, "firstToken" | "lastToken">): boolean =>
  a.firstToken <= b.lastToken && b.firstToken <= a.lastToken;

/** A PartSpan made by `new` (see lib/arabic/plain.ts): it hangs from the construction of a match. */
const PartSpanRecord = plainRecords(function PartSpanRecord(this: Writable<PartSpan>, id: string, text: string, start: number, end: number) {
  this.id = id;
  this.text = text;
  this.start = start;
  this.end = end;
});

export const partSpan = (text: string, id: string, start: number, end: number): PartSpan => new PartSpanRecord(id, text.slice(start, end), start, end);

export const clampValence = (v: number): number => Math.max(-2, Math.min(2, v));
