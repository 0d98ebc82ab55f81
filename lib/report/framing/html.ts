import type { Passage } from "../passages";
import { escapeHtml as esc } from "./escape";
import { METHODOLOGY } from "./methodology";
import type { FramingReport } from "./model";
import { termFills, valenceIcon } from "../valence";
import { densityChart, namingChart, stanceChart } from "./svg";
import { timeChart } from "./time-svg";

/**
 * The report as one self-contained HTML file: inline CSS and SVG, the
 * Arabic font embedded when given (else a fallback stack), print CSS, no
 * script, no network. Every string from the corpus is escaped.
 */
export interface HtmlOptions {
  /** Base64 of a WOFF2 Arabic font to embed. */
  readonly fontBase64?: string;
}

const ar = (text: string) => `<span dir="rtl" lang="ar" class="ar">${esc(text)}</span>`;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number | null) => (x === null ? "–" : `${x > 0 ? "+" : ""}${x.toFixed(2)}`);

function style(font?: string): string {
  const face = font ? `@font-face{font-family:"Noto Naskh Arabic";src:url(data:font/woff2;base64,${font}) format("woff2");font-weight:400;font-display:swap}` : "";
  return `<style>${face}
body{font-family:system-ui,"Segoe UI",Arial,sans-serif;color:#111;max-width:980px;margin:2rem auto;padding:0 1rem;line-height:1.5}
.ar,[lang=ar]{font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic","Arial",serif;direction:rtl;unicode-bidi:isolate}
h1{font-size:1.7rem}h2{border-bottom:2px solid #1b6ca8;padding-bottom:.2rem;margin-top:2.2rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:start;vertical-align:top}th{background:#f2f4f7}
td.num{text-align:end;font-variant-numeric:tabular-nums}.candidate{background:#fff4d6}.muted{color:#555;font-size:.9rem}
mark{background:#ffe08a;padding:0 .1em}.kwic{margin:.2rem 0}.swatch{display:inline-block;width:.8em;height:.8em;margin-inline-end:.3em;vertical-align:middle}
svg.chart{display:block;max-width:100%;height:auto;margin:.4rem 0;font-family:inherit}figure.chart-figure{margin:.8rem 0}figure.chart-figure h4{margin:.2rem 0}p.guide{margin:.1rem 0 .3rem;color:#444;font-size:.9em}i.swatch.hostile{background-image:repeating-linear-gradient(45deg,rgba(255,255,255,.55) 0 2px,transparent 2px 5px)!important}
@media print{body{margin:0;max-width:none}h2{page-break-before:auto;break-after:avoid}section.target,table,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style>`;
}

async function* corpusSection(r: FramingReport): AsyncGenerator<string> {
  const filters = [
    ...(r.filter.ids.length ? [`articles: ${r.filter.ids.map(esc).join(", ")}`] : []),
    r.filter.outlets.length ? `outlets: ${r.filter.outlets.map(esc).join(", ")}` : "all outlets",
    r.filter.targets.length ? `targets: ${r.filter.targets.map(esc).join(", ")}` : "all targets",
    r.filter.from || r.filter.to ? `dates ${esc(r.filter.from ?? "…")} to ${esc(r.filter.to ?? "…")}` : "all dates",
    r.filter.voice === "own" ? "the outlets' own words only" : "all voices",
  ].join("; ");
  const outlets = r.outlets
    .map((o) => `<tr><td>${ar(o.outlet)}${o.outlet_en ? ` <span class="muted">${esc(o.outlet_en)}</span>` : ""}</td><td class="num">${o.articles}</td><td class="num">${o.words}</td></tr>`)
    .join("");
  yield `<section id="corpus"><h2>Corpus</h2>
<p>Lexicon <b>${esc(r.lexicon.id)}</b> version ${esc(r.lexicon.version)} (${r.lexicon.entries} entries, content ${esc(r.lexicon.lexicon_version)}). Selection: ${filters}. Generated ${esc(r.generated)}.</p>
<table><thead><tr><th>Outlet</th><th>Articles</th><th>Words</th></tr></thead><tbody>${outlets}</tbody></table>
<table><thead><tr><th>Article</th><th>Outlet</th><th>Title</th><th>Date</th><th>Words</th></tr></thead><tbody>`;
  // row by row: the rows may come from the store as they are written
  for await (const a of r.articles) yield `<tr><td>${esc(a.id)}</td><td>${ar(a.outlet)}</td><td>${ar(a.title)}</td><td>${esc(a.date ?? "–")}</td><td class="num">${a.words}</td></tr>`;
  yield `</tbody></table></section>`;
}

