/**
 * Batch columns sent as PostgreSQL arrays in the binary wire format (what `array_send` writes and
 * `array_recv` reads), not as array literals. A text array literal is built by the driver in
 * JavaScript (every element quoted and escaped, then its UTF-8 length measured one character at a
 * time by pglite), and parsed back by PostgreSQL character by character (`array_in`, in WebAssembly
 * when embedded). The binary form is a length and the element's bytes, written by Buffer's native
 * UTF-8 encoder and read by PostgreSQL without parsing (scripts/bench-binary-arrays.ts: a batch
 * insert of generated articles took 30% less client CPU on a server, 5% less embedded, where the
 * insert itself is the cost; README, "Round 6").
 *
 * Both drivers send a Buffer parameter in the binary format (`pg` always; pglite once its
 * serializer leaves it as it is: `passBinary` in embedded.ts). The statement must cast the
 * parameter to the array's exact type (`$1::text[]`, `$2::int[]`, `$3::int8[]`): PostgreSQL checks
 * the element type written in the array against it.
 *
 * Format (PostgreSQL's src/backend/utils/adt/arrayfuncs.c, array_recv): int32 dimensions (1, or 0
 * for an empty array), int32 "has nulls" flag, int32 element type OID, then per dimension int32
 * length and int32 lower bound (1), then per element int32 byte length (-1: NULL) and the bytes.
 */

/** The element types batch columns use, with their OIDs (pg_type) and what PostgreSQL names them in a cast. */
const ELEMENT = {
  text: { oid: 25, bytes: (v: string) => Buffer.byteLength(v) },
  int: { oid: 23, bytes: () => 4 },
  int8: { oid: 20, bytes: () => 8 },
  bytea: { oid: 17, bytes: (v: Uint8Array) => v.byteLength },
} as const;

export type ElementType = keyof typeof ELEMENT;
type Value<T extends ElementType> = (T extends "text" ? string : T extends "bytea" ? Uint8Array : number) | null;

const HEADER = 20;

/** `values` as one binary PostgreSQL array of `type` (a parameter cast to `type[]`). */
export function binaryArray<T extends ElementType>(type: T, values: readonly Value<T>[]): Buffer {
  if (type === "int" && values.length > 0 && !values.includes(null)) return intArray(values as readonly number[]);
  const element = ELEMENT[type];
  let size = HEADER;
  let nulls = 0;
  for (const v of values) {
    size += 4;
    if (v === null) nulls = 1;
    else size += element.bytes(v as never);
  }
  const out = Buffer.allocUnsafe(values.length === 0 ? 12 : size);
  out.writeInt32BE(values.length === 0 ? 0 : 1, 0);
  out.writeInt32BE(nulls, 4);
  out.writeInt32BE(element.oid, 8);
  if (values.length === 0) return out;
  out.writeInt32BE(values.length, 12);
  out.writeInt32BE(1, 16);
  let at = HEADER;
  for (const v of values) at = writeElement(out, at, type, v);
  return out;
}

/**
 * An int array without nulls, the most common parameter of a batch (ids, counts, bounds): its size known
 * at once, each element written with no per-element dispatch on its type (a third of saving a batch's
 * analyses' parameters went to the general path).
 */
function intArray(values: readonly number[]): Buffer {
  const out = intArrayOf(values.length);
  for (let k = 0, at = HEADER; k < values.length; k++, at += 8) out.writeInt32BE(values[k]!, at + 4);
  return out;
}

/** An int array of `length` (> 0) elements without nulls, its header and each element's length written, its values to fill (the value of element k at HEADER + 8k + 4). */
function intArrayOf(length: number): Buffer {
  const out = Buffer.allocUnsafe(HEADER + 8 * length);
  out.writeInt32BE(1, 0);
  out.writeInt32BE(0, 4);
  out.writeInt32BE(ELEMENT.int.oid, 8);
  out.writeInt32BE(length, 12);
  out.writeInt32BE(1, 16);
  for (let k = 0, at = HEADER; k < length; k++, at += 8) out.writeInt32BE(4, at);
  return out;
}

