import { InvalidArgumentError } from "commander";
import { z } from "zod";
import { SUPPORTED_ENCODINGS } from "../lib/io/decode";

/** Command-line option values are checked with zod like every other boundary. */
export const FormatSchema = z.enum(["table", "json", "csv"]);
export const VoiceFilterSchema = z.enum(["all", "own"]);
export const EncodingSchema = z.enum(SUPPORTED_ENCODINGS);

export function choice<T extends string>(schema: z.ZodType<T>, label: string) {
  return (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const allowed = schema instanceof z.ZodEnum ? ` (one of: ${(schema.options as string[]).join(", ")})` : "";
      throw new InvalidArgumentError(`"${value}" is not a ${label}${allowed}`);
    }
    return parsed.data;
  };
}

/** A whole number above zero, e.g. `--batch 200`. */
export const positiveInt = (label: string) => (value: string): number => {
  const n = z.coerce.number().int().positive().safeParse(value);
  if (!n.success) throw new InvalidArgumentError(`"${value}" is not a positive whole number of ${label}`);
  return n.data;
};

/** `parse`, refusing a number above `max`, e.g. `--connections 4` of at most 6. */
export const atMost = (parse: (value: string) => number, max: number) => (value: string): number => {
  const n = parse(value);
  if (n > max) throw new InvalidArgumentError(`${n} is more than ${max}`);
  return n;
};
