import { z } from "zod";
import { reportCsv } from "./csv";
import { reportHtml } from "./html";
import { reportJson } from "./json";
import { reportMarkdown } from "./markdown";
import type { FramingReport } from "./model";

/** The report formats, and the text of each (PDF is the HTML, printed). */
export const ReportFormatSchema = z.enum(["html", "md", "json", "csv", "pdf"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
};

/** The report's text in pieces, as each renderer writes it (PDF: the HTML to print): one renderer per format, for the CLI, the web and the tests. */
export function renderReport(report: FramingReport, format: ReportFormat, fontBase64?: string): AsyncIterable<string> {
  switch (format) {
    case "json":
      return reportJson(report);
    case "csv":
      return reportCsv(report);
    case "md":
      return reportMarkdown(report);
    default:
      return reportHtml(report, { fontBase64 });
  }
}

/** Bytes of UTF-8 gathered before a block is handed on: one write (or one chunk of a response) per block, not per table row. */
const BLOCK_BYTES = 65_536;

/**
 * The pieces as blocks of about 64 KB of UTF-8, for a writer that waits for
 * its reader between blocks (stdout, a file, an HTTP response): each piece is
 * encoded on its own and the bytes concatenated, never one long string.
 */
export async function* utf8Blocks(pieces: AsyncIterable<string>, blockBytes = BLOCK_BYTES): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const piece of pieces) {
    const bytes = Buffer.from(piece);
    pending.push(bytes);
    size += bytes.length;
    if (size < blockBytes) continue;
    yield Buffer.concat(pending, size);
    pending = [];
    size = 0;
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

/** The whole text (for PDF, which prints the HTML at once, and for tests). */
export async function reportText(pieces: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const piece of pieces) parts.push(piece);
  return parts.join("");
}
