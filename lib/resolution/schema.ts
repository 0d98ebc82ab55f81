import { z } from "zod";
import cuesData from "./cues.json";

const word = z.string().trim().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9-]+$/, "a target id");

/** A place and the camp that held it, era by era: a neutral or damning label there is of that camp when nothing nearer tells (a speaker and the camp he spoke for have the same shape). */
const PlaceSchema = z.object({
  forms: z.array(word).min(1),
  eras: z
    .array(
      z.object({
        from: day.optional(),
        until: day.optional(),
        camp: slug,
        /** Only these label targets (Fezzan's terror labels are ISIS, its armed groups are not); all when absent. */
        labels: z.array(slug).optional(),
      }),
    )
    .min(1),
});

/** lib/resolution/cues.json: the words a label's sentence is read for. */
export const ResolutionCuesSchema = z.object({
  /** Verbs (and verbal nouns) of attack, defence and accusation: the sides on either side of one are opponents. */
  opposing: z.array(word).min(1),
  /** Between the label and the other side of an opposing verb, these make it fighting alongside that side (يقاتلون إلى جانب): the label is of its camp. */
  alongside: z.array(word).default([]),
  /** Words of support and alliance between the label and a camp's naming (يتلقى دعما من ميليشيات فجر ليبيا): the label is that camp's ally among its camps, or the camp. */
  allied: z.array(word).default([]),
  /** A demonstrative before a force noun (هذه الكتائب): the sentence refers back to the previous sentence's camp. */
  backReference: z.object({ determiners: z.array(word).min(1), nouns: z.array(word).min(1) }),
  places: z.array(PlaceSchema).default([]),
  /** Words naming the place an earlier sentence named (على المدينة): with no place in the label's sentence, the nearest before is read. */
  placeReference: z.array(word).default([]),
  /** A camp continued by another after its own period ends (gna → gnu from March 2021): read as the successor on a date outside its period. */
  successors: z.array(z.object({ camp: slug, successor: slug })).default([]),
  /** A label target's generic referent (terrorists → isis): across the whole article, named at all, it takes a damning label. */
  generic: z.record(slug, slug).default({}),
  /**
   * People quoted by name only, and the camp they speak for era by era (the LNA's spokesman «المسماري», the Burkan
   * al-Ghadab spokesman «قنونو»): in their words a praising label is their camp's, as for a speaker named by his camp.
   * Read only between a reporting verb and its complementizer, so the name quoted by the other side is not its speaker.
   */
  speakers: z.array(PlaceSchema).default([]),
  /** Nouns that may stand between a label and the place it is the forces of (ثوار مدينة مصراتة). */
  placeNouns: z.array(word).default([]),
  /** Words that open an adjunct after a reporting verb (وقال في كلمة متلفزة إن): with only these before the complementizer, the previous sentence's speaker goes on. */
  speakerAdjuncts: z.array(word).default([]),
  /** Words of predication (وصف حكومة الوفاق بأنها حكومة الميليشيات): a camp's naming, one of them and the label name one referent. */
  describedAs: z.array(word).default([]),
  /** Label targets resolved only where the naming is loaded (شهداء +2 is a camp's own dead; قتلى 0 counts both sides'): since round fifteen. */
  loadedOnly: z.array(slug).default([]),
});
export type ResolutionCues = z.infer<typeof ResolutionCuesSchema>;
export type Place = ResolutionCues["places"][number];
export type PlaceEra = Place["eras"][number];

/** The bundled cue lists, checked (the engine reads the same lists without zod: ./default-cues.ts). */
export const parseDefaultResolutionCues = (): ResolutionCues => ResolutionCuesSchema.parse(cuesData);
