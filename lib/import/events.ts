import type { Encoding } from "../io/decode";
import type { FileDigest } from "../io/stream";
import type { FieldMap } from "./fields";
import type { ImportedArticle } from "./schema";

/** An export file as read: its bytes and the options that decide what its rows become. */
export interface ExportIdentity extends FileDigest {
  /** The read options that apply to this file (`--map`, `--outlet`, the folder's outlet), as JSON. */
  readonly options: string;
}

/**
 * What reading the sources yields, in order: articles, rows or files skipped (and why), progress
 * through big files, and for each export file either `known` (recognised unchanged, not read) or,
 * after its last row, `read` (read to its end).
 */
export type ImportEvent =
  | { kind: "article"; article: ImportedArticle }
  | { kind: "skipped"; source: string; line: number | null; reason: string }
  | { kind: "progress"; source: string; bytesRead: number; bytesTotal: number }
  | { kind: "known"; source: string; identity: ExportIdentity }
  | { kind: "read"; source: string; identity: ExportIdentity };

export interface ImportOptions {
  /** Field → column (or key) name, overriding the common names (`--map`). */
  map?: FieldMap;
  /** The outlet of every article read (`--outlet`). */
  outlet?: string;
  /** In a folder given, the first sub-folder names the outlet of the files under it (`--outlet-from-folder`). */
  outletFromFolder?: boolean;
  /** Forces the encoding of every file instead of detecting it. */
  encoding?: Encoding;
  /** Whether an export file with this identity was imported whole before: such a file is not read again (event `known`). */
  isKnown?: (identity: ExportIdentity) => Promise<boolean>;
  /**
   * Whether an export file of this size was imported whole with these read options: only then is a
   * file hashed before it is read (to be recognised); any other is hashed as it is parsed, in one
   * pass. Without it, every export file is hashed first.
   */
  sizeKnown?: (size: number, options: string) => Promise<boolean>;
}

/** What a reader of one file knows besides the file. */
export interface SourceContext {
  readonly options: ImportOptions;
  /** The outlet the file's folder names (outletFromFolder). */
  readonly folderOutlet?: string;
}

export const skipped = (source: string, line: number | null, reason: string): ImportEvent => ({ kind: "skipped", source, line, reason });
