import { once } from "node:events";
import type { FileProblem } from "../lib/io/files";
import { printable } from "../lib/io/printable";
import { ValidationError } from "../lib/lexicon/problems";

/** Where a command writes: injectable so tests can run commands in-process too. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY: boolean;
  /** Resolves once stdout has taken what was written, so a long output waits for its reader instead of piling up in memory. */
  readonly stdoutDrained?: () => Promise<void>;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutDrained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
  },
};

/** Every message naming a file goes through `printable`: a name with a line break must not forge a line. */
export const reportSkipped = (io: Io, p: FileProblem) => io.stderr(`adasa: skipped ${printable(p.path)}: ${printable(p.reason)}\n`);

export function reportValidation(io: Io, what: string, error: ValidationError): void {
  const source = printable(error.source);
  io.stderr(`adasa: ${what} ${source} is refused:\n`);
  for (const p of error.problems) io.stderr(`  ${source}: ${printable(p.where)}: ${printable(p.message)}\n`);
}

/**
 * Collects small writes into blocks of about 64 KB before they reach stdout:
 * a streamed analysis writes article by article, and one write call per
 * article would cost more than the text.
 */
export function bufferedStdout(io: Io, blockChars = 65536): { write: (text: string) => void; flush: () => void; drained: () => Promise<void> } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    io.stdout(pending.join(""));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= blockChars) flush();
    },
    flush,
    drained: () => io.stdoutDrained?.() ?? Promise.resolve(),
  };
}
