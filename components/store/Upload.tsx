"use client";

import { useRef, useState, type DragEvent } from "react";
import type { Lang } from "@/messages/lang";
import { storeDict } from "@/messages/store";

interface FileResult {
  file: string;
  imported: number;
  duplicates: number;
  near_duplicates: number;
  skipped: { source: string; line: number | null; reason: string }[];
}

/** Drag-and-drop upload of CSV/JSONL/JSON/HTML/TXT files to POST /api/import, with progress and the summary of each file. */
export function Upload({ lang, accept }: { lang: Lang; accept: string }) {
  const t = storeDict(lang).upload;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [outlet, setOutlet] = useState("");

  const send = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const form = new FormData();
    for (const f of Array.from(files)) form.append("files", f);
    if (outlet.trim()) form.append("outlet", outlet.trim());
    setError(null);
    setProgress(0);
    // XMLHttpRequest, not fetch: it reports upload progress
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/import");
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((100 * e.loaded) / e.total));
    xhr.onload = () => {
      setProgress(null);
      const body = JSON.parse(xhr.responseText || "{}");
      if (xhr.status !== 200) setError(`${body.error ?? xhr.statusText}${body.issues ? `: ${body.issues.map((i: { path: string; message: string }) => `${i.path} ${i.message}`).join("; ")}` : ""}`);
      else setResults(body.files);
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t.failed);
    };
    xhr.send(form);
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    send(e.dataTransfer.files);
  };

  return (
    <section aria-labelledby="upload-title" className="upload">
      <h2 id="upload-title">{t.title}</h2>
      <label>
        {t.outlet}{" "}
        <input value={outlet} onChange={(e) => setOutlet(e.target.value)} dir="auto" />
      </label>
      <div
        className={`dropzone${over ? " over" : ""}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t.drop}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t.choose}
        </button>
        <input ref={input} type="file" multiple accept={accept} hidden onChange={(e) => send(e.target.files)} data-testid="upload-input" />
      </div>
      {progress !== null && <progress max={100} value={progress} aria-label={t.progress} />}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {results.length > 0 && (
        <ul data-testid="upload-results">
          {results.map((r) => (
            <li key={r.file}>
              <bdi>{r.file}</bdi>: {t.result(r.imported, r.duplicates, r.near_duplicates)}
              {r.skipped.length > 0 && `, ${t.skipped(r.skipped.length)} (${r.skipped.slice(0, 3).map((s) => `${s.line ?? ""} ${s.reason}`).join("; ")})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
