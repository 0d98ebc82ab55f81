import { dict, type Lang } from "@/messages/ui";
import { href, type Params } from "./links";

/** The "report" button of a comparison: the framing report of what the page shows, with its filters, in each format. */
export function ReportLinks({ lang, params }: { readonly lang: Lang; readonly params: Params }) {
  const t = dict(lang).report;
  const link = (format: string) => href("/api/report", { ...params, format }, "en");
  return (
    <p className="report-links" data-testid="report-links">
      <a className="button" href={link("html")} download data-testid="report-button">
        {t.html}
      </a>{" "}
      <a href={link("pdf")} download>
        {t.pdf}
      </a>{" "}
      · <a href={link("csv")} download>{t.csv}</a> · <a href={link("json")} download>{t.json}</a>{" "}
      <span className="hint report-hint">{t.hint}</span>
    </p>
  );
}
