/**
 * The web server's V8 heap limit (old generation, MB): `npm start` runs the server with
 * `--max-old-space-size` set to it (scripts/start.ts). The flag is the process's: every isolate,
 * the worker threads' too, gets it, and a worker's own `resourceLimits` cannot change it (Node 20:
 * a worker asking for 200 or 512 MB got the flag's limit), so the alignment workers' cap
 * (lib/work/pool.ts) is this same number, in tests that start the server without the flag as well.
 */
export const SERVER_HEAP_MB = 384;
