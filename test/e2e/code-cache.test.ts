import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// bin/wxbl.js caches compiled code between runs (SPEC 7, start-up): Node's compile cache on
// 22.1+, its own V8 code cache on Node 20. Both live under NODE_COMPILE_CACHE when it is set.
const root = new URL("../../", import.meta.url);
const bin = new URL("bin/wxbl.js", root).pathname;

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), "wxbl-cache-test-"));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

function validate(env: NodeJS.ProcessEnv) {
  const child = spawnSync(process.execPath, [bin, "validate"], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH, NO_COLOR: "1", ...env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) =>
    statSync(join(dir, name)).isFile(),
  );
}

describe("bin/wxbl.js's code cache", () => {
  const expected = {
    code: 0,
    stdout: "",
    stderr: "blacklist.yaml: 0 errors, 0 warnings, 7 users\n",
  };

  it("is written by the first run and used by the next, with the same result", () => {
    expect(validate({ NODE_COMPILE_CACHE: cache })).toEqual(expected);
    const written = filesUnder(cache);
    expect(written.length).toBeGreaterThan(0);
    expect(validate({ NODE_COMPILE_CACHE: cache })).toEqual(expected);
  });

  it("is ignored, and rewritten, when it is damaged", () => {
    validate({ NODE_COMPILE_CACHE: cache });
    const written = filesUnder(cache);
    for (const name of written) writeFileSync(join(cache, name), "not a code cache");
    expect(validate({ NODE_COMPILE_CACHE: cache })).toEqual(expected);
    expect(validate({ NODE_COMPILE_CACHE: cache })).toEqual(expected);
  });

  it("is not written with NODE_DISABLE_COMPILE_CACHE=1", () => {
    const run = validate({ NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(run).toEqual(expected);
    expect(filesUnder(cache)).toEqual([]);
  });

  it("loads a bundle without import(), which vm.Script cannot run without an experimental flag", () => {
    const bundle = readFileSync(new URL("dist/wxbl.cjs", root), "utf8");
    expect(bundle.match(/\bimport\(/g)).toBeNull();
  });
});
