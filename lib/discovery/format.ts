import type { Occurrence } from "./mine";
import type { OutletCandidates } from "./rank";

const WINDOW = 30;

/** One keyword-in-context line: the phrase and the anchor name marked, on the original text. */
export function kwicLine(body: string, o: Occurrence): string {
  const from = Math.min(o.start, o.anchor.start);
  const to = Math.max(o.end, o.anchor.end);
  const left = body.slice(Math.max(0, from - WINDOW), from).replace(/\s+/g, " ");
  const right = body.slice(to, to + WINDOW).replace(/\s+/g, " ");
  const middle = o.side === "before"
    ? `«${body.slice(o.start, o.end)}»${body.slice(o.end, o.anchor.start)}[${o.anchor.text}]`
    : `[${o.anchor.text}]${body.slice(o.anchor.end, o.start)}«${body.slice(o.start, o.end)}»`;
  return `…${left}${middle.replace(/\s+/g, " ")}${right}…`;
}

/** The candidates as text: per outlet, ranked, with their spellings and examples in context. */
export function discoveryText(target: string, outlets: readonly OutletCandidates[], bodies: ReadonlyMap<string, string>): string {
  const out: string[] = [`Candidates around the names of "${target}" (signed G² of each outlet against the others):`];
  for (const o of outlets) {
    out.push("", `${o.outlet} (${o.articles} article(s), ${o.words} words)`);
    if (o.candidates.length === 0) out.push("  (none)");
    for (const c of o.candidates) {
      const spellings = c.spellings.map((s) => `${s.text} ×${s.count}`).join("، ");
      out.push(`  ${c.side === "before" ? "before" : "after "}  ${spellings}   n=${c.count} elsewhere=${c.elsewhere} G²=${c.g2.toFixed(2)} p=${c.p.toFixed(3)}   key: ${c.key}`);
      for (const k of c.kwic) out.push(`      ${kwicLine(bodies.get(k.article) ?? "", k)}`);
    }
  }
  return out.join("\n") + "\n";
}