/**
 * One column of rows kept flat (`stride` values per row, row after row: tally-rows.ts; 1: every value), over every
 * part in turn, as one binary int array: the column read by stride, with no array of numbers built for it.
 */
export function intColumnArray(parts: readonly ArrayLike<number>[], stride: number, column: number): Buffer {
  let length = 0;
  for (const p of parts) length += p.length / stride;
  if (length === 0) return binaryArray("int", []);
  const out = intArrayOf(length);
  let at = HEADER + 4;
  for (const p of parts) for (let k = column; k < p.length; k += stride, at += 8) out.writeInt32BE(p[k]!, at);
  return out;
}

/** Writes one element (its length, then its bytes) at `at`; where the next one starts. */
function writeElement(out: Buffer, at: number, type: ElementType, v: string | number | Uint8Array | null): number {
  if (v === null) {
    out.writeInt32BE(-1, at);
    return at + 4;
  }
  if (type === "bytea") {
    const bytes = v as Uint8Array;
    out.writeInt32BE(bytes.byteLength, at);
    out.set(bytes, at + 4);
    return at + 4 + bytes.byteLength;
  }
  if (type === "text") {
    const length = out.write(v as string, at + 4);
    out.writeInt32BE(length, at);
    return at + 4 + length;
  }
  if (type === "int") {
    out.writeInt32BE(4, at);
    out.writeInt32BE(v as number, at + 4);
    return at + 8;
  }
  out.writeInt32BE(8, at);
  out.writeBigInt64BE(BigInt(v as number), at + 4);
  return at + 12;
}

/** A batch's columns, one binary array each, in the order of `spec` (name and element type). */
export function binaryColumns<R>(rows: readonly R[], spec: readonly (readonly [keyof R & string, ElementType])[]): Buffer[] {
  return spec.map(([name, type]) => binaryArray(type, rows.map((r) => (r[name] ?? null) as Value<typeof type>)));
}

/** `$first::type1[], $first+1::type2[], …` for `unnest(…)` over binaryColumns of the same spec. */
export const binaryParams = (spec: readonly (readonly [string, ElementType])[], first = 1): string => spec.map(([, type], i) => `$${first + i}::${type}[]`).join(", ");

/**
 * An int array per row, as arrays cannot nest in a parameter: all of them in one flat array, and
 * each row's bounds in it (1-based, inclusive; `to` < `from` for an empty one). The statement takes
 * a row's array as the slice `flat[from:to]` (`sliceSql`), so no array literal is written in
 * JavaScript or parsed by PostgreSQL per row.
 */
export interface IntArrayRows {
  readonly flat: readonly number[];
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** Each row's bounds in the flat array of `arrays` (1-based, inclusive), for arrays sharing them. */
export function sliceBounds(arrays: readonly { readonly length: number }[]): Omit<IntArrayRows, "flat"> {
  const from: number[] = [];
  const to: number[] = [];
  let end = 0;
  for (const a of arrays) {
    from.push(end + 1);
    end += a.length;
    to.push(end);
  }
  return { from, to };
}

/** (A loop, not `arrays.flat()`: V8's generic flat took about 0.1 ms per analysis of the import's main thread.) */
export function intArrayRows(arrays: readonly (readonly number[])[]): IntArrayRows {
  const flat: number[] = [];
  for (const a of arrays) for (let k = 0; k < a.length; k++) flat.push(a[k]!);
  return { flat, ...sliceBounds(arrays) };
}

/** `intArrayRows` as the three binary parameters a statement takes: the rows' `from` and `to` (unnest columns), then the flat array (sliceSql). */
export function intArrayParams(arrays: readonly (readonly number[])[]): [from: Buffer, to: Buffer, flat: Buffer] {
  const { from, to } = sliceBounds(arrays);
  // the flat array written straight into its parameter: building it as numbers first was 40 MB of short-lived arrays per 10,000 imported articles
  return [binaryArray("int", from), binaryArray("int", to), intColumnArray(arrays, 1, 0)];
}

/** A row's array of `intArrayRows`: the flat array's parameter sliced by the row's bounds (columns of unnest). */
export const sliceSql = (flatParam: string, from: string, to: string, type: ElementType = "int"): string => `(${flatParam}::${type}[])[${from}:${to}]`;
