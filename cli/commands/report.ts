import fs from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { resultOf, type ArticleResult } from "../../lib/analysis/corpus";
import type { Engine } from "../../lib/analysis/engine";
import { articleFilter, CorpusFilterSchema, type CorpusFilter } from "../../lib/analysis/filter";
import type { FileProblem } from "../../lib/io/files";
import { htmlToPdf, NoChromiumError } from "../../lib/io/pdf";
import { arabicFontBase64 } from "../../lib/io/fonts";
import { ReportBuilder } from "../../lib/report/framing/model";
import { IntervalSchema } from "../../lib/store/timeline-query";
import type { Interval, Timeline } from "../../lib/store/types";
import { rejectionsIn } from "../../lib/discovery/decide";
import { ValidationError } from "../../lib/lexicon/problems";
import { defaultLexiconPath } from "../../lib/io/paths";
import { renderReport, ReportFormatSchema, type ReportFormat } from "../../lib/report/framing/render";
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

type Read = { skipped: readonly FileProblem[]; timelines?: Map<string, Timeline> };

/**
 * Feeds the stored articles the filter selects, analysed (what is queued
 * first), to the report one at a time, and fetches the time series of the
 * report's targets from the store's own query (the one `adasa timeline` runs).
 * The store's tallies count resolved labels toward their camp, so with
 * --no-resolved the builder sums the time series in memory instead.
 */
async function addStored(io: Io, engine: Engine, filter: CorpusFilter, builder: ReportBuilder, add: (r: ArticleResult) => void, interval: Interval): Promise<Read | undefined> {
  let out: Read | undefined;
  const code = await withStore(io, "adasa report", async (store) => {
    const version = await store.lexiconVersion(engine);
    await analyseQueue(io, store, engine, version, { batch: 200, leaseSeconds: 600 });
    for await (const r of store.results(version, filter)) add(resultOf(engine, r.article, r.analysis, { voice: filter.voice }));
    if (filter.resolved === false) {
      out = { skipped: [] };
      return EXIT.ok;
    }
    const timelines = new Map<string, Timeline>();
    const selection = { ids: filter.ids, outlets: filter.outlets, from: filter.from, to: filter.to };
    for (const target of builder.targetIds()) timelines.set(target, await store.timeline(version, { target, interval, voice: filter.voice }, selection));
    out = { skipped: [], timelines };
    return EXIT.ok;
  });
  return code === EXIT.ok ? out : undefined;
}

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
  const builder = new ReportBuilder(engine, filter.data, { title: options.title, generated: new Date().toISOString(), interval: options.interval, rejected, timelinesFromStore: options.store && filter.data.resolved });
  const keep = articleFilter(filter.data);
  const add = (r: ArticleResult) => {
    if (keep(r)) builder.add(r);
  };
  const read: Read | undefined = options.store
    ? await addStored(io, engine, filter.data, builder, add, options.interval)
    : analyzeEach(io, engine, paths, { voice: filter.data.voice, resolved: filter.data.resolved }, add);
  if (!read) return EXIT.badInput;
  if (builder.size === 0) {
    io.stderr("adasa: no article to report on (none could be read, or the filters left none)\n");
    return EXIT.badInput;
  }
  const report = builder.finish(read.timelines);
  const text = renderReport(report, format, arabicFontBase64());
  try {
    if (format === "pdf") await htmlToPdf(text, options.out!);
    else if (options.out) fs.writeFileSync(options.out, text);
    else io.stdout(text);
  } catch (error) {
    if (error instanceof NoChromiumError) {
      io.stderr(`adasa: ${error.message}\n`);
      return EXIT.badInput;
    }
    io.stderr(`adasa: could not write ${printable(options.out ?? "")}: ${printable((error as Error).message)}\n`);
    return EXIT.badInput;
  }
  if (options.out) io.stderr(`adasa: wrote ${format.toUpperCase()} report on ${builder.size} article(s) to ${printable(options.out)}\n`);
  return read.skipped.length > 0 ? EXIT.badInput : EXIT.ok;
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
