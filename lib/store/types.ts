import type { TextAnalysis } from "../analysis/analyze-text";
import type { TextRecord } from "../analysis/record";
import type { z } from "zod";
import type { TargetCounts } from "../analysis/tally";
import type { IntervalSchema } from "./timeline-query";
import type { Article } from "../corpus/schema";

/** An article to add to the store, with its content hash and near-duplicate signature computed. */
export interface NewArticle {
  readonly source: string;
  /** The row's line in a CSV/JSONL file, else null. */
  readonly line: number | null;
  readonly sourceId: string;
  readonly outlet: string;
  readonly outletEn: string | null;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly encoding: string | null;
  readonly body: string;
  readonly contentHash: string;
  /** MinHash signature and its LSH bands, for near-duplicate links; empty for none. */
  readonly signature: readonly number[];
  readonly bands: readonly number[];
  /** The signature as stored (fingerprint.ts's signatureText), when computed with it; else joined when inserted. */
  readonly signatureText?: string | null;
}

export interface ImportProblem {
  readonly source: string;
  readonly line: number | null;
  readonly reason: string;
}

export interface AddedArticles {
  /** Articles new to the store. */
  readonly imported: number;
  /** Articles whose normalized body the store already had (or that came twice in the batch). */
  readonly duplicates: number;
  /** New articles linked to an earlier one they nearly repeat. */
  readonly nearDuplicates: number;
}

/** What an analysis run stores for one text: its analysis and per-target counts. */
export type AnalysisRecord = TextRecord;

export interface LexiconVersion {
  readonly id: number;
  readonly hash: string;
}

export type { Resolution } from "../analysis/tally-rows";

/** What a comparison looks at, in the store: the web UI's and the report's filters. */
export interface StoreFilter {
  readonly ids?: readonly string[];
  readonly outlets?: readonly string[];
  /** Outlet groups (the outlets' free "group" tag). */
  readonly groups?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Side-switching labels counted toward their resolved camp (default), or left with their generic target. */
  readonly resolved?: boolean;
}

/** An analysed article read back from the store, in the engine's own shapes. */
export interface StoredResult {
  readonly article: Article;
  readonly analysis: TextAnalysis;
}

export interface OutletCounts {
  readonly outlet: string;
  readonly outlet_en: string | null;
  readonly articles: number;
  readonly words: number;
  readonly targets: readonly TargetCounts[];
}

export type Interval = z.infer<typeof IntervalSchema>;
export type { TimelineQuery } from "./timeline-query";

export interface TimelinePoint {
  readonly period: string;
  readonly articles: number;
  readonly words: number;
  readonly mentions: number;
  /** Mentions per 1,000 words. */
  readonly density: number;
  /** Articles that mention the target at least once. */
  readonly mentioning: number;
  /** `mentioning / articles`. */
  readonly share: number;
  readonly naming: readonly { readonly term: string; readonly count: number; readonly share: number }[];
}

export interface Timeline {
  readonly target: string;
  readonly interval: Interval;
  readonly series: readonly { readonly outlet: string; readonly points: readonly TimelinePoint[] }[];
}

export interface OutletMeta {
  readonly name: string;
  readonly name_en: string | null;
  readonly country: string | null;
  readonly group: string | null;
}
