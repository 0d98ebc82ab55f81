import type { Target } from "../lexicon/schema";

/**
 * The lexicon's relations between targets, compiled for lookups: whose side
 * a target is on (haftar leads lna → lna), whom a backer backs, and whom a
 * camp opposes.
 */
export interface Relations {
  /** The camp a naming of this target speaks for (itself for a camp or state), or undefined (generic targets, labels). */
  campOf(target: string): string | undefined;
  /**
   * The camp a force named after this target fights for: its camp, except for a
   * movement allied with one camp and opposing no one in the lexicon (the
   * Brotherhood, allied with the GNA): it has no front of its own, so forces
   * loyal to it are its ally's (الكتائب الموالية للإخوان → gna).
   */
  forceCampOf(target: string): string | undefined;
  /** The camp a foreign backer backs (uae → lna). */
  clientOf(target: string): string | undefined;
  /** The camps a camp opposes, following its members' relations too. */
  opponentsOf(camp: string): readonly string[];
  /** The camps allied with a camp or backing it, or that it is allied with or backs, read both ways (libya-dawn allied with shura-councils). */
  alliesOf(camp: string): readonly string[];
  /** A person: naming a force after one personalizes it. */
  isPerson(target: string): boolean;
  /** A person, camp, state or event: whose names are looked for inside phrases and built on by constructions. */
  isActor(target: string): boolean;
  kindOf(target: string): Target["kind"] | undefined;
}

/** Relations followed from a person, institution or event to its camp. */
const TOWARD_CAMP = new Set(["leads", "heads", "commands", "waged-by"]);
const ACTORS = new Set<Target["kind"]>(["person", "camp", "state", "event"]);
const NONE: readonly string[] = Object.freeze([]);

export function compileRelations(targets: readonly Target[]): Relations {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const campOf = (id: string, seen = new Set<string>()): string | undefined => {
    const t = byId.get(id);
    if (!t || !ACTORS.has(t.kind) || seen.has(id)) return undefined;
    seen.add(id);
    const up = t.relations.find((r) => TOWARD_CAMP.has(r.type));
    if (!up) return t.kind === "camp" || t.kind === "state" ? id : undefined;
    return campOf(up.target, seen) ?? up.target;
  };
  const camps = new Map(targets.map((t) => [t.id, campOf(t.id)]));
  const actors = new Set(targets.filter((t) => ACTORS.has(t.kind)).map((t) => t.id));
  const opponents = new Map<string, Set<string>>();
  for (const t of targets) {
    const camp = camps.get(t.id);
    if (!camp) continue;
    for (const r of t.relations) {
      const other = r.type === "opposes" ? camps.get(r.target) : undefined;
      if (other && other !== camp) {
        if (!opponents.has(camp)) opponents.set(camp, new Set());
        opponents.get(camp)!.add(other);
      }
    }
  }
  const allies = new Map<string, Set<string>>();
  for (const t of targets) {
    const camp = camps.get(t.id);
    for (const r of t.relations) {
      const other = r.type === "allied" || r.type === "backs" ? (camps.get(r.target) ?? r.target) : undefined;
      if (!camp || !other || other === camp) continue;
      for (const [a, b] of [[camp, other], [other, camp]] as const) {
        if (!allies.has(a)) allies.set(a, new Set());
        allies.get(a)!.add(b);
      }
    }
  }
  const forceCampOf = (id: string): string | undefined => {
    const t = byId.get(id);
    // the one relation read by index, not by a destructuring with a rest (an iterator and an array for every force)
    const only = t?.relations.length === 1 ? t.relations[0]! : undefined;
    if (t?.kind === "camp" && only?.type === "allied") return camps.get(only.target) ?? only.target;
    return camps.get(id);
  };
  // sorted once here rather than copied and sorted on every call (resolution asks for every label it reads)
  const sorted = (sets: Map<string, Set<string>>) => new Map([...sets].map(([camp, set]) => [camp, Object.freeze([...set].sort())]));
  const opponentsSorted = sorted(opponents);
  const alliesSorted = sorted(allies);
  return {
    campOf: (id) => camps.get(id),
    forceCampOf,
    clientOf: (id) => {
      const backs = byId.get(id)?.relations.find((r) => r.type === "backs");
      return backs ? camps.get(backs.target) : undefined;
    },
    opponentsOf: (camp) => opponentsSorted.get(camp) ?? NONE,
    alliesOf: (camp) => alliesSorted.get(camp) ?? NONE,
    isPerson: (id) => byId.get(id)?.kind === "person",
    isActor: (id) => actors.has(id),
    kindOf: (id) => byId.get(id)?.kind,
  };
}
