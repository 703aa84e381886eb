import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("the Action's committed bundle", { timeout: 120_000 }, () => {
  it("is what `npm run build:action` builds from the sources today", () => {
    const out = mkdtempSync(join(tmpdir(), "wxbl-action-build-"));
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts/build-action.js"), "--outdir", out]);
      const committed = join(ROOT, "action/dist");
      expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
      for (const name of readdirSync(out)) {
        const same = readFileSync(join(out, name)).equals(readFileSync(join(committed, name)));
        expect(same, `action/dist/${name} is stale: run npm run build:action and commit`).toBe(
          true,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("is what action.yml runs, on node24, with the inputs and outputs of SPEC 9", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: "node24", main: "action/dist/index.js" });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        "command",
        "file",
        "account",
        "args",
        "app-id",
        "app-secret",
        "access-token",
        "api-base",
        "https-proxy",
        "github-token",
        "comment",
        "lang",
      ].sort(),
    );
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
    expect(action.inputs.comment!.default).toBe("true");
    // No default: with a wxbl.yaml of several accounts, --file is an error (SPEC 11).
    expect(action.inputs.file!.default).toBeUndefined();
    expect(Object.keys(action.outputs).sort()).toEqual(
      ["changes", "exit-code", "markdown", "report"].sort(),
    );
  });
});
