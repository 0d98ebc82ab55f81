import type { Encoding } from "../io/decode";
import type { FieldMap } from "./fields";
import type { ImportedArticle } from "./schema";

/** What reading the sources yields, in order: articles, rows or files skipped (and why), and progress through big files. */
export type ImportEvent =
  | { kind: "article"; article: ImportedArticle }
  | { kind: "skipped"; source: string; line: number | null; reason: string }
  | { kind: "progress"; source: string; bytesRead: number; bytesTotal: number };

export interface ImportOptions {
  /** Field → column (or key) name, overriding the common names (`--map`). */
  map?: FieldMap;
  /** The outlet of every article read (`--outlet`). */
  outlet?: string;
  /** In a folder given, the first sub-folder names the outlet of the files under it (`--outlet-from-folder`). */
  outletFromFolder?: boolean;
  /** Forces the encoding of every file instead of detecting it. */
  encoding?: Encoding;
}

/** What a reader of one file knows besides the file. */
export interface SourceContext {
  readonly options: ImportOptions;
  /** The outlet the file's folder names (outletFromFolder). */
  readonly folderOutlet?: string;
}

export const skipped = (source: string, line: number | null, reason: string): ImportEvent => ({ kind: "skipped", source, line, reason });
