import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AccountConfig } from "../../../src/accounts/account-config.js";
import { accountsForEvent } from "../../../src/action/accounts-for-event.js";
import { GitHubCallError } from "../../../src/action/github-port.js";
import { say } from "../../../src/i18n/index.js";

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
afterAll(() => rmSync(notGit, { recursive: true, force: true }));

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
      reason: "the push has no earlier commit to compare with",
    },
    {
      case: "a push whose commits the checkout lacks",
      payload: { before: "a".repeat(40), after: "b".repeat(40) },
      reason: "commit aaaaaaaaaaaa is not in the checkout; check out with fetch-depth: 0",
    },
  ])("on $case: every account, saying why", async ({ payload, reason }) => {
    const choice = await choose({ event: { name: "push", payload } });
    expect(why(choice)).toBe(reason);
    expect(names(choice)).toEqual(["main", "shop"]);
  });
});
