import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountsFixture, anyCalls, linesNotNaming, type Fixture } from "./accounts-fixture.js";

let fx: Fixture;
const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: fx.dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@t",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@t",
    },
  });

beforeEach(async () => {
  fx = await accountsFixture([
    { name: "main", prefix: "Mn8Qz" },
    { name: "shop", prefix: "sH0p-" },
  ]);
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "accounts");
  // One new entry in shop's file, nothing in main's.
  appendFileSync(join(fx.dir, "accounts/shop/blacklist.yaml"), `  - ${fx.ids.shop!.stray[0]}\n`);
});
afterEach(() => fx.close());

describe("wxbl diff with several accounts (SPEC 11): no credentials, each account's file", () => {
  it("text names the account on every line", async () => {
    const run = await fx.run(["diff", "--base", "HEAD"], { env: { WECHAT_SHOP_APPSECRET: "" } });
    expect(run.code, run.stderr).toBe(0);
    expect(linesNotNaming(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(new RegExp(`^\\[shop\\] \\+ .*${fx.ids.shop!.stray[0]}`, "m"));
    expect(run.stdout).not.toMatch(/^\[main\] \+/m);
    expect(anyCalls(fx.state("main")) + anyCalls(fx.state("shop"))).toBe(0);
  });

  it("JSON holds each account's wxbl-diff/1", async () => {
    const run = await fx.run(["diff", "--base", "HEAD", "--format", "json"]);
    const data = JSON.parse(run.stdout) as {
      base: string;
      accounts: Record<string, { format: string; summary: { added: number } }>;
      errors: object;
    };
    expect(data.base).toBe("HEAD");
    expect(Object.keys(data.accounts)).toEqual(["main", "shop"]);
    expect(data.accounts.shop).toMatchObject({ format: "wxbl-diff/1", summary: { added: 1 } });
    expect(data.accounts.main?.summary.added).toBe(0);
    expect(data.errors).toEqual({});
  });

  it("markdown has a section for the account whose file changed", async () => {
    const run = await fx.run([
      "diff",
      "--base",
      "HEAD",
      "--format",
      "markdown",
      "--account",
      "shop",
      "--account",
      "main",
    ]);
    expect(run.stdout).toContain("## wxbl diff: 2 accounts");
    expect(run.stdout).toContain("Files unchanged: `main`.");
    expect(run.stdout).toContain(
      "## Account `shop`\n\n### wxbl diff: `accounts/shop/blacklist.yaml` against `HEAD`",
    );
  });

  it("an unknown revision is exit 3 for every account", async () => {
    const run = await fx.run(["diff", "--base", "no-such-rev"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^\[main\] wxbl: unknown git revision no-such-rev/m);
    expect(run.stderr).toMatch(/^\[shop\] wxbl: unknown git revision no-such-rev/m);
    expect(run.stdout).toContain("[main] No diff (exit 3)");
  });
});
