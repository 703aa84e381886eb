import { readFileSync } from "node:fs";

/**
 * The version of the wxbl that is running: the `version` of the package.json of the package
 * this module belongs to, found by walking up from the module. That is the repository root
 * for the sources (tests), for dist/ (the npm package) and for action/dist/ (the Action's
 * bundle, which runs from a checkout of this repository at its tag). Read once, on demand:
 * only `init` and `--version` need it.
 */
let cached: string | undefined;

export function wxblVersion(): string {
  cached ??= readVersion();
  return cached;
}

function readVersion(): string {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    const candidate = new URL("package.json", dir);
    try {
      const json = JSON.parse(readFileSync(candidate, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (json.name === "wxbl" && typeof json.version === "string") return json.version;
    } catch {
      // no package.json here, or not ours: go up
    }
    if (new URL("../", dir).href === dir.href) {
      throw new Error("wxbl's package.json was not found above its code");
    }
  }
}

/** The major version (`1` of `1.4.2`): what the published schema URL is pinned to. */
export function majorVersion(version: string): string {
  return version.split(".")[0] ?? version;
}
