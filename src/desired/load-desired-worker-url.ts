/** `true` in the single-file build (scripts/build-bundle.js sets it with esbuild's `define`). */
declare const WXBL_SINGLE_FILE: boolean | undefined;

/**
 * The script a desired-state loader worker runs: load-desired-worker.js beside this module in
 * the tsc build (dist/desired/), or the single-file build itself, whose entry (src/cli/entry.ts)
 * becomes the worker when started as one. Run from the TypeScript sources, the file does not
 * exist and the loader reads in-process.
 */
export const LOAD_DESIRED_WORKER_URL =
  typeof WXBL_SINGLE_FILE !== "undefined" && WXBL_SINGLE_FILE
    ? new URL(import.meta.url)
    : new URL("./load-desired-worker.js", import.meta.url);
