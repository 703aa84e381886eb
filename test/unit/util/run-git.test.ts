import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runGit } from "../../../src/util/run-git.js";

describe("runGit", () => {
  const dir = mkdtempSync(join(tmpdir(), "wxbl-run-git-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives what git printed", async () => {
    const out = await runGit(["--version"], dir);
    expect(out.ok && out.stdout.startsWith("git version")).toBe(true);
  });

  it("gives git's own message, in English, when it fails", async () => {
    const out = await runGit(["rev-parse", "--show-prefix"], dir);
    expect(out).toMatchObject({ ok: false, noGit: false });
    expect(out.ok ? "" : out.stderr).toMatch(/not a git repository/);
  });
});
