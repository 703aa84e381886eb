import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scaffoldFiles } from "../../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../../src/version.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/config-repo/", import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("examples/config-repo", () => {
  it("is exactly what `wxbl init` writes with no credentials (regenerate: wxbl init --dir examples/config-repo --force)", () => {
    const example = Object.fromEntries(
      filesUnder(EXAMPLE).map((path) => [
        relative(EXAMPLE, path).split(sep).join("/"),
        readFileSync(path, "utf8"),
      ]),
    );
    const written = Object.fromEntries(
      scaffoldFiles({ version: wxblVersion(), lang: "en" }).map((file) => [file.path, file.text]),
    );
    expect(example).toEqual(written);
  });
});
