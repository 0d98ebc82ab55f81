import { campRight, resolvedTarget, type Evaluation, type Row } from "./score";

const pct = (x: number | null) => (x === null ? "   –  " : `${(100 * x).toFixed(1).padStart(5)}%`);

function rowLine(name: string, r: Row): string {
  return `  ${name.padEnd(16)} ${String(r.gold).padStart(5)} ${String(r.found).padStart(6)} ${pct(r.recall)}   ${String(r.matches).padStart(7)} ${String(r.correct).padStart(7)} ${pct(r.precision)}`;
}

function section(title: string, rows: Readonly<Record<string, Row>>): string[] {
  const head = `  ${title.padEnd(16)} ${"gold".padStart(5)} ${"found".padStart(6)} ${"recall".padStart(6)}   ${"matches".padStart(7)} ${"correct".padStart(7)} ${"prec.".padStart(6)}`;
  return [head, ...Object.entries(rows).map(([k, r]) => rowLine(k, r)), ""];
}

/** The evaluation as a plain-text table: overall, by category, by kind, by house style. */
export function evaluationTable(e: Evaluation): string {
  const lines = [
    `gold set: ${e.passages} passages, ${e.sentences} sentences, ${e.overall.gold} marked namings, ${e.traps} look-alike traps, ${e.senseTraps} other-sense traps`,
    "",
    ...section("overall", { all: e.overall }),
    ...section("by category", e.byCategory),
    ...section("by kind", e.byKind),
    ...section("by style", e.byStyle),
    `  side-switching labels resolved to the right camp: ${e.resolution.right}/${e.resolution.labels} ${pct(e.resolution.accuracy)}`,
    `  voice right where found:                         ${e.voice.right}/${e.voice.found} ${pct(e.voice.accuracy)}`,
    `  valence as the reader marks it, where found:     ${e.valence.right}/${e.valence.found} ${pct(e.valence.accuracy)}`,
    `  false hits on look-alike traps:                  ${e.trapHits}`,
    `  hits on same-spelled words in another sense:     ${e.senseHits} of ${e.senseTraps}`,
  ];
  return lines.join("\n") + "\n";
}

/** Every miss and false hit, passage by passage, for reading the disagreements. */
export function evaluationDetails(e: Evaluation): string {
  const out: string[] = [];
  for (const s of e.scores) {
    const lines = [
      ...s.missed.map((g) => `  missed  «${g.text}» ${g.spec.target}${g.spec.resolved ? `=${g.spec.resolved}` : ""} ${g.spec.category}${g.spec.nested ? " nested" : ""}${g.spec.force ? " force" : ""}`),
      ...s.falseHits.map((m) => `  false   «${m.text}» ${m.term} (${m.target})`),
      ...s.trapHits.map((m) => `  TRAP    «${m.text}» ${m.term} (${m.target})`),
      ...s.senseHits.map((m) => `  sense   «${m.text}» ${m.term} (${m.target})`),
      ...s.pairs.filter((p) => p.match.voice !== p.gold.spec.voice).map((p) => `  voice   «${p.gold.text}» reader ${p.gold.spec.voice}, engine ${p.match.voice}`),
      ...s.pairs.filter((p) => p.gold.spec.resolved !== null && !campRight(p)).map((p) => `  camp    «${p.gold.text}» reader ${p.gold.spec.resolved}, engine ${resolvedTarget(p.match) ?? "unresolved"}`),
    ];
    if (lines.length > 0) out.push(`${s.id}`, ...lines);
  }
  return out.join("\n") + "\n";
}
