import path from "node:path";
import { Command, Option } from "commander";
import { resultOf, type ArticleResult } from "../../lib/analysis/corpus";
import type { Engine } from "../../lib/analysis/engine";
import { articleFilter, CorpusFilterSchema, type CorpusFilter } from "../../lib/analysis/filter";
import { htmlToPdf, NoChromiumError } from "../../lib/io/pdf";
import { writeBlocksAtomic } from "../../lib/io/write";
import { arabicFontBase64 } from "../../lib/io/fonts";
import { ReportBuilder, type FramingReport } from "../../lib/report/framing/model";
import { StoreLostError } from "../../lib/store";
import { IntervalSchema } from "../../lib/store/timeline-query";
import type { Interval, Timeline } from "../../lib/store/types";
import { rejectionsIn } from "../../lib/discovery/decide";
import { ValidationError } from "../../lib/lexicon/problems";
import { defaultLexiconPath } from "../../lib/io/paths";
import { renderReport, reportText, ReportFormatSchema, utf8Blocks, type ReportFormat } from "../../lib/report/framing/render";
import { analyzeEach } from "../corpus";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { choice, VoiceFilterSchema } from "../options";
import { reportValidation, type Io } from "../output";
import { printable } from "../../lib/io/printable";
import { analyseQueue, withStore } from "../store";


interface ReportOptions {
  out?: string;
  format?: ReportFormat;
  lexicon?: string;
  ids?: string;
  outlets?: string;
  targets?: string;
  from?: string;
  to?: string;
  voice: "all" | "own";
  resolved: boolean;
  title?: string;
  store?: boolean;
  interval: Interval;
}

const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = { ".html": "html", ".htm": "html", ".md": "md", ".json": "json", ".csv": "csv", ".pdf": "pdf" };


const list = (s?: string) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []);

/**
 * Writes the report as it is rendered, a block at a time: to stdout, waiting
 * for the reader between blocks (a closed pipe, `| head`, ends the command
 * as bin/adasa.js says), or to the file of --out; PDF prints the whole HTML.
 */
