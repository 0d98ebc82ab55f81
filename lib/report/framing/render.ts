import { z } from "zod";
import { reportCsv } from "./csv";
import { reportHtml } from "./html";
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

export function renderReport(report: FramingReport, format: Exclude<ReportFormat, "pdf"> | "pdf", fontBase64?: string): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      return reportCsv(report);
    case "md":
      return reportMarkdown(report);
    default:
      return reportHtml(report, { fontBase64 });
  }
}
