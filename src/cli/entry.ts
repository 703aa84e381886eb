/**
 * The entry of the single-file build (scripts/build-bundle.js bundles it, with everything it
 * loads, into dist/wxbl.js, which bin/wxbl.js runs). Started as a worker thread, the build is
 * the desired-state loader's worker (see load-desired-worker-url.ts): one file does both.
 */
import { isMainThread } from "node:worker_threads";
import type { Io } from "./io.js";

/** The CLI (see main.ts), loaded when called: a worker never loads yargs and the commands. */
export async function main(argv: readonly string[], io?: Io): Promise<number> {
  return (await import("./main.js")).main(argv, io);
}

// A failure to load surfaces as the worker's "error" event, which the loader reports.
if (!isMainThread) void import("../desired/load-desired-worker.js");