async function writeReport(io: Io, report: FramingReport, format: ReportFormat, out: string | undefined, articles: number): Promise<number> {
  const pieces = renderReport(report, format, arabicFontBase64());
  try {
    if (format === "pdf") await htmlToPdf(await reportText(pieces), out!);
    else if (out) await writeBlocksAtomic(out, utf8Blocks(pieces));
    else {
      for await (const block of utf8Blocks(pieces)) {
        io.stdout(block);
        await io.stdoutDrained?.();
      }
    }
  } catch (error) {
    if (error instanceof NoChromiumError) {
      io.stderr(`adasa: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof StoreLostError) throw error;
    io.stderr(`adasa: could not write ${out ? printable(out) : "the report"}: ${printable((error as Error).message)}\n`);
    return EXIT.badInput;
  }
  if (out) io.stderr(`adasa: wrote ${format.toUpperCase()} report on ${articles} article(s) to ${printable(out)}\n`);
  return EXIT.ok;
}

const noArticle = (io: Io) => {
  io.stderr("adasa: no article to report on (none could be read, or the filters left none)\n");
  return EXIT.badInput;
};

/**
 * The report of the stored articles the filter selects, analysed (what is
 * queued first): they are fed to the report one at a time, the time series
 * of the report's targets come from the store's own query (the one `adasa
 * timeline` runs); what it holds per article is a small row for the list of
 * articles (see ReportArticles). The store's
 * tallies count resolved labels toward their camp, so with --no-resolved the
 * builder sums the time series in memory instead.
 */
function reportStored(io: Io, engine: Engine, filter: CorpusFilter, options: BuilderOptions, interval: Interval, write: Write): Promise<number> {
  return withStore(io, "adasa report", async (store) => {
    const version = await store.lexiconVersion(engine);
    await analyseQueue(io, store, engine, version, { batch: 200, leaseSeconds: 600 });
    const keep = articleFilter(filter);
    const builder = new ReportBuilder(engine, filter, { ...options, timelinesFromStore: filter.resolved });
    const add = addKept(builder, keep);
    for await (const r of store.results(version, filter)) add(resultOf(engine, r.article, r.analysis, { voice: filter.voice }));
    if (builder.size === 0) return noArticle(io);
    if (filter.resolved === false) return write(builder.finish(), builder.size);
    const timelines = new Map<string, Timeline>();
    const selection = { ids: filter.ids, outlets: filter.outlets, from: filter.from, to: filter.to };
    for (const target of builder.targetIds()) timelines.set(target, await store.timeline(version, { target, interval, voice: filter.voice }, selection));
    return write(builder.finish(timelines), builder.size);
  });
}

type BuilderOptions = ConstructorParameters<typeof ReportBuilder>[2];

/** The one filtered add of the file report and the store's: the articles the filter keeps go to the builder. */
const addKept = (builder: ReportBuilder, keep: (r: ArticleResult) => boolean) => (r: ArticleResult) => {
  if (keep(r)) builder.add(r);
};
type Write = (report: FramingReport, articles: number) => Promise<number>;

export async function runReport(io: Io, paths: readonly string[], options: ReportOptions): Promise<number> {
  const format = options.format ?? FORMAT_OF_EXTENSION[path.extname(options.out ?? "").toLowerCase()] ?? "html";
  if (format === "pdf" && !options.out) {
    io.stderr("adasa: a PDF report needs --out FILE\n");
    return EXIT.usage;
  }
  const filter = CorpusFilterSchema.safeParse({ ids: list(options.ids), outlets: list(options.outlets), targets: list(options.targets), from: options.from, to: options.to, voice: options.voice, resolved: options.resolved });
  if (!filter.success) {
    io.stderr(`adasa: bad filter: ${filter.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n`);
    return EXIT.usage;
  }
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  if (options.store && paths.length > 0) {
    io.stderr("adasa: report: give either paths or --store, not both\n");
    return EXIT.usage;
  }
  let rejected: (target: string) => ReadonlySet<string>;
  try {
    rejected = rejectionsIn(options.lexicon ?? defaultLexiconPath());
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reportValidation(io, "review file", error);
    return EXIT.badInput;
  }
  const builderOptions: BuilderOptions = { title: options.title, generated: new Date().toISOString(), interval: options.interval, rejected };
  const write: Write = (report, articles) => writeReport(io, report, format, options.out, articles);
  if (options.store) return reportStored(io, engine, filter.data, builderOptions, options.interval, write);
  const builder = new ReportBuilder(engine, filter.data, builderOptions);
  const read = analyzeEach(io, engine, paths, { voice: filter.data.voice, resolved: filter.data.resolved }, addKept(builder, articleFilter(filter.data)));
  if (builder.size === 0) return noArticle(io);
  const code = await write(builder.finish(), builder.size);
  return code === EXIT.ok && read.skipped.length > 0 ? EXIT.badInput : code;
}

export function reportCommand(io: Io, setExit: (code: number | Promise<number>) => void): Command {
  return new Command("report")
    .description("write a framing report: corpus, naming/stance/density per target, framing over time, distinctive vocabulary, candidates, keywords in context, swaps, methodology")
    .argument("[paths...]", "article files or folders (default: articles/)", [])
    .option("--store", "report on the stored corpus (DATABASE_URL, else ADASA_DATA) instead of files")
    .option("--out <file>", "where to write (default: standard output; required for pdf)")
    .addOption(new Option("--format <format>", "html, md, json, csv or pdf (default: from the --out extension, else html)").argParser(choice(ReportFormatSchema, "report format")))
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .option("--ids <list>", "only these articles (comma-separated ids)")
    .option("--outlets <list>", "only these outlets (comma-separated)")
    .option("--targets <list>", "only these targets (comma-separated ids)")
    .option("--from <date>", "only articles from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "only articles up to this date")
    .addOption(new Option("--voice <voice>", "count all voices, or own (the outlets' own words)").default("all").argParser(choice(VoiceFilterSchema, "voice filter")))
    .option("--no-resolved", "count side-switching labels (الجيش الليبي، الميليشيات…) under their generic targets, not the camp they were resolved to")
    .option("--title <title>", "the report's title")
    .addOption(new Option("--interval <interval>", "periods of the time section: day, week or month").default("month").argParser(choice(IntervalSchema, "interval")))
    .addHelpText("after", "\nPDF is the HTML report printed by headless Chromium (/usr/bin/chromium, or $CHROMIUM_PATH).\nExit codes: 0 written; 1 bad input (a file skipped, no Chromium for PDF); 2 usage error.")
    .action((paths: string[], options: ReportOptions) => setExit(runReport(io, paths, options)));
}
