import { z } from "zod";
import { CalendarDateSchema } from "../corpus/date";
import { CategorySchema, slug } from "../lexicon/schema";
import { VoiceSchema } from "../voice/schema";

/**
 * The gold set's one format: YAML files of passages whose text carries the
 * hand-marked namings inline, `[words]{target valence category …}` (see
 * tests/gold/README.md). Types are inferred from these schemas.
 */
export const GoldPassageSchema = z.object({
  id: slug,
  /** Whose house style the passage imitates: pro-gna, pro-lna, wire. */
  style: z.enum(["pro-gna", "pro-lna", "wire"]),
  /** The date the passage is written as of (YYYY[-MM[-DD]]): words that named different actors over the years are read in it. */
  date: CalendarDateSchema.optional(),
  text: z.string().trim().min(1),
});
export const GoldFileSchema = z.array(GoldPassageSchema).min(1);

const VOICE_CODES = { "@q": "quoted", "@a": "attributed" } as const;

/** A naming a careful reader marks: what it names, how, in whose voice, and how it is built. */
export const GoldNamingSchema = z.object({
  kind: z.literal("naming"),
  target: slug,
  valence: z.number().int().min(-2).max(2),
  category: CategorySchema,
  voice: VoiceSchema,
  /** For a side-switching label (الجيش الليبي، الميليشيات): the camp it points at here. */
  resolved: slug.nullable(),
  /** A name inside a longer naming (تنظيم داعش in فلول تنظيم داعش). */
  nested: z.boolean(),
  /** A force named by its leader or patron (القوات الموالية لحفتر). */
  force: z.boolean(),
});
/** A word that must not be taken for a loaded naming: a look-alike, or (sense) the same word in another sense. */
export const GoldTrapSchema = z.object({ kind: z.literal("trap"), sense: z.boolean() });
export const GoldSpecSchema = z.discriminatedUnion("kind", [GoldNamingSchema, GoldTrapSchema]);

export type GoldPassage = z.infer<typeof GoldPassageSchema>;
export type GoldNaming = z.infer<typeof GoldNamingSchema>;
export type GoldSpec = z.infer<typeof GoldSpecSchema>;

/**
 * `target valence category [@q|@a] [=camp] [nested] [force]` or `trap [sense]`
 * → a checked spec, or the reason it is not one.
 */
export function parseSpec(spec: string): GoldSpec | string {
  const [head, ...rest] = spec.trim().split(/\s+/);
  if (head === "trap") {
    const unknown = rest.filter((t) => t !== "sense");
    if (unknown.length > 0) return `unknown trap flag "${unknown[0]}"`;
    return { kind: "trap", sense: rest.includes("sense") };
  }
  const [valence, category, ...flags] = rest;
  const raw = {
    kind: "naming",
    target: head,
    valence: Number(valence),
    category,
    voice: "author" as string,
    resolved: null as string | null,
    nested: false,
    force: false,
  };
  for (const flag of flags) {
    if (flag in VOICE_CODES) raw.voice = VOICE_CODES[flag as keyof typeof VOICE_CODES];
    else if (flag.startsWith("=")) raw.resolved = flag.slice(1);
    else if (flag === "nested" || flag === "force") raw[flag] = true;
    else return `unknown flag "${flag}"`;
  }
  const parsed = GoldSpecSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  return parsed.data;
}
