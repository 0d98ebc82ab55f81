"use client";

import { useState, type FormEvent } from "react";
import { dict, type Lang } from "@/messages/ui";
import type { Comparison } from "@/lib/report/compare";
import { CollationSwaps } from "../diff/CollationSwaps";
import { CollationTable } from "../diff/CollationTable";
import { DiffLegend } from "../diff/DiffLegend";
import { DiffTable } from "../diff/DiffTable";
import { letterOf, SideHeads } from "../diff/SideHeads";
import { SwapSummary } from "../diff/SwapSummary";
import { FramingPanel } from "../reader/FramingPanel";
import { Legend } from "../reader/Legend";
import { Reader } from "../reader/Reader";

const MAX_TEXTS = 12;

interface Draft {
  readonly text: string;
  readonly outlet: string;
}

interface ApiError {
  readonly error: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

const empty = (): Draft => ({ text: "", outlet: "" });

/** "texts.1.text" → "Text 2 · text": which box an API issue is about. */
function issueWhere(path: string, lang: Lang): string {
  const m = /^texts\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!m) return path;
  const t = dict(lang).paste;
  return `${t.text(Number(m[1]) + 1)}${m[2] ? ` · ${m[2]}` : ""}`;
}

/**
 * Paste two or more texts, POST them to /api/compare, and show what comes
 * back: the same diff or collation and readers as the corpus pages. Nothing
 * is stored, on the server or here.
 */
export function PasteForm({ lang }: { lang: Lang }) {
  const t = dict(lang);
  const [drafts, setDrafts] = useState<Draft[]>([empty(), empty()]);
  const [result, setResult] = useState<Comparison | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (k: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d, j) => (j === k ? { ...d, ...patch } : d)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const texts = drafts.map((d) => ({ text: d.text, ...(d.outlet.trim() ? { outlet: d.outlet.trim() } : {}) }));
      const response = await fetch("/api/compare", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ texts }) });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const e = body as Partial<ApiError> | null;
        setError({ error: e?.error ?? `HTTP ${response.status}`, issues: e?.issues });
        setResult(null);
      } else {
        setResult(body as Comparison);
      }
    } catch {
      setError({ error: t.paste.network });
      setResult(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form className="paste-form" onSubmit={submit} aria-busy={busy}>
        <div className="paste-texts">
          {drafts.map((d, k) => (
            <fieldset className="paste-text" key={k}>
              <legend>{t.paste.text(k + 1)}</legend>
              <div className="field">
                <label htmlFor={`paste-outlet-${k}`}>{t.paste.outlet(k + 1)}</label>
                <input id={`paste-outlet-${k}`} name={`outlet-${k}`} type="text" dir="auto" value={d.outlet} onChange={(e) => update(k, { outlet: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`paste-text-${k}`}>{t.paste.textLabel(k + 1)}</label>
                <textarea id={`paste-text-${k}`} name={`text-${k}`} lang="ar" dir="rtl" value={d.text} onChange={(e) => update(k, { text: e.target.value })} />
              </div>
              {drafts.length > 2 && (
                <button type="button" className="secondary" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== k))}>
                  {t.paste.remove} ({t.paste.text(k + 1)})
                </button>
              )}
            </fieldset>
          ))}
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setDrafts((ds) => [...ds, empty()])} disabled={drafts.length >= MAX_TEXTS} data-testid="paste-add">
            {t.paste.add}
          </button>
          <button type="submit" data-testid="paste-submit" disabled={busy}>
            {busy ? t.paste.working : t.paste.submit}
          </button>
        </div>
      </form>
      <div role="alert" data-testid="paste-error">
        {error && (
          <div className="error">
            <p>
              <strong>{t.paste.error}:</strong> {error.error}
            </p>
            {error.issues && error.issues.length > 0 && (
              <ul>
                {error.issues.map((i, k) => (
                  <li key={k}>
                    {issueWhere(i.path, lang)}: {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <section className="paste-results" data-testid="paste-results" aria-live="polite" aria-label={t.paste.results}>
        {result && <PasteResults result={result} lang={lang} />}
      </section>
    </>
  );
}

function PasteResults({ result, lang }: { result: Comparison; lang: Lang }) {
  const t = dict(lang);
  const { views, diff, collation } = result;
  return (
    <>
      <h2>{t.paste.results}</h2>
      <SideHeads views={views} lang={lang} link={false} />
      {diff && views.length === 2 && (
        <>
          <SwapSummary swaps={diff.swaps} entries={{ ...views[1]!.entries, ...views[0]!.entries }} lang={lang} anchorOf={(k) => `pair-${k}`} />
          <h2>{t.compare.pairs}</h2>
          <DiffLegend lang={lang} />
          <DiffTable a={views[0]!} b={views[1]!} diff={diff} lang={lang} />
        </>
      )}
      {collation && (
        <>
          <h2>{t.compare.swaps}</h2>
          <CollationSwaps views={views} collation={collation} lang={lang} prefix="c-" />
          <h2>{t.collate.rows}</h2>
          <DiffLegend lang={lang} collation />
          <CollationTable views={views} collation={collation} lang={lang} prefix="c-" />
        </>
      )}
      <h2>{t.paste.readers}</h2>
      <div className="reader-layout">
        <div>
          {views.map((v, k) => (
            <section className="reader-card" key={k} aria-label={`${letterOf(k, lang)} · ${v.outlet}`}>
              <h3>
                {letterOf(k, lang)} ·{" "}
                <bdi lang="ar" className="ar">
                  {v.outlet}
                </bdi>
              </h3>
              <Reader view={v} lang={lang} prefix={`t${k}-`} corpusLinks={false} />
              <FramingPanel view={v} lang={lang} headingLevel={3} id={`t${k}-framing`} />
            </section>
          ))}
        </div>
        <aside className="side-panel" aria-label={t.reader.legend} tabIndex={0}>
          <Legend lang={lang} headingLevel={3} />
        </aside>
      </div>
    </>
  );
}
