/**
 * A worker entry for the tests: the loader's worker (src/desired/load-desired-worker.ts) run
 * from the TypeScript sources, so the unit tests exercise the worker-thread path without a
 * build. Pass its URL as loadDesiredOffThread's `workerUrl`.
 */
import { register } from "node:module";

register("./typescript-loader.mjs", import.meta.url);
await import("../../src/desired/load-desired-worker.ts");
