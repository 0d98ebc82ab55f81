import type { Match } from "../analysis/analyze-text";
import type { EntryView } from "../report/article-view";
import { escapeHtml as esc } from "../report/framing/escape";
import type { TargetLabel } from "./material";
import type { Lesson } from "./schema";

/**
 * A printable worksheet (articles, questions, a glossary) and its separate
 * answer key (the same articles with every loaded term marked, and the
 * answers). Self-contained HTML; PDF is this printed by Chromium.
 */
export interface WorksheetArticle {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
  readonly body: string;
  readonly matches: readonly Match[];
}

export interface WorksheetInput {
  readonly lesson: Lesson;
  readonly articles: readonly WorksheetArticle[];
  readonly glossary: readonly EntryView[];
  /** The lesson's targets with their labels (students see labels, not ids). */
  readonly targets: readonly TargetLabel[];
  readonly answers: boolean;
  readonly fontBase64?: string;
}

const ar = (s: string) => `<span dir="rtl" lang="ar" class="ar">${esc(s)}</span>`;

function markedBody(a: WorksheetArticle, lessonTargets: readonly string[], targets: readonly TargetLabel[]): string {
  const keep = a.matches.filter((m) => lessonTargets.includes(m.target));
  let html = "";
  let at = 0;
  for (const m of keep) {
    html += esc(a.body.slice(at, m.start));
    const sign = m.valence > 0 ? "▲" : m.valence < 0 ? "▼" : "●";
    html += `<mark class="v${Math.sign(m.valence)}" title="${esc(m.term)}">${esc(a.body.slice(m.start, m.end))}<sup>${sign}${esc(targets.find((t) => t.id === m.target)?.label ?? m.target)}</sup></mark>`;
    at = m.end;
  }
  return html + esc(a.body.slice(at));
}

function answerOf(q: Lesson["questions"][number]): string {
  if (q.answer === undefined) return "(open question: discuss)";
  if (typeof q.answer === "number" && q.choices) return `${String.fromCharCode(65 + q.answer)}. ${q.choices[q.answer]}`;
  return String(q.answer);
}

export function worksheetHtml({ lesson, articles, glossary, targets, answers, fontBase64 }: WorksheetInput): string {
  const labelOf = (id: string) => {
    const t = targets.find((x) => x.id === id);
    return t ? `${esc(t.label)} (${ar(t.label_ar)})` : esc(id);
  };
  const face = fontBase64 ? `@font-face{font-family:"Noto Naskh Arabic";src:url(data:font/woff2;base64,${fontBase64}) format("woff2")}` : "";
  const css = `<style>${face}body{font-family:system-ui,Arial,sans-serif;max-width:900px;margin:1.5rem auto;padding:0 1rem;line-height:1.6}
.ar,[lang=ar]{font-family:"Noto Naskh Arabic","Amiri","Arial",serif}article{border:1px solid #bbb;padding:.6rem 1rem;margin:1rem 0;break-inside:auto}
.body{white-space:pre-wrap;font-size:1.1rem}mark.v1{background:#cfe3f5}mark.v-1{background:#f7d0d4}mark.v0{background:#eee}mark sup{font-size:.6em;margin-inline-start:.15em}
ol li{margin:.6rem 0}.lines{border-bottom:1px solid #999;height:1.6rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top}
.answer{background:#eef7ee;padding:.3rem .5rem}@media print{body{margin:0}h3{break-after:avoid}}</style>`;
  const kind = answers ? "Answer key" : "Worksheet";
  const articleHtml = articles
    .map(
      (a, k) => `<article><h3>${k + 1}. ${ar(a.title)}</h3><p>${ar(a.outlet)} · <bdi dir="ltr">${esc(a.date ?? "undated")}</bdi></p><div class="body" dir="rtl" lang="ar">${answers ? markedBody(a, lesson.targets, targets) : esc(a.body)}</div></article>`,
    )
    .join("");
  const questions = lesson.questions
    .map((q) => {
      const choices = q.choices ? `<ol type="A">${q.choices.map((c) => `<li>${esc(c)}</li>`).join("")}</ol>` : "";
      const after = answers ? `<p class="answer"><b>Answer:</b> ${esc(answerOf(q))}</p>` : q.kind === "open" ? `<div class="lines"></div><div class="lines"></div>` : "";
      return `<li><p>${esc(q.text)}</p>${q.text_ar ? `<p>${ar(q.text_ar)}</p>` : ""}${choices}${after}</li>`;
    })
    .join("");
  const glossaryRows = glossary
    .map((g) => `<tr><td>${ar(g.forms.slice(0, 2).join("، "))}</td><td>${esc(g.gloss)}</td><td>${esc(g.targetLabel)}</td>${answers ? `<td>${g.valence > 0 ? "+" : ""}${g.valence}</td><td>${esc(g.rationale)}</td>` : ""}</tr>`)
    .join("");
  const spotList = answers
    ? `<h2>Loaded terms to find</h2>${articles
        .map((a) => `<h3>${ar(a.outlet)}</h3><ul>${a.matches.filter((m) => lesson.targets.includes(m.target)).map((m) => `<li>${ar(m.text)} — ${esc(glossary.find((g) => g.term === m.term)?.gloss ?? m.term)} (${labelOf(m.target)}, ${m.valence > 0 ? "+" : ""}${m.valence}, ${esc(m.voice)})</li>`).join("")}</ul>`)
        .join("")}`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(kind)}: ${esc(lesson.title)}</title>${css}</head><body>
<header><h1>${esc(lesson.title)}${lesson.title_ar ? ` — ${ar(lesson.title_ar)}` : ""}</h1><p><b>${esc(kind)}</b>${lesson.level ? ` · ${esc(lesson.level)}` : ""}</p>${answers ? "" : "<p>Name: ____________________ Date: __________</p>"}<p>${esc(lesson.summary)}</p></header>
<main><h2>Articles</h2><p>${answers ? "Every loaded term of the lesson's targets is marked: ▲ legitimizing, ▼ delegitimizing, ● neutral naming." : "Underline every word or phrase that names or labels: " + lesson.targets.map(labelOf).join(", ") + ". Write above it whom it frames."}</p>${articleHtml}
<h2>Questions</h2><ol>${questions}</ol>${spotList}
<h2>Glossary</h2><table><thead><tr><th>Term</th><th>Gloss</th><th>Refers to</th>${answers ? "<th>Valence</th><th>Why it is loaded</th>" : ""}</tr></thead><tbody>${glossaryRows}</tbody></table></main></body></html>
`;
}
