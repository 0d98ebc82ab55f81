import { bufferedStdout, type Io } from "../../cli/output";

/** An Io that keeps what reaches stdout, each write as it came. */
function capture(): { io: Io; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const io: Io = { stdout: (chunk) => writes.push(Buffer.from(chunk)), stderr: () => undefined, stderrIsTTY: false };
  return { io, writes };
}

describe("bufferedStdout", () => {
  const pieces: (string | Uint8Array)[] = [
    "{\n  \"articles\": [\n    ",
    Buffer.from("قوات حفتر تتقدم نحو طرابلس، والمشير يعلن النفير"),
    ",\n    ",
    new TextEncoder().encode("حكومة الوفاق الوطني «ترفض» الهدنة"),
    "\n  ]\n}\n",
  ];
  const whole = pieces.map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("utf8"))).join("");

  it("writes text and UTF-8 bytes, in order, as the same text", () => {
    const { io, writes } = capture();
    const out = bufferedStdout(io, 40);
    pieces.forEach((p) => out.write(p));
    out.flush();
    expect(Buffer.concat(writes).toString("utf8")).toBe(whole);
  });

  it("holds writes back until a block is full, and writes nothing more on an empty flush", () => {
    const { io, writes } = capture();
    const out = bufferedStdout(io, 40);
    out.write("خليفة حفتر");
    expect(writes).toHaveLength(0);
    pieces.forEach((p) => out.write(p));
    // every block but the last holds at least 40 bytes
    expect(writes.length).toBeGreaterThan(0);
    writes.forEach((w) => expect(w.length).toBeGreaterThanOrEqual(40));
    out.flush();
    const count = writes.length;
    out.flush();
    expect(writes).toHaveLength(count);
    expect(Buffer.concat(writes).toString("utf8")).toBe(`خليفة حفتر${whole}`);
  });

  it("hands a block over as its pieces, uncopied, where the output takes pieces", () => {
    const blocks: Uint8Array[][] = [];
    const io: Io = { stdout: (chunk) => blocks.push([Buffer.from(chunk)]), stdoutPieces: (p) => blocks.push([...p]), stderr: () => undefined, stderrIsTTY: false };
    const article = Buffer.from("قوات حفتر تتقدم نحو طرابلس، والمشير يعلن النفير");
    const out = bufferedStdout(io, 40);
    out.write(",\n    ");
    out.write(article);
    out.flush();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toHaveLength(2);
    // the article's own bytes, not a copy
    expect(blocks[0]![1]).toBe(article);
    expect(Buffer.concat(blocks[0]!).toString("utf8")).toBe(`,\n    ${article.toString("utf8")}`);
  });
});

describe("bufferedStdout with a writer thread", () => {
  /** A writer thread's contract as bufferedStdout uses it: blocks in order, the backlog asked for, closed at the end. */
  function threaded() {
    const blocks: Uint8Array[][] = [];
    const asked: number[] = [];
    let closed = 0;
    // a real thread writes a block and sends its buffer back: the fake copies what it is handed and offers the buffer again
    const spares: ArrayBuffer[] = [];
    const handed: ArrayBuffer[] = [];
    const thread = {
      write: (pieces: readonly Uint8Array[]) => {
        blocks.push(pieces.map((p) => Buffer.from(p)));
        for (const p of pieces) handed.push(p.buffer as ArrayBuffer);
        spares.push(...pieces.map((p) => p.buffer as ArrayBuffer));
      },
      spare: (bytes: number) => (spares.at(-1)?.byteLength === bytes ? spares.pop() : undefined),
      below: (bytes: number) => {
        asked.push(bytes);
        return Promise.resolve();
      },
      close: () => {
        closed++;
        return Promise.resolve();
      },
    };
    const io: Io = { stdout: () => {
        throw new Error("stdout written around the writer thread");
      }, stderr: () => undefined, stderrIsTTY: false, stdoutThread: () => thread };
    return { io, blocks, asked, handed, closed: () => closed };
  }

  it("hands the thread full blocks in order, refills the buffers it sends back, waits on a bounded backlog, and closes it once all is flushed", async () => {
    const { io, blocks, asked, handed, closed } = threaded();
    const out = bufferedStdout(io, 40, { offThread: true });
    out.write("حفتر يعلن ");
    out.write(Buffer.from("قوات حكومة الوفاق تستعيد غريان"));
    await out.drained();
    // a few blocks may wait with the thread, not only what a pipe's buffer holds
    expect(asked).toEqual([8 * 40]);
    out.write("، والمشير يتراجع");
    await out.finished();
    expect(closed()).toBe(1);
    expect(Buffer.concat(blocks.flat()).toString("utf8")).toBe("حفتر يعلن قوات حكومة الوفاق تستعيد غريان، والمشير يتراجع");
    // text and bytes are cut where a block ends: every block but the last is full, and one buffer serves them all
    blocks.slice(0, -1).forEach((b) => expect(Buffer.concat(b).length).toBe(40));
    expect(blocks.length).toBeGreaterThan(2);
    expect(new Set(handed).size).toBe(1);
  });

  it("writes to stdout itself where the output has no writer thread, or when not asked to use one", async () => {
    const { io, blocks } = threaded();
    const writes: Buffer[] = [];
    const plain = bufferedStdout({ ...io, stdout: (c) => writes.push(Buffer.from(c)) }, 40);
    plain.write("طرابلس");
    await plain.finished();
    expect(blocks).toHaveLength(0);
    expect(Buffer.concat(writes).toString("utf8")).toBe("طرابلس");
  });
});
