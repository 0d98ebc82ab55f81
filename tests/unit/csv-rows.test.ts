import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CsvRowReader, type CsvRow } from "../../lib/import/csv-rows";

/** The rows of `text` given in pieces cut at `cuts` (offsets, any order). */
function rowsOf(text: string, cuts: readonly number[] = []): CsvRow[] {
  const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  const reader = new CsvRowReader();
  const rows: CsvRow[] = [];
  let from = 0;
  for (const cut of [...at, text.length]) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  return [...rows, ...reader.end()];
}

const fieldsOf = (rows: readonly CsvRow[]) => rows.map((r) => (r.kind === "row" ? r.fields : "unterminated"));
const linesOf = (rows: readonly CsvRow[]) => rows.map((r) => r.line);

/** A field as a CSV writer quotes it: when it holds a comma, a quote or a line break (or at random). */
const written = (field: string, quoteAnyway: boolean): string =>
  quoteAnyway || /[",\r\n]/.test(field) || field === "" ? `"${field.replace(/"/g, '""')}"` : field;

const unit = fc.constantFrom("ق", "وات", "حفتر", " ", ",", '"', "\n", "a", "1", "،", "😀");
const table = fc.array(fc.array(fc.tuple(fc.string({ unit, maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

describe("CSV rows", () => {
  it("reads what csv-parse reads from well-formed CSV (LF, CR or CRLF, BOM, empty lines), whatever the chunks", () => {
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r", "\r\n"), fc.boolean(), fc.array(fc.nat(200), { maxLength: 6 }), fc.array(fc.nat(8), { maxLength: 3 }), (rows, eol, bom, cuts, blanks) => {
        const lines = rows.map((row) => row.map(([f, q]) => written(f.replace(/\n/g, eol), q)).join(","));
        // empty lines between rows (a one-field row of "" is written quoted, so never an empty line)
        for (const b of blanks) if (b < lines.length) lines.splice(b, 0, "");
        const text = (bom ? "\ufeff" : "") + lines.join(eol) + (cuts.length % 2 ? eol : "");
        const expected = parse(text, { bom: true, relax_quotes: false, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
          record: string[];
          info: { lines: number };
        }[];
        const ours = rowsOf(text, cuts);
        expect(fieldsOf(ours)).toEqual(expected.map((e) => e.record));
        expect(ours.every((r) => r.kind === "row" && r.problem === undefined)).toBe(true);
        // csv-parse counts a \r\n as two lines, so its line numbers are compared on LF and CR files only;
        // its `lines` is where a row ends: ours is where it starts, plus the line breaks inside it
        if (eol !== "\r\n") {
          const ends = ours.map((r) => (r.kind === "row" ? r.line + r.fields.join("").split(eol).length - 1 : r.line));
          expect(ends).toEqual(expected.map((e) => e.info.lines));
        }
      }),
      { seed: 20261130, numRuns: 800 },
    );
  });

  it("gives the same rows, lines and problems whatever the chunks, on any text (broken quotes included)", () => {
    const anyText = fc.string({ unit: fc.constantFrom("ق", "a", ",", '"', "\n", "\r", "\r\n", " "), maxLength: 60 });
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(60), { maxLength: 8 }), (text, cuts) => {
        expect(rowsOf(text, cuts)).toEqual(rowsOf(text));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("numbers lines in the original text: a row starts on its own line, after quoted line breaks and empty lines, with LF, CRLF or CR", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["id,text", `1,"سطر${eol}وسطر"`, "", "2,حفتر", `3,"ثلاثة${eol}${eol}أسطر"`, "4,آخر"].join(eol);
      const rows = rowsOf(text);
      expect(linesOf(rows)).toEqual([1, 2, 5, 6, 9]);
      expect(fieldsOf(rows)[1]).toEqual(["1", `سطر${eol}وسطر`]);
    }
  });

  it("says what breaks a row and reads on: a quote inside an unquoted field, text after a closing quote", () => {
    const rows = rowsOf('id,title,text\n1,عنوان,دعا إلى وقف "العدوان فورا\n2,"عنوان"ب,نص\n3,عنوان,"نص ""مقتبس"""\n');
    expect(rows).toEqual([
      { kind: "row", fields: ["id", "title", "text"], line: 1, problem: undefined },
      { kind: "row", fields: ["1", "عنوان", 'دعا إلى وقف "العدوان فورا'], line: 2, problem: { kind: "opening-quote", field: 2 } },
      { kind: "row", fields: ["2", "عنوانب", "نص"], line: 3, problem: { kind: "closing-quote", field: 1 } },
      { kind: "row", fields: ["3", "عنوان", 'نص "مقتبس"'], line: 4, problem: undefined },
    ]);
  });

  it("stops at a quoted field that never closes, naming the line it opens on", () => {
    const rows = rowsOf('id,text\n1,نص\n2,"لا ينتهي\n3,نص\n', [15, 22]);
    expect(rows).toEqual([
      { kind: "row", fields: ["id", "text"], line: 1, problem: undefined },
      { kind: "row", fields: ["1", "نص"], line: 2, problem: undefined },
      { kind: "unterminated", line: 3 },
    ]);
  });

  it("keeps one unfinished row between chunks: a row longer than many chunks is read whole", () => {
    const body = "قالت قوات حفتر إنها سيطرت على غريان،\n".repeat(20000);
    const text = `id,text\n1,"${body}"\n2,نص\n`;
    const cuts = Array.from({ length: Math.ceil(text.length / 1000) }, (_, i) => i * 1000);
    const rows = rowsOf(text, cuts);
    expect(fieldsOf(rows)).toEqual([["id", "text"], ["1", body], ["2", "نص"]]);
    expect(linesOf(rows)).toEqual([1, 2, 20003]);
  });
});

describe("CSV rows at the text's start", () => {
  it("drops one byte order mark before the header, however the chunks fall, and keeps a second one as text", () => {
    for (const cuts of [[], [1], [3], [1, 2, 3]]) {
      const rows = rowsOf("\ufeff\ufeffid,text\n1,نص\n", cuts);
      expect(fieldsOf(rows)).toEqual([["\ufeffid", "text"], ["1", "نص"]]);
    }
  });
});
