import type { Occurrence } from "./mine";
import type { OutletCandidates } from "./rank";

const WINDOW = 30;

/** A piece of a keyword-in-context line: plain context, the candidate phrase, or the anchor name. */
export interface KwicPart {
  readonly text: string;
  readonly mark: "phrase" | "anchor" | null;
}

/**
 * One keyword-in-context line as parts, on the original text (diacritics kept,
 * runs of white space folded): the CLI prints it with «» and [], the web page marks it up.
 */
export function kwicParts(body: string, o: Occurrence): KwicPart[] {
  const from = Math.min(o.start, o.anchor.start);
  const to = Math.max(o.end, o.anchor.end);
  const fold = (s: string) => s.replace(/\s+/g, " ");
  const phrase: KwicPart = { text: fold(body.slice(o.start, o.end)), mark: "phrase" };
  const anchor: KwicPart = { text: fold(o.anchor.text), mark: "anchor" };
  const between: KwicPart = { text: fold(o.side === "before" ? body.slice(o.end, o.anchor.start) : body.slice(o.anchor.end, o.start)), mark: null };
  return [
    { text: `…${fold(body.slice(Math.max(0, from - WINDOW), from))}`, mark: null },
    ...(o.side === "before" ? [phrase, between, anchor] : [anchor, between, phrase]),
    { text: `${fold(body.slice(to, to + WINDOW))}…`, mark: null },
  ];
}

/** One keyword-in-context line as text: the phrase in «», the anchor name in []. */
export function kwicLine(body: string, o: Occurrence): string {
  return kwicParts(body, o)
    .map((p) => (p.mark === "phrase" ? `«${p.text}»` : p.mark === "anchor" ? `[${p.text}]` : p.text))
    .join("");
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
