/** Exit codes of every adasa command. */
export const EXIT = {
  ok: 0,
  /** Some input was bad (a file, a lexicon): reported on stderr, the rest was processed. */
  badInput: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;

export class UsageError extends Error {}
