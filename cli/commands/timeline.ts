import { Command, Option } from "commander";
import { z } from "zod";
import { timelineTable } from "../../lib/report/timeline-table";
import { INTERVALS, TimelineQuerySchema } from "../../lib/store";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { choice, VoiceFilterSchema } from "../options";
import type { Io } from "../output";
import { analyseQueue, withStore } from "../store";

interface TimelineOptions {
  store?: boolean;
  target: string;
  interval: string;
  outlets?: string;
  groups?: boolean;
  voice: string;
  format: "json" | "table";
  lexicon?: string;
}

/** `adasa timeline`: framing of one target over time, per outlet (or group), from the store. */
export async function runTimeline(io: Io, options: TimelineOptions): Promise<number> {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  if (!engine.lexicon.targets.has(options.target)) {
    io.stderr(`adasa: timeline: unknown target "${options.target}" (targets: ${[...engine.lexicon.targets.keys()].join(", ")})\n`);
    return EXIT.usage;
  }
  const query = TimelineQuerySchema.parse({ target: options.target, interval: options.interval, outlets: options.outlets, byGroup: Boolean(options.groups), voice: options.voice });
  return withStore(io, "adasa timeline", async (store) => {
    const version = await store.lexiconVersion(engine);
    await analyseQueue(io, store, engine, version, { batch: 200, leaseSeconds: 600 });
    const timeline = await store.timeline(version, query);
    io.stdout(options.format === "json" ? `${JSON.stringify(timeline, null, 2)}\n` : timelineTable(timeline));
    return EXIT.ok;
  });
}

export function timelineCommand(io: Io, setExit: (code: Promise<number>) => void): Command {
  return new Command("timeline")
    .description("framing of one target over time, per outlet: mentions per 1,000 words, share of articles, naming shares")
    .option("--store", "read the stored corpus (the only source of a timeline; accepted for clarity)")
    .requiredOption("--target <target>", "lexicon target, e.g. haftar")
    .addOption(new Option("--interval <interval>", "day, week (ISO) or month").default("month").argParser(choice(z.enum(INTERVALS), "interval")))
    .option("--outlets <names>", "only these outlets (comma-separated); with --groups, these groups")
    .option("--groups", "one series per outlet group (set on the corpus page) instead of per outlet")
    .addOption(new Option("--voice <voice>", "count all mentions, or the outlet's own words only").default("all").argParser(choice(VoiceFilterSchema, "voice filter")))
    .addOption(new Option("--format <format>", "json or table").default("table").argParser(choice(z.enum(["json", "table"]), "format")))
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .addHelpText("after", "\nExample: adasa timeline --store --target haftar --interval month --outlets \"الجزيرة نت,الوسط\" --format json")
    .action((options: TimelineOptions) => setExit(runTimeline(io, options)));
}
