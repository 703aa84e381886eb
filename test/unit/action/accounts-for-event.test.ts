import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AccountConfig } from "../../../src/accounts/account-config.js";
import { accountsForEvent } from "../../../src/action/accounts-for-event.js";
import { GitHubCallError } from "../../../src/action/github-port.js";
import { gitProblem } from "../../../src/action/git-output.js";
import { say } from "../../../src/i18n/index.js";
import { registerSecret } from "../../../src/secrets.js";
import { gitIn } from "../../support/git-repo.js";

/** Which accounts a run works on, for each kind of event, with GitHub faked at the port. */
const account = (name: string) =>
  ({
    name,
    file: `accounts/${name}/blacklist.yaml`,
    env: name.toUpperCase(),
    line: 1,
    column: 3,
  }) satisfies AccountConfig;
const config = { accounts: [account("main"), account("shop")], sha256: "" };
const pullRequest = { number: 7, baseSha: "a".repeat(40), headSha: "b".repeat(40), fork: false };
const notGit = mkdtempSync(join(tmpdir(), "wxbl-not-git-"));
/**
 * A real repository: a first commit without wxbl.yaml, a second with one where main's entry is
 * as in `config` and shop's env differs; wxbl.yaml and the account files in the checkout.
 */
const repo = mkdtempSync(join(tmpdir(), "wxbl-accounts-git-"));
const git = gitIn(repo);
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, ".."), { recursive: true });
  writeFileSync(join(repo, path), text);
};
git("init", "-q");
write("accounts/main/blacklist.yaml", "version: 1\n");
git("add", "-A");
git("commit", "-q", "-m", "one account file");
const noConfigCommit = git("rev-parse", "HEAD");
write(
  "wxbl.yaml",
  "accounts:\n  main:\n    file: accounts/main/blacklist.yaml\n  shop:\n    file: accounts/shop/blacklist.yaml\n    env: STORE\n",
);
git("add", "-A");
git("commit", "-q", "-m", "two accounts");
const configCommit = git("rev-parse", "HEAD");
/** A commit id of the right shape that the repository does not have. */
const missing = "a".repeat(configCommit.length);
afterAll(() => {
  rmSync(notGit, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

const choose = (
  input: Partial<Parameters<typeof accountsForEvent>[0]> & {
    files?: () => Promise<string[]>;
  },
) =>
  accountsForEvent({
    config,
    names: [],
    event: { name: "schedule", payload: {} },
    pullRequest: undefined,
    cwd: notGit,
    github: () => ({ listPullRequestFiles: input.files ?? (async () => []) }),
    ...input,
  });
const why = (choice: Awaited<ReturnType<typeof accountsForEvent>>) =>
  choice.kind === "unknown" ? say("en", choice.why) : choice.kind;
const names = (choice: Awaited<ReturnType<typeof accountsForEvent>>) =>
  choice.accounts.map((a) => a.name);

describe("accountsForEvent", () => {
  it("on a schedule or by hand: every account; with names: those, in wxbl.yaml's order", async () => {
    expect(await choose({})).toMatchObject({ kind: "every" });
    const named = await choose({ names: ["shop", "main"] });
    expect([named.kind, ...names(named)]).toEqual(["named", "main", "shop"]);
  });

  it("on a pull request: the accounts its files touch, from GitHub's list", async () => {
    const choice = await choose({
      pullRequest,
      files: async () => ["README.md", "accounts/shop/blacklist.yaml"],
    });
    expect([choice.kind, ...names(choice)]).toEqual(["changed", "shop"]);
  });

  it.each([
    {
      case: "GitHub refuses the list",
      files: async (): Promise<string[]> => {
        throw new GitHubCallError(403, "Resource not accessible by integration");
      },
      reason: "listing the pull request's files failed: 403 Resource not accessible by integration",
    },
    {
      case: "GitHub lists its maximum",
      files: async () => Array.from({ length: 3_000 }, (_, i) => `f${i}`),
      reason: "the pull request changes 3,000 files or more, more than GitHub lists",
    },
  ])("on a pull request when $case: every account, saying why", async ({ files, reason }) => {
    const choice = await choose({ pullRequest, files });
    expect(why(choice)).toBe(reason);
    expect(names(choice)).toEqual(["main", "shop"]);
  });

  it.each([
    {
      case: "a push that created the branch",
      payload: { before: "0".repeat(40), after: "b".repeat(40) },
      cwd: repo,
      reason: "the push has no earlier commit to compare with",
    },
    {
      case: "a push whose commits the checkout lacks",
      payload: { before: missing, after: configCommit },
      cwd: repo,
      reason: `git cannot compare with commit ${missing.slice(0, 12)}: fatal: bad object ${missing}; if the checkout lacks that commit, check out with fetch-depth: 0`,
    },
    {
      case: "a push whose head the checkout lacks (git names the commit it misses)",
      payload: { before: noConfigCommit, after: missing },
      cwd: repo,
      reason: `git cannot compare with commit ${noConfigCommit.slice(0, 12)}: fatal: bad object ${missing}; if the checkout lacks that commit, check out with fetch-depth: 0`,
    },
  ])("on $case: every account, saying why", async ({ payload, cwd, reason }) => {
    const choice = await choose({ event: { name: "push", payload }, cwd });
    expect(why(choice)).toBe(reason);
    expect(names(choice)).toEqual(["main", "shop"]);
  });

  it("on a push the checkout has: the accounts its commits touch", async () => {
    const choice = await choose({
      event: { name: "push", payload: { before: noConfigCommit, after: configCommit } },
      cwd: repo,
    });
    // wxbl.yaml is new: each of its entries counts as changed.
    expect([choice.kind, ...names(choice)]).toEqual(["changed", "main", "shop"]);
  });

  it.each([
    { case: "had wxbl.yaml: only the entry that differs", base: configCommit, chosen: ["shop"] },
    {
      case: "had no wxbl.yaml: every entry is new",
      base: noConfigCommit,
      chosen: ["main", "shop"],
    },
    { case: "is not in the checkout: every entry", base: missing, chosen: ["main", "shop"] },
  ])("on a pull request changing wxbl.yaml whose base $case", async ({ base, chosen }) => {
    const choice = await choose({
      pullRequest: { ...pullRequest, baseSha: base },
      files: async () => ["wxbl.yaml"],
      cwd: repo,
    });
    expect([choice.kind, ...names(choice)]).toEqual(["changed", ...chosen]);
  });
});

describe("gitProblem (git's failure, as the operator reads it)", () => {
  it("keeps the first line and masks a URL's password and any known secret", () => {
    registerSecret("ghs_s3cretT0kenValue");
    const stderr =
      "\nfatal: unable to access 'https://x-access-token:ghs_other@github.com/o/r/': ghs_s3cretT0kenValue\nhint: more\n";
    const line = gitProblem(stderr);
    expect(line).toBe("fatal: unable to access 'https://***@github.com/o/r/': ***");
    expect(line).not.toContain("ghs_");
  });
});
