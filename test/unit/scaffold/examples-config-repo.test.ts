import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import { scaffoldFiles } from "../../../src/scaffold/scaffold-files.js";
import { wxblVersion } from "../../../src/version.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/config-repo/", import.meta.url));
const ACCOUNTS_EXAMPLE = fileURLToPath(
  new URL("../../../examples/config-repo-accounts/", import.meta.url),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const treeOf = (dir: string) =>
  Object.fromEntries(
    filesUnder(dir).map((path) => [
      relative(dir, path).split(sep).join("/"),
      readFileSync(path, "utf8"),
    ]),
  );

/** The accounts of examples/config-repo-accounts, added in this order. */
const ACCOUNTS = [
  ["main", "wx4f1e2d3c4b5a6978"],
  ["shop", "wx9a8b7c6d5e4f3021"],
  ["brand-cn", "wx0c1d2e3f4a5b6c7d"],
] as const;

describe("examples/config-repo", () => {
  it("is exactly what `wxbl init` writes with no credentials (regenerate: wxbl init --dir examples/config-repo --force)", () => {
    const written = Object.fromEntries(
      scaffoldFiles({ version: wxblVersion(), lang: "en" }).map((file) => [file.path, file.text]),
    );
    expect(treeOf(EXAMPLE)).toEqual(written);
  });
});

describe("examples/config-repo-accounts", () => {
  it(
    "is exactly what `wxbl init --account` writes for main, shop and brand-cn with no credentials " +
      "(regenerate: in an empty folder, wxbl init --account NAME --appid APPID for each, then copy)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "wxbl-example-accounts-"));
      try {
        for (const [name, appid] of ACCOUNTS) {
          let stderr = "";
          const code = await main(["init", "--account", name, "--appid", appid, "--lang", "en"], {
            stdout: () => {},
            stderr: (text) => void (stderr += text),
            env: {},
            cwd: dir,
            interactive: false,
            stdoutIsTTY: false,
            signal: new AbortController().signal,
            confirm: async () => false,
          });
          expect(code, stderr).toBe(0);
        }
        expect(treeOf(ACCOUNTS_EXAMPLE)).toEqual(treeOf(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
