import { existsSync } from "node:fs";
import { RuntimeFailure } from "./errors.js";
import { msg } from "./i18n/message.js";

/** A file only wxbl's own package root holds: how the root is recognised. */
const MARKER = "schema/blacklist.schema.json";

/**
 * How many folders above this module the package root may be: src/ and dist/ are one level
 * down (the tests, the tsc build, the single-file build dist/wxbl.js), a bundle in a folder of
 * its own two (the Action's action/dist/index.js).
 */
const MAX_DEPTH = 3;

let root: URL | undefined;

/**
 * A file shipped with wxbl (`schema/…`, `package.json`), found from this module wherever it
 * runs: the nearest folder above it that holds schema/blacklist.schema.json. Modules cannot
 * count `../` themselves: the single-file build puts every module in one file, at another depth.
 */
export function packageFileUrl(path: string): URL {
  root ??= findRoot();
  return new URL(path, root);
}

function findRoot(): URL {
  let folder = new URL("./", import.meta.url);
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    folder = new URL("../", folder);
    if (existsSync(new URL(MARKER, folder))) return folder;
  }
  throw new RuntimeFailure(msg("package.schemaMissing", { from: import.meta.url }));
}