/** Every chart's title and one-line reading guide. */
const CHART_GUIDES = {
  naming: {
    title: (label: string) => `Naming: which names each outlet uses for ${label}`,
    guide: "Each bar is 100% of an outlet's naming mentions, split by name; red (hatched, ▼) names are hostile, blue (▲) favourable, grey (●) neutral; n is the number of mentions.",
  },
  stance: {
    title: (label: string) => `Stance: how each outlet's own words lean toward ${label}`,
    guide: "The bar is the mean valence of the outlet's own-voice mentions, from −2 hostile (red, left) to +2 favourable (blue, right); the whisker is the 95% interval; faded bars rest on fewer than 5 mentions.",
  },
  density: {
    title: (label: string) => `Density: how many loaded terms about ${label} per 1,000 words`,
    guide: "Longer bars mean more loaded mentions of the target per 1,000 words of the outlet, whatever their direction.",
  },
} as const;

function chartFigure(kind: (typeof CHART_GUIDES)[keyof typeof CHART_GUIDES], t: FramingReport["targets"][number], body: string): string {
  return `<figure class="chart-figure"><figcaption><h4>${esc(kind.title(t.label))}</h4><p class="guide">${esc(kind.guide)}</p></figcaption>${body}</figure>`;
}

function targetSection(r: FramingReport): string {
  return r.targets
    .map((t) => {
      const fills = termFills(t.terms);
      const legend = t.terms
        .map((term) => `<span><i class="swatch${term.valence < 0 ? " hostile" : ""}" style="background:${fills[term.term]}"></i>${ar(term.form)} <span class="muted">${valenceIcon(term.valence)} ${esc(term.gloss)} (${term.valence > 0 ? "+" : ""}${term.valence})</span></span>`)
        .join(" · ");
      const head = `<tr><th>Outlet</th>${t.terms.map((term) => `<th>${ar(term.form)}</th>`).join("")}<th>n</th><th>Stance [95% CI]</th><th>Loaded /1k words</th></tr>`;
      const rows = t.naming
        .map((row, k) => {
          const st = t.stance[k]!;
          const de = t.density[k]!;
          const cells = t.terms.map((term) => {
            const count = row.counts[term.term] ?? 0;
            return `<td class="num" data-outlet="${esc(row.outlet)}" data-term="${esc(term.term)}" data-count="${count}">${count}${count ? ` (${pct(row.shares[term.term] ?? 0)})` : ""}</td>`;
          });
          const stance = st.n ? `${signed(st.mean)} [${signed(st.low)}, ${signed(st.high)}] n=${st.n}` : "no own-voice mentions";
          return `<tr><td>${ar(row.outlet)}</td>${cells.join("")}<td class="num">${row.total}</td><td>${stance}</td><td class="num">${de.density.toFixed(2)} (${de.loaded})</td></tr>`;
        })
        .join("");
      return `<section class="target" id="target-${esc(t.target)}" data-target="${esc(t.target)}"><h3>${esc(t.label)} — ${ar(t.label_ar)} <span class="muted">(${t.mentions} mentions)</span></h3>
${chartFigure(CHART_GUIDES.naming, t, `<p class="legend">${legend}</p>${namingChart(t)}`)}${chartFigure(CHART_GUIDES.stance, t, stanceChart(t))}${chartFigure(CHART_GUIDES.density, t, densityChart(t))}
<table class="naming" data-target="${esc(t.target)}"><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
    })
    .join("");
}

const TIME_GUIDE = (interval: string) =>
  `Each row is an outlet, each column a ${interval}; the bar splits that ${interval}'s naming mentions by name in the colours above (red hatched ▼ hostile, blue ▲ favourable, grey ● neutral), so a change of colour along a row is a change of name; an empty frame means articles that do not name the target. The table gives mentions per 1,000 words and the share of articles that mention it.`;

function* timeSection(r: FramingReport): Generator<string> {
  if (!r.time) return yield `<section id="time"><h2>Framing over time</h2><p>No article of this selection has a date precise enough to place it in a period.</p></section>`;
  const { interval } = r.time;
  const source = r.time.from === "store" ? "summed in the store, as <code>adasa timeline</code> gives them" : "summed from the articles as <code>adasa timeline</code> sums them in the store";
  yield `<section id="time"><h2>Framing over time</h2><p class="muted">Per target, outlet and ${esc(interval)}: the numbers ${source}; articles dated less precisely than a ${esc(interval)} are left out.</p>`;
  for (const t of r.time.timelines) {
    const form = new Map(t.terms.map((term) => [term.term, term]));
    yield `<section class="time" data-target="${esc(t.target)}"><h3>${esc(t.label)}</h3><figure class="chart-figure"><figcaption><h4>${esc(`Naming of ${t.label} over time, per outlet and ${interval}`)}</h4><p class="guide">${esc(TIME_GUIDE(interval))}</p></figcaption>${timeChart(t)}</figure>
<table class="time" data-target="${esc(t.target)}"><thead><tr><th>Outlet</th><th>${esc(interval[0]!.toUpperCase() + interval.slice(1))}</th><th>Articles</th><th>Words</th><th>Mentions</th><th>Per 1,000 words</th><th>Articles mentioning</th><th>Naming</th></tr></thead><tbody>`;
    // an outlet's rows at a time: by day, a target's table runs to thousands of rows
    for (const s of t.series) {
      yield s.points
        .map((p) => {
          const naming = p.naming.map((n) => `${ar(form.get(n.term)?.form ?? n.term)} ${valenceIcon(form.get(n.term)?.valence ?? 0)} ${pct(n.share)} (${n.count})`).join("<br>");
          return `<tr data-outlet="${esc(s.outlet)}" data-period="${esc(p.period)}"><td>${ar(s.outlet)}</td><td>${esc(p.period)}</td><td class="num">${p.articles}</td><td class="num">${p.words}</td><td class="num">${p.mentions}</td><td class="num">${p.density.toFixed(2)}</td><td class="num">${pct(p.share)} (${p.mentioning})</td><td>${naming || "–"}</td></tr>`;
        })
        .join("");
    }
    yield `</tbody></table></section>`;
  }
  yield `</section>`;
}

function keynessSection(r: FramingReport): string {
  if (r.keyness.length === 0) return `<section id="keyness"><h2>Distinctive vocabulary</h2><p>Keyness needs at least two outlets.</p></section>`;
  const blocks = r.keyness
    .map(
      (k) => `<h3>${ar(k.outlet)}</h3><table data-outlet="${esc(k.outlet)}"><thead><tr><th>Word</th><th>G²</th><th>p</th><th>In outlet</th><th>In others</th><th></th></tr></thead><tbody>${k.words
        .map(
          (w) =>
            `<tr class="${w.candidate ? "candidate" : ""}"><td>${ar(w.word)}</td><td class="num">${w.g2.toFixed(2)}</td><td class="num">${w.p < 0.001 ? "<0.001" : w.p.toFixed(3)}</td><td class="num">${w.target}</td><td class="num">${w.reference}</td><td>${w.candidate ? "not in the lexicon" : "in lexicon"}</td></tr>`,
        )
        .join("")}</tbody></table>`,
    )
    .join("");
  return `<section id="keyness"><h2>Distinctive vocabulary (keyness)</h2><p class="muted">Signed log-likelihood G² of each outlet against all the others. "Not in the lexicon": a word in no lexicon form; the candidates section below reads such words next to the targets' names.</p>${blocks}</section>`;
}

function candidatesSection(r: FramingReport): string {
  const blocks = r.candidates
    .map(
      (t) =>
        `<h3>${esc(t.label)}</h3>${t.outlets
          .map(
            (o) =>
              `<h4>${ar(o.outlet)}</h4><table data-target="${esc(t.target)}" data-outlet="${esc(o.outlet)}"><thead><tr><th>As written</th><th>Place</th><th>G²</th><th>p</th><th>In outlet</th><th>In others</th><th>In context</th></tr></thead><tbody>${o.candidates
                .map(
                  (c) =>
                    `<tr class="candidate"><td>${ar(c.spellings.map((s) => `${s.text} ×${s.count}`).join("، "))}</td><td>${c.side === "before" ? "before the name" : "after the name"}</td><td class="num">${c.g2.toFixed(2)}</td><td class="num">${c.p < 0.001 ? "<0.001" : c.p.toFixed(3)}</td><td class="num">${c.count}</td><td class="num">${c.elsewhere}</td><td>${c.kwic.map((k) => `<p class="kwic" dir="rtl" lang="ar">${esc(k)}</p>`).join("")}</td></tr>`,
                )
                .join("")}</tbody></table>`,
          )
          .join("")}`,
    )
    .join("");
  return `<section id="candidates"><h2>Candidates: what the lexicon does not list yet</h2><p class="muted">Per target and outlet, the phrases written right before or after the target's names that no entry covers, ranked by signed G² against the other outlets (as <code>adasa discover</code> ranks them); spelling variants grouped, shown as written; «» marks the phrase, [] the name. Read them in context before adding them to the lexicon.</p>${blocks || "<p>No phrase occurs at least twice next to a target's names in one outlet.</p>"}</section>`;
}

function kwicLine(p: Passage): string {
  const s = p.sentence;
  return `<p class="kwic" dir="rtl" lang="ar">${esc(s.slice(0, p.start))}<mark>${esc(s.slice(p.start, p.end))}</mark>${esc(s.slice(p.end))} <span class="muted" dir="ltr">(${esc(p.article)}, ${esc(p.voice)}${p.scare_quoted ? ", scare quotes" : ""})</span></p>`;
}

function kwicSection(r: FramingReport): string {
  const blocks = r.kwic.map((k) => `<h3>${ar(k.form)} <span class="muted">${esc(k.gloss)} — ${esc(k.target)} — </span>${ar(k.outlet)}</h3>${k.lines.map(kwicLine).join("")}`).join("");
  return `<section id="kwic"><h2>Keywords in context</h2>${blocks || "<p>No loaded terms in this selection.</p>"}</section>`;
}

function swapSection(r: FramingReport): string {
  if (r.swapsSkipped) return `<section id="swaps"><h2>Framing swaps</h2><p>Not searched: ${esc(r.swapsSkipped)}.</p></section>`;
  if (r.swaps.length === 0) return `<section id="swaps"><h2>Framing swaps</h2><p>No two articles of this selection tell the same story closely enough to compare their wording.</p></section>`;
  const rows = r.swaps
    .map((s) => `<tr><td>${esc(s.target)}</td><td>${esc(s.a)}: ${ar(s.aText)}</td><td>${esc(s.b)}: ${ar(s.bText)}</td><td>${ar(s.aSentence)}<br>${ar(s.bSentence)}</td></tr>`)
    .join("");
  return `<section id="swaps"><h2>Framing swaps</h2><table><thead><tr><th>Target</th><th>A</th><th>B</th><th>Sentences</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function entriesSection(r: FramingReport): string {
  const rows = r.entries
    .map((e) => `<tr><td>${ar(e.forms.slice(0, 3).join("، "))}</td><td>${esc(e.target)}</td><td>${esc(e.category)}</td><td class="num">${e.valence > 0 ? "+" : ""}${e.valence}</td><td>${esc(e.gloss)}</td><td>${esc(e.rationale)}</td></tr>`)
    .join("");
  return `<section id="lexicon"><h2>Lexicon entries used</h2><table><thead><tr><th>Term</th><th>Target</th><th>Category</th><th>Valence</th><th>Gloss</th><th>Rationale</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export async function* reportHtml(r: FramingReport, options: HtmlOptions = {}): AsyncGenerator<string> {
  yield `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(r.title)}</title>${style(options.fontBase64)}</head><body>
<header><h1>${esc(r.title)}</h1><p class="muted">Adasa (عدسة) framing report · lexicon ${esc(r.lexicon.id)} ${esc(r.lexicon.version)}</p>
<nav><a href="#corpus">Corpus</a> · <a href="#targets">Targets</a> · <a href="#time">Over time</a> · <a href="#keyness">Distinctive vocabulary</a> · <a href="#candidates">Candidates</a> · <a href="#kwic">Keywords in context</a> · <a href="#swaps">Framing swaps</a> · <a href="#methodology">Methodology</a> · <a href="#lexicon">Lexicon</a></nav></header>
<main>`;
  yield* corpusSection(r);
  yield `<section id="targets"><h2>Targets</h2>${targetSection(r)}</section>`;
  yield* timeSection(r);
  yield* [keynessSection(r), candidatesSection(r), kwicSection(r), swapSection(r)];
  yield `
<section id="methodology"><h2>Methodology and limits</h2>${METHODOLOGY.map((p) => `<p>${esc(p)}</p>`).join("")}</section>${entriesSection(r)}</main></body></html>
`;
}
