#!/usr/bin/env node
// The installed entry point. It runs the single-file build dist/wxbl.cjs (scripts/build-bundle.js,
// run by `npm run build` and `prepare`) and keeps start-up short (SPEC 7), since every command
// and every CI step pays it:
// - `wxbl --version` prints the version without loading the CLI;
// - compiled code is cached between runs: Node's compile cache where it exists (22.1+), else a
//   V8 code cache of the bundle per command, in a folder of this user's under the temp dir.
//   NODE_DISABLE_COMPILE_CACHE=1 turns both off; a cache that cannot be used is ignored.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const argv = process.argv.slice(2);

if (argv.length === 1 && argv[0] === "--version") {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${version}\n`);
} else {
  const bundle = fileURLToPath(new URL("../dist/wxbl.cjs", import.meta.url));
  const useCache = !process.env.NODE_DISABLE_COMPILE_CACHE;
  if (useCache && module.enableCompileCache) module.enableCompileCache();
  const { exports, saveCache } =
    useCache && !module.enableCompileCache
      ? loadWithCodeCache(bundle)
      : { exports: createRequire(import.meta.url)(bundle), saveCache: () => {} };
  process.exitCode = await exports.main(argv);
  saveCache();
}

/**
 * Loads the CommonJS bundle as Node would, through vm.Script with V8's code cache: the first
 * run of a command saves the code it compiled, later runs of the same build skip compiling it.
 */
function loadWithCodeCache(file) {
  const cacheFile = codeCacheFile(file);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`,
    // The bundle has no import() (scripts/build-bundle.js): vm.Script could not run one.
    { filename: file, cachedData },
  );
  const cjs = { exports: {} };
  script.runInThisContext()(cjs.exports, createRequire(file), cjs, file, dirname(file));
  const saveCache = () => {
    if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
    try {
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {
      // a cache that cannot be written only makes the next start slower
    }
  };
  return { exports: cjs.exports, saveCache };
}

/**
 * Where the code cache of this build and this command lives, or undefined when there is no
 * private place for it. V8 checks only the source's length, so the name carries the bundle's
 * size and modification time, the Node version and the command (each caches what it ran).
 */
function codeCacheFile(file) {
  try {
    const uid = process.getuid?.() ?? 0;
    const folder = join(process.env.NODE_COMPILE_CACHE || tmpdir(), `wxbl-code-cache-${uid}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const owner = statSync(folder);
    // Code from this folder runs as this user: it must be theirs and no one else's to write.
    if (owner.uid !== uid || (owner.mode & 0o022) !== 0) return undefined;
    const { size, mtimeMs } = statSync(file);
    const named = argv.find((word) => !word.startsWith("-")) ?? "";
    const command = /^[a-z]{1,20}$/.test(named) ? named : "other";
    return join(
      folder,
      `${command}-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.bin`,
    );
  } catch {
    return undefined;
  }
}
