/**
 * Records the engine makes for every match, layer and sentence are made by a constructor function (`new`) rather than
 * an object literal, with Object.prototype as their prototype, so that they stay plain objects to every consumer (JSON,
 * structured clone, React's server-to-client props) and V8 never pretenures them.
 *
 * Why: V8 tracks each object literal's allocation site, and when most objects of a site it samples are still alive at a
 * scavenge (as a text's matches are when the young generation is small, early in a process), it decides to allocate
 * every later object of that site in the old generation. Each match then lives until the next full collection, and so
 * does everything it points at (its text, its construction): measured on the 100 MB benchmark, that happened in about
 * one run in four, with 18–19 full collections instead of 2 and twice the CPU time. Objects made by `new` carry no
 * allocation site, so their lifetime is left to the young generation, where a text's records die.
 */
export function plainRecords<T, A extends unknown[]>(init: (this: T, ...args: A) => void): new (...args: A) => T {
  (init as unknown as { prototype: object }).prototype = Object.prototype;
  return init as unknown as new (...args: A) => T;
}

/** The fields of T, writable: the `this` of a record's constructor. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
