import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountIds, accountsFixture, anyCalls, type Fixture } from "./accounts-fixture.js";
import { desiredFile } from "./run-wxbl.js";

/** block/unblock edit one account's file; apply --only-expired lifts each account's lapsed bans. */

let fx: Fixture;
beforeEach(async () => {
  fx = await accountsFixture([
    { name: "main", prefix: "Mn8Qz" },
    { name: "shop", prefix: "sH0p-" },
  ]);
});
afterEach(() => fx.close());

const file = (name: string) => join(fx.dir, `accounts/${name}/blacklist.yaml`);
const read = (name: string) => readFileSync(file(name), "utf8");

describe("block and unblock with a wxbl.yaml (SPEC 11: exactly one --account)", () => {
  it("block --account edits that account's file and no other", async () => {
    const before = read("main");
    const id = accountIds("sH0p-", "B", 1)[0]!;
    const run = await fx.run(["block", id, "--account", "shop", "--reason", "spam"]);
    expect(run.code, run.stderr).toBe(0);
    expect(read("shop")).toContain(`openid: ${id}`);
    expect(read("main")).toBe(before);
    expect(anyCalls(fx.state("shop"))).toBe(0);
  });

  it("unblock --account removes the entry from that account's file", async () => {
    const id = fx.ids.main!.kept[0]!;
    const run = await fx.run(["unblock", id, "--account", "main"]);
    expect(run.code, run.stderr).toBe(0);
    expect(read("main")).not.toContain(id);
  });

  it.each([
    {
      name: "no --account",
      args: [] as string[],
      message: /edits one account's file: name exactly one with --account NAME/,
    },
    {
      name: "two accounts",
      args: ["--account", "main", "--account", "shop"],
      message: /name exactly one/,
    },
    { name: "--all", args: ["--all"], message: /name exactly one/ },
    {
      name: "--file",
      args: ["--file", "accounts/main/blacklist.yaml"],
      message: /--file cannot be used here/,
    },
    { name: "an unknown account", args: ["--account", "mian"], message: /did you mean "main"\?/ },
  ])("$name is exit 3, every file untouched", async ({ args, message }) => {
    const before = [read("main"), read("shop")];
    const run = await fx.run(["block", accountIds("Mn8Qz", "B", 1)[0]!, ...args]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(message);
    expect([read("main"), read("shop")]).toEqual(before);
  });

  it("says so in Chinese", async () => {
    const run = await fx.run(["unblock", fx.ids.main!.kept[0]!, "--lang", "zh-CN"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("只编辑一个公众号的文件：请用 --account NAME 指定恰好一个");
  });
});

describe("apply --only-expired across accounts (SPEC 10 and 11)", () => {
  it("unblocks exactly each account's expired entries that are still live, and nothing else", async () => {
    // main: its first kept entry's ban lapsed yesterday; shop: nothing lapsed.
    const { kept, stray, toBlock } = fx.ids.main!;
    const users = [
      { openid: kept[0]!, reason: "one-week timeout", expires: "2026-05-31" },
      ...kept.slice(1),
      ...toBlock,
    ];
    writeFileSync(
      file("main"),
      desiredFile({ users, appid: fx.sandbox.account("main").appid }).text,
    );
    const run = await fx.run(["apply", "--only-expired", "--all", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(new Set(fx.state("main").blacklist)).toEqual(new Set([...kept.slice(1), ...stray]));
    const shop = fx.ids.shop!;
    expect(new Set(fx.state("shop").blacklist)).toEqual(new Set([...shop.kept, ...shop.stray]));
    expect(run.stdout).toContain("[main] Applied: 0 blocked, 1 unblocked.");
    expect(run.stderr).toContain(
      "[main] --only-expired: lifting 1 expired ban; 3 to block and 2 other to unblock are left for a full apply.",
    );
    expect(run.stderr).toContain(
      "[shop] --only-expired: no expired ban is still blocked on the live account; nothing to do.",
    );
  });
});
