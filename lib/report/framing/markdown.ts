import { METHODOLOGY } from "./methodology";
import type { FramingReport } from "./model";

/** The report as Markdown: the same sections and numbers as the HTML, as tables. */
const cell = (s: unknown) => String(s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: unknown[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: unknown[][]) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const signed = (x: number | null) => (x === null ? "–" : `${x > 0 ? "+" : ""}${x.toFixed(2)}`);

/** The Markdown's lines (or blocks of lines), joined by line breaks as they come. */
export async function* reportMarkdown(r: FramingReport): AsyncGenerator<string> {
  let first = true;
  for await (const line of markdownLines(r)) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

async function* markdownLines(r: FramingReport): AsyncGenerator<string> {
  yield* [`# ${r.title}`, "", `Lexicon ${r.lexicon.id} ${r.lexicon.version} (${r.lexicon.entries} entries, content ${r.lexicon.lexicon_version}). Generated ${r.generated}.`, "", "## Corpus", ""];
  yield* [table(["Outlet", "Articles", "Words"], r.outlets.map((o) => [o.outlet, o.articles, o.words])), ""];
  // the articles list is a table written row by row: the rows may come from the store as they are written
  const head = ["Article", "Outlet", "Title", "Date", "Words"];
  yield* [row(head), row(head.map(() => "---"))];
  for await (const a of r.articles) yield row([a.id, a.outlet, a.title, a.date ?? "–", a.words]);
  yield* ["", "## Targets", ""];
  for (const t of r.targets) {
    yield* [`### ${t.label} — ${t.label_ar} (${t.mentions} mentions)`, ""];
    const rows = t.naming.map((n, k) => {
      const s = t.stance[k]!;
      return [
        n.outlet,
        ...t.terms.map((term) => (n.counts[term.term] ? `${n.counts[term.term]} (${Math.round((n.shares[term.term] ?? 0) * 100)}%)` : "0")),
        n.total,
        s.n ? `${signed(s.mean)} [${signed(s.low)}, ${signed(s.high)}] n=${s.n}` : "no own-voice mentions",
        `${t.density[k]!.density.toFixed(2)} (${t.density[k]!.loaded})`,
      ];
    });
    yield* [table(["Outlet", ...t.terms.map((term) => `${term.form} (${term.gloss})`), "n", "Stance [95% CI]", "Loaded /1k"], rows), ""];
  }
  yield* ["## Framing over time", ""];
  if (!r.time) yield* ["No article of this selection has a date precise enough to place it in a period.", ""];
  for (const t of r.time?.timelines ?? []) {
    const form = new Map(t.terms.map((term) => [term.term, term.form]));
    yield* [`### ${t.label}, by ${t.interval}`, ""];
    // a table per outlet's series: by day, a target's table runs to thousands of rows
    const head = ["Outlet", "Period", "Articles", "Words", "Mentions", "Per 1,000 words", "Articles mentioning", "Naming"];
    yield* [row(head), row(head.map(() => "---"))];
    for (const s of t.series) {
      if (s.points.length === 0) continue;
      const rows = s.points.map((p) => [s.outlet, p.period, p.articles, p.words, p.mentions, p.density.toFixed(2), `${Math.round(p.share * 100)}% (${p.mentioning})`, p.naming.map((n) => `${form.get(n.term) ?? n.term} ${Math.round(n.share * 100)}% (${n.count})`).join(", ")]);
      yield rows.map(row).join("\n");
    }
    yield "";
  }
  yield* ["## Distinctive vocabulary (keyness)", ""];
  for (const k of r.keyness) yield* [`### ${k.outlet}`, "", table(["Word", "G²", "p", "In outlet", "In others", ""], k.words.map((w) => [w.word, w.g2.toFixed(2), w.p.toFixed(3), w.target, w.reference, w.candidate ? "not in the lexicon" : "in lexicon"])), ""];
  yield* ["## Candidates: what the lexicon does not list yet", ""];
  if (r.candidates.length === 0) yield* ["No phrase occurs at least twice next to a target's names in one outlet.", ""];
  for (const t of r.candidates) {
    for (const o of t.outlets) {
      yield* [`### ${t.label} — ${o.outlet}`, ""];
      yield* [table(["As written", "Place", "G²", "p", "In outlet", "In others", "In context"], o.candidates.map((c) => [c.spellings.map((s) => `${s.text} ×${s.count}`).join("، "), c.side, c.g2.toFixed(2), c.p.toFixed(3), c.count, c.elsewhere, c.kwic.join(" / ")])), ""];
    }
  }
  yield* ["## Keywords in context", ""];
  for (const k of r.kwic) {
    yield* [`### ${k.form} (${k.gloss}) — ${k.outlet}`, ""];
    for (const l of k.lines) yield `- ${l.sentence.slice(0, l.start)}**${l.sentence.slice(l.start, l.end)}**${l.sentence.slice(l.end)} (${l.article}, ${l.voice})`;
    yield "";
  }
  yield* ["## Framing swaps", "", r.swapsSkipped ? `Not searched: ${r.swapsSkipped}.` : r.swaps.length ? table(["Target", "A", "B"], r.swaps.map((s) => [s.target, `${s.a}: ${s.aText}`, `${s.b}: ${s.bText}`])) : "None found between articles on the same story.", ""];
  yield* ["## Methodology and limits", "", ...METHODOLOGY.flatMap((p) => [p, ""])];
  yield* ["## Lexicon entries used", "", table(["Term", "Target", "Category", "Valence", "Gloss", "Rationale"], r.entries.map((e) => [e.forms.slice(0, 3).join("، "), e.target, e.category, e.valence, e.gloss, e.rationale])), ""];
}
