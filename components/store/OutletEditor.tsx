"use client";

import { useState } from "react";
import type { Lang } from "@/messages/lang";
import { storeDict } from "@/messages/store";

interface Meta {
  name: string;
  name_en: string | null;
  country: string | null;
  group: string | null;
}

/** One outlet's English name, country and group, saved to POST /api/outlets. */
export function OutletEditor({ lang, outlet }: { lang: Lang; outlet: Meta }) {
  const t = storeDict(lang).editor;
  const [meta, setMeta] = useState(outlet);
  const [status, setStatus] = useState("");
  const field = (key: "name_en" | "country" | "group", label: string) => (
    <label>
      {label} <input value={meta[key] ?? ""} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} size={14} />
    </label>
  );
  const save = async () => {
    setStatus(t.saving);
    const response = await fetch("/api/outlets", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(meta) });
    setStatus(response.ok ? t.saved : t.notSaved((await response.json()).error));
  };
  return (
    <form
      className="outlet-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {field("name_en", t.nameEn)}
      {field("country", t.country)}
      {field("group", t.group)}
      <button type="submit">{t.save}</button> <span role="status">{status}</span>
    </form>
  );
}
