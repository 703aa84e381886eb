import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wxbl as runWxbl } from "./run-wxbl.js";

/** Two 28-character openids and more, distinct per n. */
const id = (n: number) => `o${String(n).padStart(27, "0")}`;

function fileWith(users: string[], header = "version: 1\n"): string {
  return `${header}users:\n${users.map((u) => `  ${u}\n`).join("")}`;
}

let repo: string;

function git(...args: string[]): string {
  return execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
}

function commit(path: string, text: string): void {
  writeFileSync(join(repo, path), text);
  git("add", path);
  git("commit", "-q", "-m", `change ${path}`);
}

const wxbl = (args: string[], cwd = repo) =>
  runWxbl(args, { cwd, env: {}, now: new Date("2026-06-01T00:00:00Z") });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "wxbl-diff-"));
  git("init", "-q", "-b", "main");
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("wxbl diff --base REF", () => {
  it("reports added, changed and removed entries with their lines, and exits 0", async () => {
    commit(
      "blacklist.yaml",
      fileWith([`- openid: ${id(1)}\n    reason: spam`, `- ${id(2)}`, `- ${id(3)}`]),
    );
    writeFileSync(
      join(repo, "blacklist.yaml"),
      fileWith([`- openid: ${id(1)}\n    reason: spam links (#142)`, `- ${id(3)}`, `- ${id(4)}`]),
    );
    const result = await wxbl(["diff", "--base", "main"]);
    expect(result).toEqual({
      code: 0,
      stdout: [
        `+ ${id(4)}  line 6  `.trimEnd(),
        `~ ${id(1)}  line 3  reason: "spam" -> "spam links (#142)"`,
        `- ${id(2)}  (was line 5)`,
        "",
        "Diff: 1 added, 1 changed, 1 removed, 1 unchanged (3 -> 3 entries).",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("says there is nothing to diff when the file is unchanged", async () => {
    commit("blacklist.yaml", fileWith([`- ${id(1)}`]));
    const result = await wxbl(["diff", "--base", "HEAD"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("No changes to blacklist.yaml since HEAD (1 entry).\n");
  });

  it("treats a file that did not exist at REF as all added, with a note", async () => {
    commit("README.md", "hello\n");
    writeFileSync(join(repo, "blacklist.yaml"), fileWith([`- ${id(1)}`, `- ${id(2)}`]));
    const result = await wxbl(["diff", "--base", "main", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "wxbl: note: blacklist.yaml did not exist at main; every entry is added.\n",
    );
    const diff = JSON.parse(result.stdout);
    expect(diff).toMatchObject({ format: "wxbl-diff/1", base: "main", base_missing: true });
    expect(diff.summary).toEqual({
      added: 2,
      removed: 0,
      changed: 0,
      unchanged: 0,
      old: 0,
      new: 2,
    });
  });

  it("says in the text output, not twice, that the file did not exist at REF", async () => {
    commit("README.md", "hello\n");
    writeFileSync(join(repo, "blacklist.yaml"), fileWith([`- ${id(1)}`]));
    const result = await wxbl(["diff", "--base", "main"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^Note: blacklist\.yaml did not exist at main: every entry is added\.\n\n\+ /,
    );
  });

  it("finds the file from a subdirectory and with --file", async () => {
    mkdirSync(join(repo, "lists"));
    commit("lists/team.yaml", fileWith([`- ${id(1)}`]));
    writeFileSync(join(repo, "lists/team.yaml"), fileWith([`- ${id(1)}`, `- ${id(2)}`]));
    const fromRoot = await wxbl(["diff", "--base", "main", "--file", "lists/team.yaml"]);
    const fromSub = await wxbl(
      ["diff", "--base", "main", "--file", "team.yaml"],
      join(repo, "lists"),
    );
    for (const result of [fromRoot, fromSub]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`+ ${id(2)}  line 4`);
    }
  });

  it("warns in markdown when a change removes a large share of the file", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `- ${id(i)}`);
    commit("blacklist.yaml", fileWith(ids));
    writeFileSync(join(repo, "blacklist.yaml"), fileWith(ids.slice(0, 20)));
    const result = await wxbl(["diff", "--base", "main", "--format", "markdown"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("### wxbl diff: `blacklist.yaml` against `main`");
    expect(result.stdout).toContain(
      "> - this change removes 20 of 40 entries (50%), over 25% of the file; with prune: true they will be unblocked on the live account",
    );
  });

  it("calls out prune turned off and an appid change", async () => {
    commit("blacklist.yaml", fileWith([`- ${id(1)}`], "version: 1\nappid: wx0123456789abcdef\n"));
    writeFileSync(
      join(repo, "blacklist.yaml"),
      fileWith([`- ${id(1)}`], "version: 1\nappid: wxfedcba9876543210\nprune: false\n"),
    );
    const result = await wxbl(["diff", "--base", "main"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("~ appid: wx0123456789abcdef -> wxfedcba9876543210");
    expect(result.stdout).toContain("~ prune: true -> false");
    expect(result.stdout).toContain("Warning: prune turned off");
    expect(result.stdout).toContain(
      "Warning: appid changed from wx0123456789abcdef to wxfedcba9876543210",
    );
  });
});

describe("wxbl diff errors (exit 3)", () => {
  it.each([
    {
      name: "an unknown remote branch names it and how to fetch it",
      base: "origin/main",
      message:
        "wxbl: unknown git revision origin/main: fetch it first, e.g. git fetch origin main (in GitHub Actions, check out with fetch-depth: 0)\n",
    },
    {
      name: "an unknown revision asks to check the name",
      base: "nope",
      message:
        "wxbl: unknown git revision nope: check the name, or fetch it first, e.g. git fetch origin main (in GitHub Actions, check out with fetch-depth: 0)\n",
    },
  ])("$name", async ({ base, message }) => {
    commit("blacklist.yaml", fileWith([`- ${id(1)}`]));
    const result = await wxbl(["diff", "--base", base]);
    expect(result).toEqual({ code: 3, stdout: "", stderr: message });
  });

  it("outside a git repository says so", async () => {
    const outside = mkdtempSync(join(tmpdir(), "wxbl-nogit-"));
    try {
      writeFileSync(join(outside, "blacklist.yaml"), fileWith([`- ${id(1)}`]));
      const result = await wxbl(["diff", "--base", "main"], outside);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(
        /^wxbl: wxbl diff compares with a git revision, but .* is not inside a git repository/,
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([
    {
      name: "an invalid new version shows its diagnostics",
      base: fileWith([`- ${id(1)}`]),
      next: fileWith([`- ${id(1)}`, `- ${id(1)}`]),
      label: "blacklist.yaml is not a valid desired-state file",
      where: /^blacklist\.yaml:4:\d+: error: /m,
    },
    {
      name: "an invalid base version shows its diagnostics, named by REF",
      base: fileWith([`- ${id(1)}`], "version: 2\n"),
      next: fileWith([`- ${id(1)}`]),
      label: "blacklist.yaml at main is not a valid desired-state file",
      where: /^main:blacklist\.yaml:1:\d+: error: /m,
    },
  ])("$name", async ({ base, next, label, where }) => {
    commit("blacklist.yaml", base);
    writeFileSync(join(repo, "blacklist.yaml"), next);
    const result = await wxbl(["diff", "--base", "main"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(where);
    expect(result.stderr).toContain(`wxbl: ${label}`);
  });

  it("requires --base", async () => {
    commit("blacklist.yaml", fileWith([`- ${id(1)}`]));
    const result = await wxbl(["diff"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("base");
  });
});
