import type { FileProblem } from "../lib/io/files";
import { ValidationError } from "../lib/lexicon/problems";

/** Where a command writes: injectable so tests can run commands in-process too. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

export const reportSkipped = (io: Io, p: FileProblem) => io.stderr(`adasa: skipped ${p.path}: ${p.reason}\n`);

export function reportValidation(io: Io, what: string, error: ValidationError): void {
  io.stderr(`adasa: ${what} ${error.source} is refused:\n`);
  for (const p of error.problems) io.stderr(`  ${error.source}: ${p.where}: ${p.message}\n`);
}
